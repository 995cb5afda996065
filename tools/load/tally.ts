/** A move the server acknowledged: the update that includes it reached its mover. */
export interface Acknowledged {
  matchID: string;
  seat: '0' | '1';
  /** The state id the move was made at (its log entry's `_stateID`; it produced this + 1). */
  stateID: number;
}

/** Everything the load clients count. */
export class LoadTally {
  /** Round trips timed in the window; `acknowledgedAtMs` holds when each one ended, at the same index. */
  readonly roundTripsMs: number[] = [];
  /** When each acknowledgement arrived (performance.now()): throughput over the window. */
  readonly acknowledgedAtMs: number[] = [];
  readonly acknowledged: Acknowledged[] = [];
  readonly errors = new Map<string, number>();
  sent = 0;
  /** Moves refused as stale: both seats chose a headline at once; one of them retries (not an error). */
  staleRaces = 0;
  matchesStarted = 0;
  matchesFinished = 0;

  /** Acknowledgements before this moment (performance.now()) are warm-up: checked for loss, not timed. */
  measureFromMs = 0;

  /** Set when the server is killed: what clients see after that is not counted. */
  closed = false;

  error(code: string): void {
    if (this.closed) return;
    this.errors.set(code, (this.errors.get(code) ?? 0) + 1);
  }

  errorCount(): number {
    let total = 0;
    for (const count of this.errors.values()) total += count;
    return total;
  }
}
