import { useEffect, useState } from 'react';
import { onRefusal } from './refusals.ts';
import { pausedRefusalCode, tablePaused } from './table-pause.ts';
import type { MatchSetup } from './use-match-setup.ts';

/**
 * Whether the facilitator has paused this table. The setup is polled; a `paused` refusal tells sooner,
 * so it holds the board at once and asks for a fresh reading, which then has the last word.
 */
export function useTablePause(matchID: string, setup: MatchSetup): boolean {
  const { setupData, reading, reread } = setup;
  const [refusedAtReading, setRefusedAtReading] = useState<number | undefined>(undefined);
  useEffect(
    () =>
      onRefusal((refusal) => {
        if (refusal.code !== pausedRefusalCode) return;
        if (refusal.matchID !== undefined && refusal.matchID !== matchID) return;
        setRefusedAtReading(reading);
        reread();
      }),
    [matchID, reading, reread],
  );
  return tablePaused(setupData, reading, refusedAtReading);
}
