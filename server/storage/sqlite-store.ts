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
  MetadataPatch,
  NewMatch,
  StoredMetadata,
} from './match-store.ts';
import type { GroupCommitOptions } from './sqlite-group-commit.ts';
import { defaultGroupCommit, GroupCommit } from './sqlite-group-commit.ts';
import { sqliteSchema } from './sqlite-schema.ts';

interface StateRow {
  state: string;
}
interface InitialRow {
  initial_state: string;
}
interface MetadataRow {
  metadata: string;
  metadata_version: number;
}
interface LogRow {
  entry: string;
}
interface IdRow {
  match_id: string;
}

/** Strips the transient deltalog: the log lives in its own table. */
function withoutDeltalog(state: State): State {
  const { deltalog: _deltalog, ...rest } = state;
  return rest;
}

/**
 * SQLite through better-sqlite3 (synchronous, so every call below is atomic in this process). WAL mode
 * and synchronous=FULL: a commit resolves only once it is on disk, so a state a client has seen survives
 * kill -9 and power loss. Writes are grouped: those queued in one event-loop turn share one transaction
 * and one fsync (sqlite-group-commit.ts), each with its own compare-and-set, in queue order. Reads are
 * synchronous and see only committed data. Statements are prepared once and cached.
 */
export class SqliteStore implements MatchStore {
  readonly kind = 'sqlite';
  private readonly db: Database.Database;
  private readonly group: GroupCommit;
  private readonly statements = new Map<string, Database.Statement>();

  constructor(
    readonly file: string,
    groupCommit: GroupCommitOptions = defaultGroupCommit,
  ) {
    if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    this.db.pragma('busy_timeout = 5000');
    this.db.exec(sqliteSchema);
    this.group = new GroupCommit(this.db, groupCommit);
  }

  /** Opens `<dataDir>/matches.sqlite`. */
  static inDirectory(dataDir: string): SqliteStore {
    return new SqliteStore(path.join(dataDir, 'matches.sqlite'));
  }

  createMatch(matchID: string, match: NewMatch): Promise<boolean> {
    const state = withoutDeltalog(match.initialState);
    const { metadata } = match;
    return this.group.submit(() => {
      const result = this.stmt(
        `INSERT INTO matches (match_id, game_name, state_id, state, initial_state, metadata, unlisted,
           created_at, updated_at, gameover)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL)
         ON CONFLICT (match_id) DO NOTHING`,
      ).run(
        matchID,
        metadata.gameName,
        state._stateID,
        JSON.stringify(state),
        JSON.stringify(state),
        JSON.stringify(metadata),
        metadata.unlisted === true ? 1 : 0,
        metadata.createdAt,
        metadata.updatedAt,
      );
      return result.changes === 1;
    });
  }

  loadState(matchID: string): Promise<State | undefined> {
    const row = this.stmt('SELECT state FROM matches WHERE match_id = ?').get(matchID) as
      StateRow | undefined;
    return Promise.resolve(row ? (JSON.parse(row.state) as State) : undefined);
  }

  loadInitialState(matchID: string): Promise<State | undefined> {
    const row = this.stmt('SELECT initial_state FROM matches WHERE match_id = ?').get(matchID) as
      InitialRow | undefined;
    return Promise.resolve(row ? (JSON.parse(row.initial_state) as State) : undefined);
  }

  loadMetadata(matchID: string): Promise<StoredMetadata | undefined> {
    return Promise.resolve(this.readMetadata(matchID));
  }

  loadLog(matchID: string): Promise<LogEntry[]> {
    const rows = this.stmt('SELECT entry FROM match_log WHERE match_id = ? ORDER BY id').all(
      matchID,
    ) as LogRow[];
    return Promise.resolve(rows.map((row) => JSON.parse(row.entry) as LogEntry));
  }

  /** Queued for the next group commit (sqlite-group-commit.ts): resolves once COMMIT has returned. */
  commitState(matchID: string, commit: Commit): Promise<boolean> {
    return this.group.submit(() => this.applyCommit(matchID, commit));
  }

