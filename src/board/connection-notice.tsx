import { useEffect, useState } from 'react';
import { onRefusal } from './refusals.ts';

/** Refusals that keep the board from loading at all (the board shows move refusals itself). */
const blocking = new Set(['matchNotFound', 'unauthorized', 'seatMismatch']);

export function ConnectionNotice({ matchID }: { matchID: string }) {
  const [message, setMessage] = useState('');
  useEffect(
    () =>
      onRefusal((refusal) => {
        if (refusal.matchID !== undefined && refusal.matchID !== matchID) return;
        if (blocking.has(refusal.code)) setMessage(refusal.message);
      }),
    [matchID],
  );
  if (!message) return null;
  return (
    <div className="banner notice" role="alert">
      The server refused this connection: {message}. <a href="/">Back to the lobby</a>
    </div>
  );
}
