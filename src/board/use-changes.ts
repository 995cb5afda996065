import { useEffect, useRef, useState } from 'react';
import type { PlayerView } from '../../rules/index.ts';
import type { Change } from './changes.ts';
import { changesBetween } from './changes.ts';

export interface SeenChanges {
  /** The changes each update brought, under the first log entry it added (seen in this page only). */
  byEntry: ReadonlyMap<number, Change[]>;
  /** The latest update's changes: the board marks where they landed. */
  latest: Change[];
}

/** Compares each view the board receives with the one before it. */
export function useChanges(view: PlayerView): SeenChanges {
  const previous = useRef<PlayerView>(view);
  const [seen, setSeen] = useState<SeenChanges>({ byEntry: new Map(), latest: [] });
  useEffect(() => {
    const before = previous.current;
    previous.current = view;
    if (before === view) return;
    const changes = changesBetween(before, view);
    if (changes.length === 0) return;
    setSeen((current) => {
      const byEntry = new Map(current.byEntry);
      const entry = Math.min(before.log.length, view.log.length - 1);
      byEntry.set(entry, [...(byEntry.get(entry) ?? []), ...changes]);
      return { byEntry, latest: changes };
    });
  }, [view]);
  return seen;
}
