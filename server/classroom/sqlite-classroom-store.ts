import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { statementCache } from '../storage/sqlite-statements.ts';
import type { ClassroomStore, StoredSession } from './classroom-store.ts';
import type { SessionDoc } from './session-doc.ts';

export const sqliteClassroomSchema = `
CREATE TABLE IF NOT EXISTS classroom_sessions (
  session_id TEXT PRIMARY KEY,
  join_code TEXT NOT NULL UNIQUE,
  created_at INTEGER NOT NULL,
  version INTEGER NOT NULL DEFAULT 0,
  doc TEXT NOT NULL
) STRICT;
`;

interface SessionRow {
  doc: string;
  version: number;
}

/**
 * Class sessions in the matches' SQLite file, on a connection of their own (WAL lets it share the file
 * with the match store's reader and writer thread). Writes are rare (a join, a seating, a proposal) and
 * small, so they run synchronously on this thread with synchronous=FULL: each is on disk when it returns.
 * A burst (a class joining at once) is coalesced per session by SessionDocs into one write per batch.
 */
export class SqliteClassroomStore implements ClassroomStore {
  readonly kind = 'sqlite';
  private readonly db: Database.Database;
  private readonly stmt: (sql: string) => Database.Statement;

  constructor(readonly file: string) {
    if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    // The match store's writer thread holds the write lock for a group commit (milliseconds) at a time.
    this.db.pragma('busy_timeout = 5000');
    this.db.exec(sqliteClassroomSchema);
    this.stmt = statementCache(this.db);
  }

  createSession(doc: SessionDoc): Promise<boolean> {
    const result = this.stmt(
      `INSERT INTO classroom_sessions (session_id, join_code, created_at, version, doc)
         VALUES (?, ?, ?, 0, ?) ON CONFLICT DO NOTHING`,
    ).run(doc.id, doc.joinCode, doc.createdAt, JSON.stringify(doc));
    return Promise.resolve(result.changes === 1);
  }

  loadSession(sessionId: string): Promise<StoredSession | undefined> {
    const row = this.stmt('SELECT doc, version FROM classroom_sessions WHERE session_id = ?').get(
      sessionId,
    ) as SessionRow | undefined;
    return Promise.resolve(
      row ? { doc: JSON.parse(row.doc) as SessionDoc, version: row.version } : undefined,
    );
  }

  sessionVersion(sessionId: string): Promise<number | undefined> {
    const row = this.stmt('SELECT version FROM classroom_sessions WHERE session_id = ?').get(sessionId) as
      { version: number } | undefined;
    return Promise.resolve(row?.version);
  }

  sessionByJoinCode(joinCode: string): Promise<{ sessionId: string; createdAt: number } | undefined> {
    const row = this.stmt('SELECT session_id, created_at FROM classroom_sessions WHERE join_code = ?').get(
      joinCode,
    ) as { session_id: string; created_at: number } | undefined;
    return Promise.resolve(row ? { sessionId: row.session_id, createdAt: row.created_at } : undefined);
  }

  updateSession(sessionId: string, expectedVersion: number, doc: SessionDoc): Promise<boolean> {
    const result = this.stmt(
      'UPDATE classroom_sessions SET doc = ?, version = version + 1 WHERE session_id = ? AND version = ?',
    ).run(JSON.stringify(doc), sessionId, expectedVersion);
    return Promise.resolve(result.changes === 1);
  }

  close(): Promise<void> {
    if (this.db.open) this.db.close();
    return Promise.resolve();
  }
}
