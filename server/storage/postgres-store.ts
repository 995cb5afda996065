import type { LogEntry, State } from 'boardgame.io';
import type pg from 'pg';
import type {
  Commit,
  JournalEntry,
  ListOptions,
  MatchMetadata,
  MatchStore,
  NewMatch,
  StoredMetadata,
} from './match-store.ts';
import { durablePostgresPool } from './postgres-pool.ts';
import { migrationLock, postgresSchema } from './postgres-schema.ts';
import { decodeState, encodeInitialState, paramsOfInitialState } from './state-codec.ts';
import { StateEncoder } from './state-encoder.ts';
import type { MetadataRow } from './stored-metadata.ts';
import { storedMetadata } from './stored-metadata.ts';
import { PRE_VERSIONING_RULES_VERSION } from '../../rules/version.ts';

export interface PostgresOptions {
  /** postgres://user@host:port/database */
  connectionString: string;
  /** A schema of its own (created when missing); default: the server's search_path (public). */
  schema?: string;
  /** Pool size per process. */
  maxConnections?: number;
}

type Queryable = pg.Pool | pg.PoolClient;

function metadataColumns(metadata: MatchMetadata): [string, boolean, number, string | null] {
  return [
    JSON.stringify(metadata),
    metadata.unlisted === true,
    metadata.updatedAt,
    metadata.gameover === undefined ? null : JSON.stringify(metadata.gameover),
  ];
}

/**
 * PostgreSQL through node-postgres. `commitState` is one transaction: a compare-and-set UPDATE on
 * `state_id` (a concurrent writer blocks on the row lock, then finds `state_id` moved and updates
 * nothing), then the log and journal inserts and the metadata patch. `synchronous_commit=on` for every
 * session: COMMIT returns only once the WAL is flushed, so a state a client has seen survives a crash.
 */
export class PostgresStore implements MatchStore {
  readonly kind = 'postgres';
  private closed = false;
  private readonly encoder = new StateEncoder();

  private constructor(private readonly pool: pg.Pool) {}

  /** Connects, creates the schema and tables when missing (idempotent), and answers a ready store. */
  static async open(options: PostgresOptions): Promise<PostgresStore> {
    const pool = durablePostgresPool({
      connectionString: options.connectionString,
      ...(options.schema !== undefined ? { schema: options.schema } : {}),
      maxConnections: options.maxConnections ?? 10,
      label: 'postgres',
    });
    const store = new PostgresStore(pool);
    try {
      await store.migrate(options.schema);
    } catch (error) {
      await store.close();
      throw error;
    }
    return store;
  }

  async createMatch(matchID: string, match: NewMatch): Promise<boolean> {
    const state = encodeInitialState(match.initialState);
    const { metadata } = match;
    const result = await this.pool.query(
      `INSERT INTO matches (match_id, game_name, state_id, state, initial_state, metadata, unlisted,
         created_at, updated_at, gameover, rules_version, created_rules_version)
       VALUES ($1, $2, $3, $4, $4, $5, $6, $7, $8, NULL, $9, $9)
       ON CONFLICT (match_id) DO NOTHING`,
      [
        matchID,
        metadata.gameName,
        match.initialState._stateID,
        state,
        JSON.stringify(metadata),
        metadata.unlisted === true,
        metadata.createdAt,
        metadata.updatedAt,
        match.rulesVersion,
      ],
    );
    return result.rowCount === 1;
  }

  async loadState(matchID: string): Promise<State | undefined> {
    const result = await this.pool.query<{ state: string; initial_state: string }>(
      'SELECT state, initial_state FROM matches WHERE match_id = $1',
      [matchID],
    );
    const row = result.rows[0];
    // The params come from the stored text: jsonb would reorder their keys.
    return row ? decodeState(row.state, () => paramsOfInitialState(row.initial_state)) : undefined;
  }

  async loadInitialState(matchID: string): Promise<State | undefined> {
    const text = await this.column(matchID, 'initial_state');
    return text === undefined ? undefined : (JSON.parse(text) as State);
  }

