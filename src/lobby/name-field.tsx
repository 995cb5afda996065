import type { Seat } from './route.ts';
import { seatName } from './route.ts';

interface Props {
  seat: Seat;
  value: string;
  onChange: (name: string) => void;
}

/** The player's display name; empty means the seat's own name (US or China). */
export function NameField({ seat, value, onChange }: Props) {
  return (
    <label>
      Your name
      <input
        value={value}
        maxLength={40}
        placeholder={seatName(seat)}
        onChange={(event) => {
          onChange(event.target.value);
        }}
      />
    </label>
  );
}
