import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { onRefusal } from './refusals.ts';
import type { PauseRefusal } from './table-pause.ts';
import { latestSetupNotice, onSetupNotice, pausedRefusalCode, tablePaused } from './table-pause.ts';

/**
 * Whether the facilitator has paused this table, as the match's socket says (table-pause.ts); a `paused`
 * refusal holds the board at once, until the next notice.
 */
export function useTablePause(matchID: string): boolean {
  const latest = useCallback(() => latestSetupNotice(matchID), [matchID]);
  const notice = useSyncExternalStore(onSetupNotice, latest, latest);
  const [refusal, setRefusal] = useState<PauseRefusal | undefined>(undefined);
  useEffect(
    () =>
      onRefusal((refused) => {
        if (refused.code !== pausedRefusalCode) return;
        if (refused.matchID !== undefined && refused.matchID !== matchID) return;
        setRefusal({ under: latestSetupNotice(matchID) });
      }),
    [matchID],
  );
  return tablePaused(notice, refusal);
}
