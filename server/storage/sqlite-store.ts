import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { LogEntry, State } from 'boardgame.io';
import type {
  Commit,
  JournalEntry,
  ListOptions,
  MatchMetadata,
  MatchStore,
  NewMatch,
  StoredMetadata,
} from './match-store.ts';
import type { GroupCommitOptions } from './sqlite-group-commit.ts';
import { defaultGroupCommit } from './sqlite-group-commit.ts';
import { migrateSqlite, sqliteSchema } from './sqlite-schema.ts';
import { statementCache } from './sqlite-statements.ts';
import type { MetadataColumns } from './sqlite-writes.ts';
import { ThreadWrites } from './thread-writes.ts';
import { CredentialsCache } from './credentials-cache.ts';
import { decodeState, encodeInitialState } from './state-codec.ts';
import type { MetadataRow } from './stored-metadata.ts';
import { storedMetadata } from './stored-metadata.ts';
import { StateEncoder } from './state-encoder.ts';
import type { WriteQueue } from './write-queue.ts';
import { InlineWrites } from './write-queue.ts';

interface StateRow {
  state: string;
  params: string | null;
}
interface InitialRow {
  initial_state: string;
}
interface LogRow {
  entry: string;
}
interface IdRow {
  match_id: string;
}

/**
 * SQLite through better-sqlite3. WAL mode and synchronous=FULL: a commit resolves only once it is on disk,
 * so a state a client has seen survives kill -9 and power loss. Writes are grouped: those queued in one
 * event-loop turn share one transaction and one fsync (sqlite-group-commit.ts), each with its own
 * compare-and-set, in queue order. For a file they run on a writer thread with its own connection
 * (thread-writes.ts), so fsync never blocks this thread; `:memory:` writes run here. Reads are
 * synchronous on this thread's connection and see only committed data. Statements are prepared once.
 */
export class SqliteStore implements MatchStore {
  readonly kind = 'sqlite';
  private readonly db: Database.Database;
  private readonly writes: WriteQueue;
  private readonly stmt: (sql: string) => Database.Statement;
  private readonly credentials = new CredentialsCache();
  private readonly encoder = new StateEncoder();

  constructor(
    readonly file: string,
    groupCommit: GroupCommitOptions = defaultGroupCommit,
    options: { writerThread?: boolean } = {},
  ) {
    if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    this.db.pragma('busy_timeout = 5000');
    // Savepoints' statement journals in memory, as on the writer thread (sqlite-writer-thread.ts).
    this.db.pragma('temp_store = MEMORY');
    this.db.exec(sqliteSchema);
    migrateSqlite(this.db);
    this.stmt = statementCache(this.db);
    const writerThread = options.writerThread ?? file !== ':memory:';
    this.writes = writerThread ? new ThreadWrites(file, groupCommit) : new InlineWrites(this.db, groupCommit);
  }

  /** Resolves once writes run without delay (the writer thread takes ~0.3 s to start). */
  ready(): Promise<void> {
    return this.writes.ready();
  }

  /** Opens `<dataDir>/matches.sqlite`. */
  static inDirectory(dataDir: string): SqliteStore {
    return new SqliteStore(path.join(dataDir, 'matches.sqlite'));
  }

  async createMatch(matchID: string, match: NewMatch): Promise<boolean> {
    const state = match.initialState;
    const { metadata } = match;
    const created = await this.credentials.around(matchID, () =>
      this.writes.submit({
        kind: 'create',
        matchID,
        gameName: metadata.gameName,
        stateID: state._stateID,
        stateJson: encodeInitialState(state),
        metadata: metadataColumns(metadata),
        createdAt: metadata.createdAt,
        rulesVersion: match.rulesVersion,
      }),
    );
    return created === true;
  }

  loadState(matchID: string): Promise<State | undefined> {
    const row = this.stmt(
      "SELECT state, (SELECT json_extract(initial_state, '$.G.params') FROM match_initial AS i WHERE i.match_id = m.match_id) AS params FROM matches AS m WHERE match_id = ?",
    ).get(matchID) as StateRow | undefined;
    // SQLite's json_extract keeps the stored text's key order.
    return Promise.resolve(
      row
        ? decodeState(row.state, () =>
            row.params === null ? undefined : (JSON.parse(row.params) as unknown),
          )
        : undefined,
    );
  }

  loadInitialState(matchID: string): Promise<State | undefined> {
    const row = this.stmt('SELECT initial_state FROM match_initial WHERE match_id = ?').get(matchID) as
      InitialRow | undefined;
    return Promise.resolve(row ? (JSON.parse(row.initial_state) as State) : undefined);
  }

  loadMetadata(matchID: string): Promise<StoredMetadata | undefined> {
    return Promise.resolve(this.readMetadata(matchID));
  }

