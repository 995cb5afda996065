import type pg from 'pg';
import { durablePostgresPool } from '../storage/postgres-pool.ts';
import { migrationLock } from '../storage/postgres-schema.ts';
import type { ClassroomStore, StoredSession } from './classroom-store.ts';
import type { SessionDoc } from './session-doc.ts';

/**
 * Mirrors the SQLite table; idempotent, run at start-up under the match store's advisory lock (two
 * concurrent `CREATE SCHEMA IF NOT EXISTS` can still collide).
 */
export const postgresClassroomSchema = `
CREATE TABLE IF NOT EXISTS classroom_sessions (
  session_id TEXT PRIMARY KEY,
  join_code TEXT NOT NULL UNIQUE,
  created_at BIGINT NOT NULL,
  version INTEGER NOT NULL DEFAULT 0,
  doc TEXT NOT NULL
);
`;

export interface PostgresClassroomOptions {
  connectionString: string;
  /** The match store's DATABASE_SCHEMA (created when missing). */
  schema?: string;
  maxConnections?: number;
}

/**
 * Class sessions in PostgreSQL, beside the matches (same database and schema), on a small pool of their
 * own. The document is kept as text (jsonb would reorder keys; nothing queries inside it).
 * `synchronous_commit=on`: a write is in the WAL on disk before it resolves.
 */
export class PostgresClassroomStore implements ClassroomStore {
  readonly kind = 'postgres';
  private closed = false;

  private constructor(private readonly pool: pg.Pool) {}

  static async open(options: PostgresClassroomOptions): Promise<PostgresClassroomStore> {
    const pool = durablePostgresPool({
      connectionString: options.connectionString,
      ...(options.schema !== undefined ? { schema: options.schema } : {}),
      maxConnections: options.maxConnections ?? 4,
      label: 'postgres (classroom)',
    });
    const store = new PostgresClassroomStore(pool);
    try {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        await client.query('SELECT pg_advisory_xact_lock($1)', [migrationLock]);
        if (options.schema !== undefined) await client.query(`CREATE SCHEMA IF NOT EXISTS ${options.schema}`);
        await client.query(postgresClassroomSchema);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    } catch (error) {
      await store.close();
      throw error;
    }
    return store;
  }

  async createSession(doc: SessionDoc): Promise<boolean> {
    const result = await this.pool.query(
      `INSERT INTO classroom_sessions (session_id, join_code, created_at, version, doc)
       VALUES ($1, $2, $3, 0, $4) ON CONFLICT DO NOTHING`,
      [doc.id, doc.joinCode, doc.createdAt, JSON.stringify(doc)],
    );
    return result.rowCount === 1;
  }

  async loadSession(sessionId: string): Promise<StoredSession | undefined> {
    const result = await this.pool.query<{ doc: string; version: number }>(
      'SELECT doc, version FROM classroom_sessions WHERE session_id = $1',
      [sessionId],
    );
    const row = result.rows[0];
    return row ? { doc: JSON.parse(row.doc) as SessionDoc, version: row.version } : undefined;
  }

  async sessionVersion(sessionId: string): Promise<number | undefined> {
    const result = await this.pool.query<{ version: number }>(
      'SELECT version FROM classroom_sessions WHERE session_id = $1',
      [sessionId],
    );
    return result.rows[0]?.version;
  }

  async sessionByJoinCode(joinCode: string): Promise<{ sessionId: string; createdAt: number } | undefined> {
    const result = await this.pool.query<{ session_id: string; created_at: string }>(
      'SELECT session_id, created_at FROM classroom_sessions WHERE join_code = $1',
      [joinCode],
    );
    const row = result.rows[0];
    return row ? { sessionId: row.session_id, createdAt: Number(row.created_at) } : undefined;
  }

  async updateSession(sessionId: string, expectedVersion: number, doc: SessionDoc): Promise<boolean> {
    const result = await this.pool.query(
      'UPDATE classroom_sessions SET doc = $1, version = version + 1 WHERE session_id = $2 AND version = $3',
      [JSON.stringify(doc), sessionId, expectedVersion],
    );
    return result.rowCount === 1;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.pool.end();
  }
}
