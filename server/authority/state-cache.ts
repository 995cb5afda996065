import type { State } from 'boardgame.io';
import { RecentMatches } from '../storage/recent-matches.ts';

/**
 * The latest committed state of each match that moves often, so its next move does not read and parse
 * it from storage (the state the previous move produced is already in memory, sharing its unchanged
 * parts with the one before). A match is kept from its second commit among the last `capacity`
 * committed matches on (RecentMatches, which says why not sooner): 400 matches playing back to back all
 * stay; of 5,000 whose players think for seconds, a move reads its match from storage (SQLite's page
 * cache: one indexed row) instead of keeping 5,000 states in the old generation for every major GC to
 * mark.
 *
 * It is only a hint: the authority uses an entry only when the move's `stateID` equals it (or is behind
 * it: a stale move), re-reads storage on any mismatch, and drops the entry when a compare-and-set fails,
 * so a commit made by another process can delay nothing but one read. Entries are never mutated: the
 * reducer returns new objects, and gets a copy of `ctx` (boardgame.io counts stage moves in place).
 */
export class StateCache {
  private readonly recent: RecentMatches<State>;

  constructor(capacity?: number) {
    this.recent = new RecentMatches(capacity);
  }

  /** How many states are kept. */
  get size(): number {
    return this.recent.valueCount;
  }

  get(matchID: string): State | undefined {
    return this.recent.value(matchID);
  }

  /**
   * A commit (local, or announced from another process): kept if the match is recent, unless a newer
   * state of it is already kept.
   */
  committed(matchID: string, state: State): void {
    const kept = this.recent.value(matchID);
    if (kept !== undefined && kept._stateID > state._stateID) return;
    this.recent.sight(matchID, state);
  }

  /** A state read from storage: replaces an older kept one; a read alone does not make a match recent. */
  read(matchID: string, state: State): void {
    const kept = this.recent.value(matchID);
    if (kept !== undefined && kept._stateID < state._stateID) this.recent.replace(matchID, state);
  }

  forget(matchID: string): void {
    this.recent.forget(matchID);
  }
}
