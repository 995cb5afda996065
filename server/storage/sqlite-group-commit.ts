import type Database from 'better-sqlite3';

export interface GroupCommitOptions {
  /** How long the first queued commit waits for company; 0: until the current event-loop turn ends. */
  windowMs: number;
  /** At most this many commits per transaction; the rest go into the next one at once. */
  maxBatch: number;
}

export const defaultGroupCommit: GroupCommitOptions = { windowMs: 0, maxBatch: 512 };

const asError = (error: unknown): Error => (error instanceof Error ? error : new Error(String(error)));

interface Pending {
  /** Runs the job in a savepoint of its own; remembers how to settle its promise. */
  execute(): void;
  /** Settles the promise as `execute` decided (called only after COMMIT returned). */
  settle(): void;
  /** The batch failed as a whole. */
  fail(error: unknown): void;
}

/**
 * Group commit for one synchronous better-sqlite3 connection: writes queued during an event-loop turn
 * (or `windowMs`) run in ONE `BEGIN IMMEDIATE … COMMIT`, so one fsync covers the moves of many matches.
 * Each job runs in queue order in a savepoint of its own and does its own compare-and-set: a refused job
 * (false) or a throwing one (its savepoint rolled back, its promise rejected) fails alone, the others
 * still commit. Every promise settles only after COMMIT returned (with synchronous=FULL: after the
 * fsync), so nothing is reported before it is on disk; if the transaction itself fails, every job of the
 * batch is rejected.
 */
export class GroupCommit {
  private queue: Pending[] = [];
  private scheduled = false;
  private readonly batch: Database.Transaction<(jobs: readonly Pending[]) => void>;
  private readonly savepoint: Database.Transaction<(body: () => void) => void>;

  constructor(
    private readonly db: Database.Database,
    private readonly options: GroupCommitOptions = defaultGroupCommit,
  ) {
    this.savepoint = db.transaction((body: () => void) => {
      body();
    });
    this.batch = db.transaction((jobs: readonly Pending[]) => {
      for (const job of jobs) job.execute();
    });
  }

  /** Queues a write; resolves with its result once the transaction holding it is committed. */
  submit<T>(run: () => T): Promise<T> {
    if (!this.db.open) return Promise.reject(new Error('the database connection is not open'));
    return new Promise<T>((resolve, reject) => {
      let outcome: (() => void) | undefined;
      this.queue.push({
        execute: () => {
          try {
            this.savepoint(() => {
              const value = run();
              outcome = () => {
                resolve(value);
              };
            });
          } catch (error) {
            // SQLite rolls the whole transaction back on some errors (disk full, I/O): fail the batch.
            if (!this.db.inTransaction) throw error;
            outcome = () => {
              reject(asError(error));
            };
          }
        },
        settle: () => {
          if (outcome) outcome();
          else reject(new Error('group commit: the job did not run'));
        },
        fail: (error) => {
          reject(asError(error));
        },
      });
      this.schedule();
    });
  }

  /** Commits everything queued now (close() calls this before closing the connection). */
  flushAll(): void {
    while (this.queue.length > 0) this.flushOnce();
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    const run = () => {
      this.scheduled = false;
      this.flushOnce();
      if (this.queue.length > 0) this.schedule();
    };
    if (this.options.windowMs > 0) setTimeout(run, this.options.windowMs);
    else setImmediate(run);
  }

  private flushOnce(): void {
    const jobs = this.queue.splice(0, this.options.maxBatch);
    if (jobs.length === 0) return;
    try {
      this.batch.immediate(jobs);
    } catch (error) {
      for (const job of jobs) job.fail(error);
      return;
    }
    for (const job of jobs) job.settle();
  }
}
