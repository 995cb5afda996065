import pg from 'pg';
import { schemaNamePattern } from './postgres-schema.ts';
import { log } from '../log.ts';

export interface DurablePoolOptions {
  connectionString: string;
  /** A schema of its own (DATABASE_SCHEMA); its name is checked before it reaches a setting. */
  schema?: string;
  maxConnections: number;
  /** Names the pool in the log line of an idle client's error. */
  label: string;
}

/**
 * A pool whose every session commits durably (`synchronous_commit=on`: a write is in the WAL on disk
 * before it resolves) and, with a schema, searches it first. The match store and the classroom store
 * both open theirs here, so they can never differ on either.
 */
export function durablePostgresPool(options: DurablePoolOptions): pg.Pool {
  const settings = ['-c synchronous_commit=on'];
  if (options.schema !== undefined) {
    if (!schemaNamePattern.test(options.schema)) throw new Error(`bad schema name ${options.schema}`);
    settings.push(`-c search_path=${options.schema}`);
  }
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.maxConnections,
    options: settings.join(' '),
    connectionTimeoutMillis: 10_000,
  });
  pool.on('error', (error) => {
    log.error({ err: error, pool: options.label }, 'idle PostgreSQL client error');
  });
  return pool;
}
