/**
 * PostgreSQL schema, mirroring sqlite-schema.ts: one row per match (state, initial state, metadata),
 * boardgame.io's log and the server's journal of accepted moves, both append-only (a trigger refuses
 * every UPDATE, as SQLite's do). Every statement is idempotent; `migrate` runs them in one transaction
 * under an advisory lock, so several processes starting at once do not race.
 */
export const postgresSchema = `
CREATE TABLE IF NOT EXISTS matches (
  match_id TEXT PRIMARY KEY,
  game_name TEXT NOT NULL,
  state_id INTEGER NOT NULL,
  state TEXT NOT NULL,
  initial_state TEXT NOT NULL,
  metadata TEXT NOT NULL,
  metadata_version INTEGER NOT NULL DEFAULT 0,
  unlisted BOOLEAN NOT NULL DEFAULT FALSE,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  gameover TEXT
);
-- Rules versions (NULL in rows stored before they were recorded: the pre-versioning rules).
ALTER TABLE matches ADD COLUMN IF NOT EXISTS rules_version TEXT;
ALTER TABLE matches ADD COLUMN IF NOT EXISTS created_rules_version TEXT;
CREATE INDEX IF NOT EXISTS matches_by_game ON matches (game_name, updated_at);
CREATE TABLE IF NOT EXISTS match_log (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  match_id TEXT NOT NULL,
  state_id INTEGER NOT NULL,
  entry TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS match_log_by_match ON match_log (match_id, id);
CREATE TABLE IF NOT EXISTS match_moves (
  match_id TEXT NOT NULL,
  state_id INTEGER NOT NULL,
  move TEXT NOT NULL,
  PRIMARY KEY (match_id, state_id)
);
CREATE OR REPLACE FUNCTION refuse_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
END;
$$;
CREATE OR REPLACE TRIGGER match_log_append_only BEFORE UPDATE ON match_log
  FOR EACH ROW EXECUTE FUNCTION refuse_update();
CREATE OR REPLACE TRIGGER match_moves_append_only BEFORE UPDATE ON match_moves
  FOR EACH ROW EXECUTE FUNCTION refuse_update();
`;

/** Any constant: the advisory lock that serialises migrations across processes. */
export const migrationLock = 0x5c_2026;

/** Schema names we accept (they are interpolated into SQL, so nothing but these characters). */
export const schemaNamePattern = /^[a-z_][a-z0-9_]{0,62}$/;
