import type { MatchStore } from './match-store.ts';
import { PostgresStore } from './postgres-store.ts';
import { SqliteStore } from './sqlite-store.ts';

/** Where the matches are: a ready store (tests), else PostgreSQL when a URL is given, else SQLite. */
export interface StoreChoice {
  store?: MatchStore;
  /** SQLite's folder (matches.sqlite), when no database URL is given. */
  dataDir: string;
  databaseUrl?: string;
  databaseSchema?: string;
}

/**
 * The store the options name: the server's, and the operator's commands' (server/cli/archive-matches.ts),
 * which import it alone so their compiled file carries the storage and nothing of the serving code.
 */
export async function openStore(options: StoreChoice): Promise<MatchStore> {
  if (options.store) return options.store;
  if (options.databaseUrl === undefined) {
    const sqlite = SqliteStore.inDirectory(options.dataDir);
    // Serve nothing before writes run at once: a clock started at creation must not pay for the boot.
    await sqlite.ready();
    return sqlite;
  }
  const postgres: Parameters<typeof PostgresStore.open>[0] = { connectionString: options.databaseUrl };
  if (options.databaseSchema !== undefined) postgres.schema = options.databaseSchema;
  return PostgresStore.open(postgres);
}
