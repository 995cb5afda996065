import { useEffect, useState } from 'react';
import { gameName, lobby } from '../lobby/api.ts';

/** Re-read after every move and at least this often: the server keeps the clock in the setup data. */
const refreshMs = 5000;

export interface MatchSetup {
  /** Whether the Lobby API has answered (or failed) at least once. */
  answered: boolean;
  /**
   * The match's public `setupData` (clock banks, bot seat); undefined until the first answer. A pause is
   * read from the socket instead (table-pause.ts): it must not wait for the next reading.
   */
  setupData: unknown;
  /** The rules the match was played under, and why it is closed for moves when it is (server/README). */
  rulesVersion: string | undefined;
  closedReason: string | undefined;
}

const stringField = (record: object, key: string): string | undefined => {
  const value: unknown = (record as Record<string, unknown>)[key];
  return typeof value === 'string' ? value : undefined;
};

/** The match's public setup and rules status from the Lobby API, re-read after each move. */
export function useMatchSetup(matchID: string, stateID: number): MatchSetup {
  const [setup, setSetup] = useState<MatchSetup>({
    answered: false,
    setupData: undefined,
    rulesVersion: undefined,
    closedReason: undefined,
  });
  useEffect(() => {
    let live = true;
    const load = (): void => {
      lobby()
        .getMatch(gameName, matchID)
        .then((match) => {
          if (!live) return;
          setSetup({
            answered: true,
            setupData: match.setupData ?? null,
            rulesVersion: stringField(match, 'rulesVersion'),
            closedReason: stringField(match, 'closedReason'),
          });
        })
        .catch(() => {
          // The board keeps what it read last (drawn as a match of these rules); the next refresh tries again.
          if (live) setSetup((known) => (known.answered ? known : { ...known, answered: true }));
        });
    };
    load();
    const timer = window.setInterval(load, refreshMs);
    return () => {
      live = false;
      window.clearInterval(timer);
    };
  }, [matchID, stateID]);
  return setup;
}
