import { useState } from 'react';
import type { Seat } from './route.ts';
import { otherSeat, routeLink, seatName } from './route.ts';

/** The invite link for the other seat, and the spectators' link. */
export function Invite({ matchID, seat }: { matchID: string; seat: Seat }) {
  const [copied, setCopied] = useState(false);
  const other = otherSeat(seat);
  const origin = window.location.origin;
  const invite = routeLink(origin, { kind: 'seat', matchID, seat: other });
  const watch = routeLink(origin, { kind: 'watch', matchID });
  const copy = (): void => {
    navigator.clipboard.writeText(invite).then(
      () => {
        setCopied(true);
      },
      () => {
        setCopied(false);
      },
    );
  };
  return (
    <details className="invite" open>
      <summary>Invite</summary>
      <label>
        Link for {seatName(other)}
        <input
          readOnly
          value={invite}
          onFocus={(event) => {
            event.target.select();
          }}
        />
      </label>
      <button type="button" onClick={copy}>
        {copied ? 'Copied' : 'Copy'}
      </button>
      <label>
        Link for spectators
        <input
          readOnly
          value={watch}
          onFocus={(event) => {
            event.target.select();
          }}
        />
      </label>
    </details>
  );
}
