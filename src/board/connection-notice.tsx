import { useEffect, useState } from 'react';
import { onRefusal } from './refusals.ts';

/** Refusals that keep the board from loading at all (the board shows move refusals itself). */
const blocking = new Set(['matchNotFound', 'unauthorized', 'seatMismatch']);

/**
 * Why the server refused this browser's connection. It speaks of the credentials it was given under:
 * once new ones are in use (a classroom seat re-issued, its students' pages handed the new ones), it goes.
 */
export function ConnectionNotice({
  matchID,
  credentials,
}: {
  matchID: string;
  credentials?: string | undefined;
}) {
  const [refused, setRefused] = useState<{ message: string; credentials: string | undefined } | undefined>(
    undefined,
  );
  useEffect(
    () =>
      onRefusal((refusal) => {
        if (refusal.matchID !== undefined && refusal.matchID !== matchID) return;
        if (blocking.has(refusal.code)) setRefused({ message: refusal.message, credentials });
      }),
    [matchID, credentials],
  );
  if (!refused || refused.credentials !== credentials) return null;
  return (
    <div className="banner notice" role="alert">
      The server refused this connection: {refused.message}. <a href="/">Back to the lobby</a>
    </div>
  );
}