  loadSeatCredentials(matchID: string, seat: '0' | '1'): Promise<string | null | undefined> {
    const cached = this.credentials.get(matchID, seat);
    if (cached !== undefined) return Promise.resolve(cached);
    const row = this.stmt(
      'SELECT json_extract(metadata, ?) AS credentials FROM matches WHERE match_id = ?',
    ).get(`$.players."${seat}".credentials`, matchID) as { credentials: unknown } | undefined;
    if (!row) return Promise.resolve(undefined);
    const credentials = typeof row.credentials === 'string' ? row.credentials : null;
    this.credentials.set(matchID, seat, credentials);
    return Promise.resolve(credentials);
  }

  loadLog(matchID: string): Promise<LogEntry[]> {
    const rows = this.stmt('SELECT entry FROM match_log WHERE match_id = ? ORDER BY id').all(
      matchID,
    ) as LogRow[];
    return Promise.resolve(rows.map((row) => JSON.parse(row.entry) as LogEntry));
  }

  /** Queued for the next group commit (sqlite-group-commit.ts): resolves once COMMIT has returned. */
  async commitState(matchID: string, commit: Commit): Promise<boolean> {
    const { deltalog, patch, move, rules } = commit;
    const stored = commit.state;
    const committed = await this.writes.submit({
      kind: 'commit',
      matchID,
      stateID: stored._stateID,
      stateJson: this.encoder.encode(matchID, stored),
      logJson: deltalog.map((entry) => JSON.stringify(entry)),
      moveJson: move ? JSON.stringify(move) : null,
      patch: patch
        ? {
            updatedAt: patch.updatedAt,
            gameoverJson: patch.gameover === undefined ? null : JSON.stringify(patch.gameover),
          }
        : null,
      rules: rules ?? null,
    });
    return committed === true;
  }

  loadJournal(matchID: string): Promise<(JournalEntry & { stateID: number })[]> {
    const rows = this.stmt('SELECT state_id, move FROM match_moves WHERE match_id = ? ORDER BY state_id').all(
      matchID,
    ) as { state_id: number; move: string }[];
    return Promise.resolve(
      rows.map((row) => ({ ...(JSON.parse(row.move) as JournalEntry), stateID: row.state_id })),
    );
  }

  async updateMetadata(matchID: string, expectedVersion: number, metadata: MatchMetadata): Promise<boolean> {
    const written = await this.credentials.around(matchID, () =>
      this.writes.submit({
        kind: 'metadata',
        matchID,
        expectedVersion,
        metadata: metadataColumns(metadata),
      }),
    );
    return written === true;
  }

  async setMetadata(matchID: string, metadata: MatchMetadata): Promise<boolean> {
    const written = await this.credentials.around(matchID, () =>
      this.writes.submit({
        kind: 'metadata',
        matchID,
        expectedVersion: null,
        metadata: metadataColumns(metadata),
      }),
    );
    return written === true;
  }

  listMatches(options: ListOptions = {}): Promise<string[]> {
    const clauses: string[] = [];
    const params: (string | number)[] = [];
    if (options.gameName !== undefined) {
      clauses.push('game_name = ?');
      params.push(options.gameName);
    }
    if (options.isGameover !== undefined)
      clauses.push(options.isGameover ? 'gameover IS NOT NULL' : 'gameover IS NULL');
    if (options.updatedBefore !== undefined) {
      clauses.push('updated_at < ?');
      params.push(options.updatedBefore);
    }
    if (options.updatedAfter !== undefined) {
      clauses.push('updated_at > ?');
      params.push(options.updatedAfter);
    }
    const where = clauses.length > 0 ? `WHERE ${clauses.join(' AND ')}` : '';
    const rows = this.stmt(`SELECT match_id FROM matches ${where} ORDER BY created_at, match_id`).all(
      ...params,
    ) as IdRow[];
    return Promise.resolve(rows.map((row) => row.match_id));
  }

  async wipe(matchID: string): Promise<void> {
    await this.credentials.around(matchID, () => this.writes.submit({ kind: 'wipe', matchID }));
  }

  ping(): Promise<boolean> {
    try {
      const row = this.stmt('SELECT 1 AS one').get() as { one: number } | undefined;
      return Promise.resolve(row?.one === 1);
    } catch {
      return Promise.resolve(false);
    }
  }

  async close(): Promise<void> {
    if (!this.db.open) return;
    await this.writes.close();
    this.db.close();
  }

  private readMetadata(matchID: string): StoredMetadata | undefined {
    const row = this.stmt(
      'SELECT metadata, metadata_version, rules_version, created_rules_version FROM matches WHERE match_id = ?',
    ).get(matchID) as MetadataRow | undefined;
    return row ? storedMetadata(row) : undefined;
  }
}

function metadataColumns(metadata: MatchMetadata): MetadataColumns {
  return {
    json: JSON.stringify(metadata),
    unlisted: metadata.unlisted === true ? 1 : 0,
    updatedAt: metadata.updatedAt,
    gameoverJson: metadata.gameover === undefined ? null : JSON.stringify(metadata.gameover),
  };
}