  loadMetadata(matchID: string): Promise<StoredMetadata | undefined> {
    return this.readMetadata(this.pool, matchID, false);
  }

  async loadSeatCredentials(matchID: string, seat: '0' | '1'): Promise<string | null | undefined> {
    const result = await this.pool.query<{ credentials: string | null }>(
      `SELECT CASE WHEN jsonb_typeof(metadata::jsonb #> $2) = 'string' THEN metadata::jsonb #>> $2 END
         AS credentials FROM matches WHERE match_id = $1`,
      [matchID, ['players', seat, 'credentials']],
    );
    const row = result.rows[0];
    return row ? row.credentials : undefined;
  }

  async loadLog(matchID: string): Promise<LogEntry[]> {
    const result = await this.pool.query<{ entry: string }>(
      'SELECT entry FROM match_log WHERE match_id = $1 ORDER BY state_id, id',
      [matchID],
    );
    return result.rows.map((row) => JSON.parse(row.entry) as LogEntry);
  }

  async commitState(matchID: string, { state, deltalog, patch, move, rules }: Commit): Promise<boolean> {
    const stateJson = this.encoder.encode(matchID, state);
    return this.transaction(async (client) => {
      // The rules check: a row without a version is under the pre-versioning rules ($7).
      const updated = await client.query(
        `UPDATE matches SET state = $1, state_id = $2, rules_version = COALESCE($6::text, rules_version)
         WHERE match_id = $3 AND state_id = $4
           AND ($5::text IS NULL OR COALESCE(rules_version, $7) = $5::text)`,
        [
          stateJson,
          state._stateID,
          matchID,
          state._stateID - 1,
          rules?.from ?? null,
          rules?.to ?? null,
          PRE_VERSIONING_RULES_VERSION,
        ],
      );
      if (updated.rowCount !== 1) return false;
      if (deltalog.length > 0) {
        await client.query(
          `INSERT INTO match_log (match_id, state_id, entry)
           SELECT $1, $2, entry FROM unnest($3::text[]) WITH ORDINALITY AS t(entry, n) ORDER BY n`,
          [matchID, state._stateID, deltalog.map((entry) => JSON.stringify(entry))],
        );
      }
      if (move) {
        await client.query('INSERT INTO match_moves (match_id, state_id, move) VALUES ($1, $2, $3)', [
          matchID,
          state._stateID,
          JSON.stringify(move),
        ]);
      }
      if (patch) {
        // Edited in place (as the SQLite store does with json_set): no read, parse and rewrite of the
        // whole row per move. The version still goes up, so a racing read-modify-write (clock, lobby)
        // cannot overwrite the patch.
        const gameover = patch.gameover === undefined ? null : JSON.stringify(patch.gameover);
        await client.query(
          `UPDATE matches SET
             metadata = (CASE WHEN $2::text IS NOT NULL AND gameover IS NULL
               THEN jsonb_set(jsonb_set(metadata::jsonb, '{updatedAt}', to_jsonb($1::bigint)), '{gameover}', $2::jsonb)
               ELSE jsonb_set(metadata::jsonb, '{updatedAt}', to_jsonb($1::bigint)) END)::text,
             gameover = COALESCE(gameover, $2::text),
             updated_at = $1,
             metadata_version = metadata_version + 1
           WHERE match_id = $3`,
          [patch.updatedAt, gameover, matchID],
        );
      }
      return true;
    });
  }

  async loadJournal(matchID: string): Promise<(JournalEntry & { stateID: number })[]> {
    const result = await this.pool.query<{ state_id: number; move: string }>(
      'SELECT state_id, move FROM match_moves WHERE match_id = $1 ORDER BY state_id',
      [matchID],
    );
    return result.rows.map((row) => ({ ...(JSON.parse(row.move) as JournalEntry), stateID: row.state_id }));
  }

