import type { LogEntry } from 'boardgame.io';

/**
 * What a (re)connecting client is sent of the log. boardgame.io's client keeps the log only for display
 * (and the debug panel's time travel); the state it plays from is the `state` of the sync. So a sync
 * carries only the newest entries: a reconnect costs the same after 10 moves or 10,000.
 */
export interface CatchUpLimits {
  maxEntries: number;
  /** JSON bytes of the log tail. */
  maxBytes: number;
}

export const defaultCatchUp: CatchUpLimits = { maxEntries: 16, maxBytes: 3 * 1024 };

export interface LogTail {
  log: LogEntry[];
  /** True when the tail is the whole log (then the initial state plus the log replays to the state). */
  complete: boolean;
}

/** The newest entries of an already redacted log that fit `limits`, oldest first. */
export function logTail(log: readonly LogEntry[], total: number, limits = defaultCatchUp): LogTail {
  let bytes = 0;
  let start = log.length;
  while (start > 0 && log.length - start < limits.maxEntries) {
    const entry = log[start - 1];
    const size = Buffer.byteLength(JSON.stringify(entry), 'utf8');
    if (bytes + size > limits.maxBytes) break;
    bytes += size;
    start--;
  }
  const tail = log.slice(start);
  return { log: tail, complete: tail.length === total };
}

/**
 * The log entries of the commits made from state `fromStateID` up to the one that produced `toStateID`:
 * what a socket last sent `fromStateID` missed (a relayed commit, a commit during its sync).
 */
export function entriesBetween(log: readonly LogEntry[], fromStateID: number, toStateID: number): LogEntry[] {
  return log.filter((entry) => entry._stateID >= fromStateID && entry._stateID < toStateID);
}
