import type { FocusEvent } from 'react';
import { useState } from 'react';
import type { Seat } from './route.ts';
import { otherSeat, routeLink, seatName } from './route.ts';

/**
 * While the rival's seat is open: the invite link for it, and the spectators' link. Once both seats are
 * taken (by a person or a bot) only the spectators' link stays, folded away.
 */
export function Invite({ matchID, seat, rivalOpen }: { matchID: string; seat: Seat; rivalOpen: boolean }) {
  const [copied, setCopied] = useState(false);
  const other = otherSeat(seat);
  // The render tests draw the board without a page location.
  const origin = typeof window === 'undefined' ? '' : window.location.origin;
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
  const selectOnFocus = (event: FocusEvent<HTMLInputElement>): void => {
    event.target.select();
  };
  if (!rivalOpen) {
    return (
      <details className="invite share">
        <summary>Spectator link</summary>
        <label>
          Link for spectators
          <input readOnly value={watch} onFocus={selectOnFocus} />
        </label>
      </details>
    );
  }
  return (
    <details className="invite" open>
      <summary>Invite your rival: the {seatName(other)} seat is open</summary>
      <label>
        Link for {seatName(other)}
        <input readOnly value={invite} onFocus={selectOnFocus} />
      </label>
      <button type="button" onClick={copy}>
        {copied ? 'Copied' : 'Copy'}
      </button>
      <label>
        Link for spectators
        <input readOnly value={watch} onFocus={selectOnFocus} />
      </label>
    </details>
  );
}
