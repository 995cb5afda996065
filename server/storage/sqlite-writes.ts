import type Database from 'better-sqlite3';
// The version module alone: this file runs on the writer thread, which should not load the rules.
import { PRE_VERSIONING_RULES_VERSION } from '../../rules/version.ts';
import { statementCache } from './sqlite-statements.ts';

/**
 * Every write the SQLite store makes, as plain data: JSON already encoded by the caller, so a write can
 * run on this thread or be posted to the writer thread (sqlite-writer.ts) as strings, which cross
 * threads far cheaper than the objects they encode.
 */
export type SqliteWrite =
  | {
      kind: 'create';
      matchID: string;
      gameName: string;
      stateID: number;
      stateJson: string;
      metadata: MetadataColumns;
      createdAt: number;
      rulesVersion: string;
    }
  | {
      kind: 'commit';
      matchID: string;
      stateID: number;
      stateJson: string;
      logJson: string[];
      moveJson: string | null;
      /** A move's metadata patch: updatedAt, and gameover (JSON) once. */
      patch: { updatedAt: number; gameoverJson: string | null } | null;
      /** Commit only over a state under `from`, and leave the match under `to` (match-store.ts Commit). */
      rules: { from: string; to: string } | null;
    }
  | {
      kind: 'metadata';
      matchID: string;
      /** Compare-and-set on the version; null writes unconditionally (boardgame.io's setMetadata). */
      expectedVersion: number | null;
      metadata: MetadataColumns;
    }
  | { kind: 'wipe'; matchID: string };

export interface MetadataColumns {
  json: string;
  unlisted: 0 | 1;
  updatedAt: number;
  gameoverJson: string | null;
}

/** What a write returns: true/false for compare-and-set writes and creates, undefined for a wipe. */
export type WriteResult = boolean | undefined;

const sql = {
  create: `INSERT INTO matches (match_id, game_name, state_id, state, metadata, unlisted, created_at,
             updated_at, gameover, rules_version, created_rules_version)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?)
           ON CONFLICT (match_id) DO NOTHING`,
  createInitial: 'INSERT INTO match_initial (match_id, initial_state) VALUES (?, ?)',
  // The rules check: a row without a version is under the pre-versioning rules (@unversioned).
  commit: `UPDATE matches SET state = @state, state_id = @stateID,
             rules_version = CASE WHEN @to IS NULL THEN rules_version ELSE @to END
           WHERE match_id = @matchID AND state_id = @previousStateID
             AND (@from IS NULL OR coalesce(rules_version, @unversioned) = @from)`,
  log: 'INSERT INTO match_log (match_id, state_id, entry) VALUES (?, ?, ?)',
  move: 'INSERT INTO match_moves (match_id, state_id, move) VALUES (?, ?, ?)',
  // A move's metadata patch edits the JSON in place (json_set) instead of read, parse, rebuild, rewrite,
  // in the same statement as the state: the row holds the state and the initial state (~20 KB), and
  // SQLite rewrites a whole row per UPDATE. The version still goes up, so a racing read-modify-write
  // (clock, lobby) cannot overwrite the patch.
  commitWithPatch: `UPDATE matches SET
            state = @state,
            state_id = @stateID,
            metadata = CASE WHEN @gameover IS NOT NULL AND gameover IS NULL
              THEN json_set(metadata, '$.updatedAt', @updatedAt, '$.gameover', json(@gameover))
              ELSE json_set(metadata, '$.updatedAt', @updatedAt) END,
            gameover = CASE WHEN gameover IS NULL THEN @gameover ELSE gameover END,
            updated_at = @updatedAt,
            metadata_version = metadata_version + 1,
            rules_version = CASE WHEN @to IS NULL THEN rules_version ELSE @to END
          WHERE match_id = @matchID AND state_id = @previousStateID
            AND (@from IS NULL OR coalesce(rules_version, @unversioned) = @from)`,
  metadataIfVersion: `UPDATE matches SET metadata = ?, metadata_version = metadata_version + 1, unlisted = ?,
                        updated_at = ?, gameover = ?
                      WHERE match_id = ? AND metadata_version = ?`,
  metadata: `UPDATE matches SET metadata = ?, metadata_version = metadata_version + 1, unlisted = ?,
               updated_at = ?, gameover = ?
             WHERE match_id = ?`,
  wipeLog: 'DELETE FROM match_log WHERE match_id = ?',
  wipeMoves: 'DELETE FROM match_moves WHERE match_id = ?',
  wipeMatch: 'DELETE FROM matches WHERE match_id = ?',
  wipeInitial: 'DELETE FROM match_initial WHERE match_id = ?',
} as const;

/** Runs writes on one connection with its statements prepared once. */
export class SqliteWriter {
  private readonly stmt: (sql: string) => Database.Statement;

  constructor(db: Database.Database) {
    this.stmt = statementCache(db);
  }

  /** One write, inside the caller's transaction; compare-and-set writes return whether they applied. */
  apply(write: SqliteWrite): WriteResult {
    switch (write.kind) {
      case 'create': {
        const { metadata } = write;
        const created =
          this.stmt(sql.create).run(
            write.matchID,
            write.gameName,
            write.stateID,
            write.stateJson,
            metadata.json,
            metadata.unlisted,
            write.createdAt,
            metadata.updatedAt,
            write.rulesVersion,
            write.rulesVersion,
          ).changes === 1;
        if (created) this.stmt(sql.createInitial).run(write.matchID, write.stateJson);
        return created;
      }
      case 'commit': {
        const row = {
          state: write.stateJson,
          stateID: write.stateID,
          matchID: write.matchID,
          previousStateID: write.stateID - 1,
          from: write.rules?.from ?? null,
          to: write.rules?.to ?? null,
          unversioned: PRE_VERSIONING_RULES_VERSION,
        };
        const updated = write.patch
          ? this.stmt(sql.commitWithPatch).run({
              ...row,
              updatedAt: write.patch.updatedAt,
              gameover: write.patch.gameoverJson,
            })
          : this.stmt(sql.commit).run(row);
        if (updated.changes !== 1) return false;
        for (const entry of write.logJson) this.stmt(sql.log).run(write.matchID, write.stateID, entry);
        if (write.moveJson !== null) this.stmt(sql.move).run(write.matchID, write.stateID, write.moveJson);
        return true;
      }
      case 'metadata': {
        const { metadata: m } = write;
        const columns = [m.json, m.unlisted, m.updatedAt, m.gameoverJson, write.matchID] as const;
        const result =
          write.expectedVersion === null
            ? this.stmt(sql.metadata).run(...columns)
            : this.stmt(sql.metadataIfVersion).run(...columns, write.expectedVersion);
        return result.changes === 1;
      }
      case 'wipe':
        this.stmt(sql.wipeLog).run(write.matchID);
        this.stmt(sql.wipeMoves).run(write.matchID);
        this.stmt(sql.wipeMatch).run(write.matchID);
        this.stmt(sql.wipeInitial).run(write.matchID);
        return undefined;
    }
  }
}
