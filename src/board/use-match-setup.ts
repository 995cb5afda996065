import { useCallback, useEffect, useState } from 'react';
import { gameName, lobby } from '../lobby/api.ts';

/** Re-read after every move and at least this often: the server keeps the clock in the setup data. */
const refreshMs = 5000;

export interface MatchSetup {
  /** Whether the Lobby API has answered (or failed) at least once. */
  answered: boolean;
  /** The match's public `setupData` (clock banks, bot seat, pause); undefined until the first answer. */
  setupData: unknown;
  /** The rules the match was played under, and why it is closed for moves when it is (server/README). */
  rulesVersion: string | undefined;
  closedReason: string | undefined;
  /** How many answers have come so far: a fact learned between two readings is dated by it. */
  reading: number;
  /** Reads the setup again now (the server said something the last reading may not show yet). */
  reread: () => void;
}

const stringField = (record: object, key: string): string | undefined => {
  const value: unknown = (record as Record<string, unknown>)[key];
  return typeof value === 'string' ? value : undefined;
};

type SetupReading = Omit<MatchSetup, 'reread'>;

/** The match's public setup and rules status from the Lobby API, re-read after each move. */
export function useMatchSetup(matchID: string, stateID: number): MatchSetup {
  const [setup, setSetup] = useState<SetupReading>({
    answered: false,
    setupData: undefined,
    rulesVersion: undefined,
    closedReason: undefined,
    reading: 0,
  });
  const [rereads, setRereads] = useState(0);
  const reread = useCallback(() => {
    setRereads((count) => count + 1);
  }, []);
  useEffect(() => {
    let live = true;
    const load = (): void => {
      lobby()
        .getMatch(gameName, matchID)
        .then((match) => {
          if (!live) return;
          setSetup((known) => ({
            answered: true,
            setupData: match.setupData ?? null,
            rulesVersion: stringField(match, 'rulesVersion'),
            closedReason: stringField(match, 'closedReason'),
            reading: known.reading + 1,
          }));
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
  }, [matchID, stateID, rereads]);
  return { ...setup, reread };
}