  async updateMetadata(matchID: string, expectedVersion: number, metadata: MatchMetadata): Promise<boolean> {
    const result = await this.pool.query(
      `UPDATE matches SET metadata = $1, metadata_version = metadata_version + 1, unlisted = $2,
         updated_at = $3, gameover = $4
       WHERE match_id = $5 AND metadata_version = $6`,
      [...metadataColumns(metadata), matchID, expectedVersion],
    );
    return result.rowCount === 1;
  }

  setMetadata(matchID: string, metadata: MatchMetadata): Promise<boolean> {
    return this.writeMetadata(this.pool, matchID, metadata);
  }

  async listMatches(options: ListOptions = {}): Promise<string[]> {
    const clauses: string[] = [];
    const params: (string | number)[] = [];
    if (options.gameName !== undefined) {
      params.push(options.gameName);
      clauses.push(`game_name = $${params.length}`);
    }
    if (options.isGameover !== undefined)
      clauses.push(options.isGameover ? 'gameover IS NOT NULL' : 'gameover IS NULL');
    if (options.updatedBefore !== undefined) {
      params.push(options.updatedBefore);
      clauses.push(`updated_at < $${params.length}`);
    }
    if (options.updatedAfter !== undefined) {
      params.push(options.updatedAfter);
      clauses.push(`updated_at > $${params.length}`);
    }
    const where = clauses.length > 0 ? `WHERE ${clauses.join(' AND ')}` : '';
    const result = await this.pool.query<{ match_id: string }>(
      `SELECT match_id FROM matches ${where} ORDER BY created_at, match_id COLLATE "C"`,
      params,
    );
    return result.rows.map((row) => row.match_id);
  }

  async wipe(matchID: string): Promise<void> {
    await this.transaction(async (client) => {
      await client.query('DELETE FROM match_log WHERE match_id = $1', [matchID]);
      await client.query('DELETE FROM match_moves WHERE match_id = $1', [matchID]);
      await client.query('DELETE FROM matches WHERE match_id = $1', [matchID]);
    });
  }

  async ping(): Promise<boolean> {
    if (this.closed) return false;
    try {
      const result = await this.pool.query<{ one: number }>('SELECT 1 AS one');
      return result.rows[0]?.one === 1;
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.pool.end();
  }

  private async migrate(schema: string | undefined): Promise<void> {
    await this.transaction(async (client) => {
      await client.query('SELECT pg_advisory_xact_lock($1)', [migrationLock]);
      if (schema !== undefined) await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
      await client.query(postgresSchema);
    });
  }

  private async column(matchID: string, name: 'state' | 'initial_state'): Promise<string | undefined> {
    const result = await this.pool.query<{ text: string }>(
      `SELECT ${name} AS text FROM matches WHERE match_id = $1`,
      [matchID],
    );
    return result.rows[0]?.text;
  }

  private async readMetadata(
    db: Queryable,
    matchID: string,
    forUpdate: boolean,
  ): Promise<StoredMetadata | undefined> {
    const result = await db.query<MetadataRow>(
      `SELECT metadata, metadata_version, rules_version, created_rules_version FROM matches
       WHERE match_id = $1${forUpdate ? ' FOR UPDATE' : ''}`,
      [matchID],
    );
    const row = result.rows[0];
    return row ? storedMetadata(row) : undefined;
  }

  private async writeMetadata(db: Queryable, matchID: string, metadata: MatchMetadata): Promise<boolean> {
    const result = await db.query(
      `UPDATE matches SET metadata = $1, metadata_version = metadata_version + 1, unlisted = $2,
         updated_at = $3, gameover = $4
       WHERE match_id = $5`,
      [...metadataColumns(metadata), matchID],
    );
    return result.rowCount === 1;
  }

  /** BEGIN … COMMIT on one pooled connection; ROLLBACK when `work` throws or answers false. */
  private async transaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    let broken = false;
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query(result === false ? 'ROLLBACK' : 'COMMIT');
      return result;
    } catch (error) {
      broken = true;
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release(broken);
    }
  }
}
