/**
 * SQLite schema: one row per match (state, initial state, metadata), boardgame.io's log and the server's
 * journal of accepted moves, both append-only.
 */
export const sqliteSchema = `
CREATE TABLE IF NOT EXISTS matches (
  match_id TEXT PRIMARY KEY,
  game_name TEXT NOT NULL,
  state_id INTEGER NOT NULL,
  state TEXT NOT NULL,
  initial_state TEXT NOT NULL,
  metadata TEXT NOT NULL,
  metadata_version INTEGER NOT NULL DEFAULT 0,
  unlisted INTEGER NOT NULL DEFAULT 0,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  gameover TEXT
) STRICT;
CREATE INDEX IF NOT EXISTS matches_by_game ON matches (game_name, updated_at);
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
