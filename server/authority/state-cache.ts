import type { State } from 'boardgame.io';

/** Enough for every match of a busy process; a miss only costs one storage read and parse. */
export const defaultStateCacheEntries = 10_000;

/**
 * The latest committed state per match, so a move does not read and parse its match's state from storage
 * (the state the previous move produced is already in memory, sharing its unchanged parts with the one
 * before).
 * It is only a hint: the authority uses an entry only when the move's `stateID` equals it, re-reads
 * storage on any mismatch, and drops the entry when a compare-and-set fails, so a commit made by another
 * process can delay nothing but one read. Least recently used entries go first (bounded by count).
 * Entries are never mutated: the reducer returns new objects, and gets a copy of `ctx` (boardgame.io
 * counts stage moves in place).
 */
export class StateCache {
  private readonly states = new Map<string, State>();

  constructor(private readonly capacity = defaultStateCacheEntries) {}

  get size(): number {
    return this.states.size;
  }

  get(matchID: string): State | undefined {
    const state = this.states.get(matchID);
    if (state === undefined) return undefined;
    this.states.delete(matchID);
    this.states.set(matchID, state);
    return state;
  }

  /** Remembers a committed state unless a newer one of the match is already remembered. */
  offer(matchID: string, state: State): void {
    const cached = this.states.get(matchID);
    if (cached !== undefined && cached._stateID > state._stateID) return;
    this.states.delete(matchID);
    this.states.set(matchID, state);
    if (this.states.size > this.capacity) {
      const oldest = this.states.keys().next();
      if (oldest.done !== true) this.states.delete(oldest.value);
    }
  }

  forget(matchID: string): void {
    this.states.delete(matchID);
  }
}
