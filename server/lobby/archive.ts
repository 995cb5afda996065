import type { MatchStore } from '../storage/match-store.ts';
import type { LifecycleTimes, MatchLifecycle } from './lifecycle.ts';
import { lifecycleOf } from './lifecycle.ts';

/** What the operator's archive command may take: matches nobody will play on. */
const archivable: readonly MatchLifecycle[] = ['finished', 'abandoned', 'expired'];

export interface ArchiveRequest {
  /** Only matches with no write for at least this long. */
  olderThanMs: number;
  nowMs: number;
  times: LifecycleTimes;
  /** Each chosen match, whole, as one JSON line (undefined: a dry run, nothing read beyond metadata). */
  write?: (line: string) => void;
  /** Removes each chosen match once its line is written; never without `write`. */
  remove: boolean;
}

export interface ArchiveReport {
  /** Chosen matches by lifecycle. */
  chosen: Record<string, number>;
  archived: number;
  deleted: number;
}

/**
 * Archives (and, when asked, deletes) old finished, abandoned and expired matches: everything stored of
 * a match on one line (metadata, rules versions, initial and current state, log, journal), so an archived
 * match can still be replayed. Nothing is deleted unless it was archived first.
 */
export async function archiveMatches(store: MatchStore, request: ArchiveRequest): Promise<ArchiveReport> {
  if (request.remove && !request.write) throw new Error('matches are deleted only once archived');
  const report: ArchiveReport = { chosen: {}, archived: 0, deleted: 0 };
  for (const matchID of await store.listMatches({ updatedBefore: request.nowMs - request.olderThanMs })) {
    const stored = await store.loadMetadata(matchID);
    if (!stored) continue;
    const lifecycle = lifecycleOf(stored.metadata, request.nowMs, request.times);
    if (!archivable.includes(lifecycle)) continue;
    report.chosen[lifecycle] = (report.chosen[lifecycle] ?? 0) + 1;
    if (!request.write) continue;
    const [initialState, state, log, journal] = await Promise.all([
      store.loadInitialState(matchID),
      store.loadState(matchID),
      store.loadLog(matchID),
      store.loadJournal(matchID),
    ]);
    request.write(
      JSON.stringify({ matchID, lifecycle, ...stored, initialState, state, log, journal }) + '\n',
    );
    report.archived++;
    if (!request.remove) continue;
    await store.wipe(matchID);
    report.deleted++;
  }
  return report;
}
