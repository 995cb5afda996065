import { useEffect, useRef, useState } from 'react';
import type { PlayerView } from '../../rules/index.ts';
import type { Change } from './effect-words.ts';
import { describeChanges, stepChanges } from './effect-words.ts';

export interface SeenChanges {
  /**
   * For a log whose entries carry no effects (rules 2.4.0): the changes each update brought, under the
   * first log entry it added, as this page saw them arrive.
   */
  byEntry: ReadonlyMap<number, Change[]>;
  /** The latest update's changes: the board marks where they landed. */
  latest: Change[];
}

/** What each view the board receives changed since the one before it. */
export function useChanges(view: PlayerView): SeenChanges {
  const previous = useRef<PlayerView>(view);
  const [seen, setSeen] = useState<SeenChanges>({ byEntry: new Map(), latest: [] });
  useEffect(() => {
    const before = previous.current;
    previous.current = view;
    if (before === view) return;
    const changes = describeChanges(stepChanges(before, view));
    // An update that changed nothing (a headline chosen) leaves the last changes marked.
    if (changes.length === 0) return;
    const recorded = view.log.slice(before.log.length).some((entry) => entry.effects);
    setSeen((current) => {
      if (recorded) return { byEntry: current.byEntry, latest: changes };
      const byEntry = new Map(current.byEntry);
      const entry = Math.min(before.log.length, view.log.length - 1);
      byEntry.set(entry, [...(byEntry.get(entry) ?? []), ...changes]);
      return { byEntry, latest: changes };
    });
  }, [view]);
  return seen;
}
