import type { SessionDoc } from './session-doc.ts';

/**
 * Where class sessions live: beside the matches (the same SQLite file, or the same PostgreSQL database
 * and schema). One document per session, written whole with compare-and-set on its version; every write
 * is durable before it resolves. Every backend passes test/server/classroom/classroom-store-conformance.ts.
 */

export interface StoredSession {
  doc: SessionDoc;
  /** Bumped by every write: the compare-and-set token for `updateSession`. */
  version: number;
}

export interface ClassroomStore {
  readonly kind: string;
  /** Stores a new session; false (and no change) when its id or its join code is taken. */
  createSession(doc: SessionDoc): Promise<boolean>;
  loadSession(sessionId: string): Promise<StoredSession | undefined>;
  /** The stored version alone (a cheap check that a cached document is still the latest). */
  sessionVersion(sessionId: string): Promise<number | undefined>;
  /** The session a join code belongs to, with its creation time (codes are never reused). */
  sessionByJoinCode(joinCode: string): Promise<{ sessionId: string; createdAt: number } | undefined>;
  /** Compare-and-set: writes only over `expectedVersion`; false and no change otherwise. */
  updateSession(sessionId: string, expectedVersion: number, doc: SessionDoc): Promise<boolean>;
  close(): Promise<void>;
}
