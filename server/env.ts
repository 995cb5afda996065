import path from 'node:path';
import type { LifecycleTimes } from './lobby/lifecycle.ts';
import type { ServerOptions } from './server.ts';

/** The environment's settings, read the same way by the server (main.ts) and the operator's commands. */

/** A variable's value; unset and empty are the same. */
export function env(name: string): string | undefined {
  const value = process.env[name];
  return value === undefined || value === '' ? undefined : value;
}

/** A positive number; a bad value stops the start rather than run with no limit. */
export function positiveEnv(name: string): number | undefined {
  const text = env(name);
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0)
    throw new Error(`${name} must be a positive number, not "${text}"`);
  return value;
}

/** Where matches are stored: DATA_DIR (SQLite), or DATABASE_URL and DATABASE_SCHEMA (PostgreSQL). */
export function storeOptionsFromEnv(): Pick<ServerOptions, 'dataDir' | 'databaseUrl' | 'databaseSchema'> {
  const databaseUrl = env('DATABASE_URL');
  const databaseSchema = env('DATABASE_SCHEMA');
  return {
    dataDir: path.resolve(env('DATA_DIR') ?? 'data'),
    ...(databaseUrl === undefined ? {} : { databaseUrl }),
    ...(databaseSchema === undefined ? {} : { databaseSchema }),
  };
}

/** OPEN_MATCH_EXPIRY_MINUTES and ABANDON_AFTER_DAYS, where set. */
export function lifecycleFromEnv(): Partial<LifecycleTimes> {
  const openExpiryMinutes = positiveEnv('OPEN_MATCH_EXPIRY_MINUTES');
  const abandonAfterDays = positiveEnv('ABANDON_AFTER_DAYS');
  return {
    ...(openExpiryMinutes === undefined ? {} : { openExpiryMs: openExpiryMinutes * 60_000 }),
    ...(abandonAfterDays === undefined ? {} : { abandonAfterMs: abandonAfterDays * 86_400_000 }),
  };
}
