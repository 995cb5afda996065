import type { ClassroomStore, StoredSession } from './classroom-store.ts';
import type { Outcome } from '../boundary/rejection.ts';
import { refused } from '../boundary/rejection.ts';
import type { SessionDoc } from './session-doc.ts';
import { log } from '../log.ts';

/**
 * A change to a session document: pure and synchronous (it may run again on a fresher document when
 * another process wrote first), editing the document it is given, or refusing (its edits are dropped).
 */
export type DocChange<T> = (doc: SessionDoc) => Outcome<T>;

interface Pending {
  change: DocChange<unknown>;
  settle: (outcome: Outcome<unknown>) => void;
}

const casAttempts = 5;
/** How long a change waits for others to share its write. */
const batchWindowMs = 5;
const cachedSessions = 64;

/**
 * Reads and changes session documents. Changes to one session queue up; those that arrive within a few
 * milliseconds of each other or while a write is in flight are applied in order and written together, one durable
 * write for a class joining at once. Every write is compare-and-set on the version: another process's
 * write in between sends the batch round again on the fresh document. The last document read or written
 * is kept, checked against the stored version before use.
 */
export class SessionDocs {
  private readonly pending = new Map<string, Pending[]>();
  private readonly flushing = new Set<string>();
  private readonly cache = new Map<string, StoredSession>();

  constructor(readonly store: ClassroomStore) {}

  async read(sessionId: string): Promise<StoredSession | undefined> {
    const version = await this.store.sessionVersion(sessionId);
    if (version === undefined) return undefined;
    const cached = this.cache.get(sessionId);
    if (cached?.version === version) return cached;
    const stored = await this.store.loadSession(sessionId);
    if (stored) this.remember(sessionId, stored);
    return stored;
  }

  change<T>(sessionId: string, change: DocChange<T>): Promise<Outcome<T>> {
    return new Promise((resolve) => {
      let queue = this.pending.get(sessionId);
      if (!queue) {
        queue = [];
        this.pending.set(sessionId, queue);
      }
      queue.push({ change, settle: resolve as (outcome: Outcome<unknown>) => void });
      if (!this.flushing.has(sessionId)) {
        this.flushing.add(sessionId);
        // A short window gathers a burst (a class joining at once) into one write: SQLite's writes are
        // synchronous, so without it each request would be written (and fsynced) alone.
        setTimeout(() => {
          void this.flush(sessionId);
        }, batchWindowMs);
      }
    });
  }

  private async flush(sessionId: string): Promise<void> {
    try {
      for (;;) {
        const batch = this.pending.get(sessionId)?.splice(0) ?? [];
        if (batch.length === 0) break;
        await this.write(sessionId, batch).catch((error: unknown) => {
          log.error({ err: error, sessionId }, 'writing the class session failed');
          this.cache.delete(sessionId);
          for (const item of batch) item.settle(refused('internalError', 'the session could not be saved'));
        });
      }
    } finally {
      this.pending.delete(sessionId);
      this.flushing.delete(sessionId);
    }
  }

  private async write(sessionId: string, batch: Pending[]): Promise<void> {
    for (let attempt = 0; attempt < casAttempts; attempt++) {
      const stored = await this.read(sessionId);
      if (!stored) {
        for (const item of batch) item.settle(refused('sessionNotFound', 'no such class session'));
        return;
      }
      let doc = stored.doc;
      let changed = false;
      const outcomes = batch.map((item) => {
        const working = structuredClone(doc);
        const outcome = item.change(working);
        if (outcome.ok) {
          doc = working;
          changed = true;
        }
        return outcome;
      });
      const written = changed ? await this.store.updateSession(sessionId, stored.version, doc) : true;
      if (written) {
        if (changed) this.remember(sessionId, { doc, version: stored.version + 1 });
        batch.forEach((item, index) => {
          const outcome = outcomes[index];
          if (outcome) item.settle(outcome);
        });
        return;
      }
      this.cache.delete(sessionId);
    }
    for (const item of batch) item.settle(refused('conflict', 'too many changes at once: try again'));
  }

  private remember(sessionId: string, stored: StoredSession): void {
    this.cache.delete(sessionId);
    this.cache.set(sessionId, stored);
    if (this.cache.size > cachedSessions) {
      const oldest = this.cache.keys().next().value;
      if (oldest !== undefined) this.cache.delete(oldest);
    }
  }
}
