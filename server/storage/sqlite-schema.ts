import type Database from 'better-sqlite3';

/**
 * SQLite schema: one row per match (state, metadata), its initial state in a table of its own (written
 * once: SQLite rewrites a whole row on every UPDATE, and a move updates the match row), boardgame.io's
 * log and the server's journal of accepted moves, both append-only.
 */
export const sqliteSchema = `
CREATE TABLE IF NOT EXISTS matches (
  match_id TEXT PRIMARY KEY,
  game_name TEXT NOT NULL,
  state_id INTEGER NOT NULL,
  state TEXT NOT NULL,
  metadata TEXT NOT NULL,
  metadata_version INTEGER NOT NULL DEFAULT 0,
  unlisted INTEGER NOT NULL DEFAULT 0,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  gameover TEXT,
  rules_version TEXT,
  created_rules_version TEXT
) STRICT;
CREATE INDEX IF NOT EXISTS matches_by_game ON matches (game_name, updated_at);
CREATE TABLE IF NOT EXISTS match_initial (
  match_id TEXT PRIMARY KEY,
  initial_state TEXT NOT NULL
) STRICT;
CREATE TABLE IF NOT EXISTS match_log (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  match_id TEXT NOT NULL,
  state_id INTEGER NOT NULL,
  entry TEXT NOT NULL
) STRICT;
CREATE INDEX IF NOT EXISTS match_log_by_match ON match_log (match_id, id);
CREATE TABLE IF NOT EXISTS match_moves (
  match_id TEXT NOT NULL,
  state_id INTEGER NOT NULL,
  move TEXT NOT NULL,
  PRIMARY KEY (match_id, state_id)
) STRICT;
CREATE TRIGGER IF NOT EXISTS match_moves_append_only BEFORE UPDATE ON match_moves
BEGIN
  SELECT RAISE(ABORT, 'match_moves is append-only');
END;
CREATE TRIGGER IF NOT EXISTS match_log_append_only BEFORE UPDATE ON match_log
BEGIN
  SELECT RAISE(ABORT, 'match_log is append-only');
END;
`;

/**
 * Brings a match file of an earlier version up to this schema (run once, on the main connection, before
 * any write): match rows that still hold their initial state give it to `match_initial`; a file from
 * before rules versions gets their columns, NULL in its rows (read as the pre-versioning rules).
 */
export function migrateSqlite(db: Database.Database): void {
  const columns = new Set((db.pragma('table_info(matches)') as { name: string }[]).map((c) => c.name));
  const current =
    !columns.has('initial_state') && columns.has('rules_version') && columns.has('created_rules_version');
  if (current) return;
  db.transaction(() => {
    if (columns.has('initial_state'))
      db.exec(`INSERT OR IGNORE INTO match_initial (match_id, initial_state)
                 SELECT match_id, initial_state FROM matches;
               ALTER TABLE matches DROP COLUMN initial_state;`);
    if (!columns.has('rules_version')) db.exec('ALTER TABLE matches ADD COLUMN rules_version TEXT');
    if (!columns.has('created_rules_version'))
      db.exec('ALTER TABLE matches ADD COLUMN created_rules_version TEXT');
  }).immediate();
}
