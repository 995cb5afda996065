import { useId } from 'react';

interface Props {
  label: string;
  /** Why the option is unavailable ('' when it is available): shown as text, not only on hover. */
  reason: string;
  onChoose: () => void;
}

/** A move's button with its reason beside it when it is unavailable (touch and projector users see it). */
export function OptionButton({ label, reason, onChoose }: Props) {
  const reasonId = useId();
  const unavailable = reason !== '';
  return (
    <span className={`option${unavailable ? ' unavailable' : ''}`}>
      <button
        type="button"
        disabled={unavailable}
        {...(unavailable ? { 'aria-describedby': reasonId } : {})}
        onClick={onChoose}
      >
        {label}
      </button>
      {unavailable ? (
        <small id={reasonId} className="reason">
          {reason}
        </small>
      ) : null}
    </span>
  );
}
