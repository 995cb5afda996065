import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { redisProblem } from '../../../tools/sim/queue-args.ts';

/**
 * PostgreSQL and Redis for the tests. Without them (a laptop) their suites are skipped and a console
 * line names the reason; under CI=true they are required: the suites run and fail when unreachable.
 */
export const testDatabaseUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
export const testRedisUrl = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
export const servicesRequired = process.env.CI === 'true' || process.env.CI === '1';

const probeTimeoutMs = 3_000;

/** Why PostgreSQL cannot be used, or undefined when it answers. */
export async function postgresUnreachable(url = testDatabaseUrl): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: probeTimeoutMs });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return undefined;
  } catch (error) {
    return `PostgreSQL at ${url} is unreachable (${String(error)})`;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Why Redis cannot be used, or undefined when it answers PING (the probe `sim --queue` makes). */
export async function redisUnreachable(url = testRedisUrl): Promise<string | undefined> {
  const problem = await redisProblem(url, probeTimeoutMs);
  return problem === undefined ? undefined : `Redis at ${url} is unreachable (${problem})`;
}

/**
 * Whether a suite needing these services is skipped: only when one is unreachable and CI is not set.
 * Prints the reason either way, so a skipped (or failing) suite always says why.
 */
export function skipReason(suite: string, reasons: (string | undefined)[]): string | undefined {
  const found = reasons.filter((reason): reason is string => reason !== undefined);
  if (found.length === 0) return undefined;
  const why = found.join('; ');
  if (servicesRequired) {
    console.error(`${suite}: REQUIRED under CI=true but ${why}`);
    return undefined;
  }
  console.warn(`${suite}: SKIPPED because ${why} (set CI=true to require it)`);
  return why;
}

/** A short random name for a test's schema or Redis namespace. */
export const uniqueName = (prefix: string): string => `${prefix}_${randomBytes(6).toString('hex')}`;

/** A PostgreSQL schema of the test's own; `drop()` removes it and everything in it. */
export interface TestSchema {
  name: string;
  drop(): Promise<void>;
}

export function testSchema(): TestSchema {
  const name = uniqueName('t');
  return {
    name,
    drop: async () => {
      const client = new pg.Client({ connectionString: testDatabaseUrl });
      await client.connect();
      try {
        await client.query(`DROP SCHEMA IF EXISTS ${name} CASCADE`);
      } finally {
        await client.end();
      }
    },
  };
}
