import { seatEntry, seats } from '../authority/seats.ts';
import type { MatchMetadata } from '../storage/match-store.ts';

/**
 * Where a match stands, from its metadata and the time, so nothing has to be written for a match to
 * expire: `open` (a seat nobody holds), `inPlay`, `finished`, `expired` (open, and nobody joined within
 * `openExpiryMs` of its last write) or `abandoned` (both seats held, no move for `abandonAfterMs`). Expired
 * and abandoned matches leave the lobby's lists and stay readable; a move to an abandoned one brings it
 * back in play. `updatedAt` is the time of the last move (or creation): joins, renames and clock saves
 * keep it. A match with a clock is never abandoned: its clock ends it.
 */
export type MatchLifecycle = 'open' | 'inPlay' | 'finished' | 'expired' | 'abandoned';

export interface LifecycleTimes {
  /** An open match nobody joins expires this long after its last write (default 15 minutes). */
  openExpiryMs: number;
  /** A match in play with no move for this long is abandoned (default 14 days). */
  abandonAfterMs: number;
}

export const defaultLifecycleTimes: LifecycleTimes = {
  openExpiryMs: 15 * 60 * 1000,
  abandonAfterMs: 14 * 24 * 60 * 60 * 1000,
};

function hasClock(metadata: MatchMetadata): boolean {
  const setup = metadata.setupData as { clock?: unknown } | undefined;
  return typeof setup === 'object' && setup !== null && setup.clock !== undefined;
}

export function lifecycleOf(metadata: MatchMetadata, nowMs: number, times: LifecycleTimes): MatchLifecycle {
  if (metadata.gameover !== undefined) return 'finished';
  const idleMs = nowMs - metadata.updatedAt;
  const open = seats.some((seat) => typeof seatEntry(metadata, seat)?.name !== 'string');
  if (open) return idleMs >= times.openExpiryMs ? 'expired' : 'open';
  return idleMs >= times.abandonAfterMs && !hasClock(metadata) ? 'abandoned' : 'inPlay';
}

/** Expired and abandoned matches are off the lobby's lists (still served by id). */
export const isListedLifecycle = (lifecycle: MatchLifecycle): boolean =>
  lifecycle !== 'expired' && lifecycle !== 'abandoned';
