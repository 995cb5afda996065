import { useId } from 'react';

interface Props {
  label: string;
  /** Why the option is unavailable ('' when it is available): shown as text, not only on hover. */
  reason: string;
  onChoose: () => void;
  /**
   * The id of a reason already shown once nearby (a paused table's): the button points to it instead of
   * repeating it, so a held menu does not print the same sentence under every button.
   */
  reasonShownAt?: string;
  /** Which choice this is ("ops", "headline"…), for a pointer to find it (the tutorial's coach). */
  choice?: string;
}

/** A move's button with its reason beside it when it is unavailable (touch and projector users see it). */
export function OptionButton({ label, reason, onChoose, reasonShownAt, choice }: Props) {
  const reasonId = useId();
  const unavailable = reason !== '';
  return (
    <span className={`option${unavailable ? ' unavailable' : ''}`} data-option={choice}>
      <button
        type="button"
        disabled={unavailable}
        {...(unavailable ? { 'aria-describedby': reasonShownAt ?? reasonId } : {})}
        onClick={onChoose}
      >
        {label}
      </button>
      {unavailable && reasonShownAt === undefined ? (
        <small id={reasonId} className="reason">
          {reason}
        </small>
      ) : null}
    </span>
  );
}