  /** One commit inside the group's transaction: compare-and-set, then log, journal and patch. */
  private applyCommit(matchID: string, commit: Commit): boolean {
    const { deltalog, patch, move } = commit;
    const stored = withoutDeltalog(commit.state);
    const updated = this.stmt(
      'UPDATE matches SET state = ?, state_id = ? WHERE match_id = ? AND state_id = ?',
    ).run(JSON.stringify(stored), stored._stateID, matchID, stored._stateID - 1);
    if (updated.changes !== 1) return false;
    for (const entry of deltalog)
      this.stmt('INSERT INTO match_log (match_id, state_id, entry) VALUES (?, ?, ?)').run(
        matchID,
        stored._stateID,
        JSON.stringify(entry),
      );
    if (move)
      this.stmt('INSERT INTO match_moves (match_id, state_id, move) VALUES (?, ?, ?)').run(
        matchID,
        stored._stateID,
        JSON.stringify(move),
      );
    if (patch) this.applyPatch(matchID, patch);
    return true;
  }

  loadJournal(matchID: string): Promise<(JournalEntry & { stateID: number })[]> {
    const rows = this.stmt('SELECT state_id, move FROM match_moves WHERE match_id = ? ORDER BY state_id').all(
      matchID,
    ) as { state_id: number; move: string }[];
    return Promise.resolve(
      rows.map((row) => ({ ...(JSON.parse(row.move) as JournalEntry), stateID: row.state_id })),
    );
  }

  updateMetadata(matchID: string, expectedVersion: number, metadata: MatchMetadata): Promise<boolean> {
    return this.group.submit(
      () =>
        this.stmt(
          `UPDATE matches SET metadata = ?, metadata_version = metadata_version + 1, unlisted = ?,
           updated_at = ?, gameover = ?
         WHERE match_id = ? AND metadata_version = ?`,
        ).run(...this.metadataColumns(metadata), matchID, expectedVersion).changes === 1,
    );
  }

  setMetadata(matchID: string, metadata: MatchMetadata): Promise<boolean> {
    return this.group.submit(
      () =>
        this.stmt(
          `UPDATE matches SET metadata = ?, metadata_version = metadata_version + 1, unlisted = ?,
           updated_at = ?, gameover = ?
         WHERE match_id = ?`,
        ).run(...this.metadataColumns(metadata), matchID).changes === 1,
    );
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

  wipe(matchID: string): Promise<void> {
    return this.group.submit(() => {
      this.stmt('DELETE FROM match_log WHERE match_id = ?').run(matchID);
      this.stmt('DELETE FROM match_moves WHERE match_id = ?').run(matchID);
      this.stmt('DELETE FROM matches WHERE match_id = ?').run(matchID);
    });
  }

  ping(): Promise<boolean> {
    try {
      const row = this.stmt('SELECT 1 AS one').get() as { one: number } | undefined;
      return Promise.resolve(row?.one === 1);
    } catch {
      return Promise.resolve(false);
    }
  }

  close(): Promise<void> {
    if (!this.db.open) return Promise.resolve();
    this.group.flushAll();
    this.db.close();
    return Promise.resolve();
  }

  /** A cached prepared statement (preparing costs more than running a small one). */
  private stmt(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  private readMetadata(matchID: string): StoredMetadata | undefined {
    const row = this.stmt('SELECT metadata, metadata_version FROM matches WHERE match_id = ?').get(
      matchID,
    ) as MetadataRow | undefined;
    if (!row) return undefined;
    return { metadata: JSON.parse(row.metadata) as MatchMetadata, version: row.metadata_version };
  }

  /**
   * A move's metadata patch, in SQL: only `updatedAt` (and `gameover`, once) change, so the row's JSON is
   * edited in place with json_set instead of being read, parsed, rebuilt and rewritten per move. The
   * version still goes up: a concurrent read-modify-write (clock, lobby) must not overwrite the patch.
   */
  private applyPatch(matchID: string, patch: MetadataPatch): void {
    const gameover = patch.gameover === undefined ? null : JSON.stringify(patch.gameover);
    this.stmt(
      `UPDATE matches SET
         metadata = CASE WHEN @gameover IS NOT NULL AND gameover IS NULL
           THEN json_set(metadata, '$.updatedAt', @updatedAt, '$.gameover', json(@gameover))
           ELSE json_set(metadata, '$.updatedAt', @updatedAt) END,
         gameover = CASE WHEN gameover IS NULL THEN @gameover ELSE gameover END,
         updated_at = @updatedAt,
         metadata_version = metadata_version + 1
       WHERE match_id = @matchID`,
    ).run({ matchID, updatedAt: patch.updatedAt, gameover });
  }

  private metadataColumns(metadata: MatchMetadata): [string, number, number, string | null] {
    return [
      JSON.stringify(metadata),
      metadata.unlisted === true ? 1 : 0,
      metadata.updatedAt,
      metadata.gameover === undefined ? null : JSON.stringify(metadata.gameover),
    ];
  }
}
