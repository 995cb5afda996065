import { useEffect, useState } from 'react';
import { gameName, lobby } from '../lobby/api.ts';

/** Re-read after every move and at least this often: the server keeps the clock in the setup data. */
const refreshMs = 5000;

/**
 * The match's public `setupData` from the Lobby API (clock banks, bot seat), re-read after each move.
 * Undefined until the first answer.
 */
export function useMatchSetup(matchID: string, stateID: number): unknown {
  const [setupData, setSetupData] = useState<unknown>(undefined);
  useEffect(() => {
    let live = true;
    const load = (): void => {
      lobby()
        .getMatch(gameName, matchID)
        .then((match) => {
          if (live) setSetupData(match.setupData ?? null);
        })
        .catch(() => {
          // The board keeps what it read last; the next refresh tries again.
        });
    };
    load();
    const timer = window.setInterval(load, refreshMs);
    return () => {
      live = false;
      window.clearInterval(timer);
    };
  }, [matchID, stateID]);
  return setupData;
}
