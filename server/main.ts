import path from 'node:path';
import { startServer } from './server.ts';
import { defaultLimits } from './transport/limits.ts';

/**
 * `npm start`: one process, one port: the built client, the Lobby API, Socket.IO. Matches in SQLite
 * under DATA_DIR, or in PostgreSQL when DATABASE_URL is set; REDIS_URL lets several processes serve
 * matches together.
 */
const port = Number.parseInt(process.env.PORT ?? '8000', 10);
const dataDir = path.resolve(process.env.DATA_DIR ?? 'data');
const options: Parameters<typeof startServer>[0] = {
  port,
  dataDir,
  clientDir: path.resolve(process.env.CLIENT_DIR ?? 'dist'),
};
const env = (name: string): string | undefined => {
  const value = process.env[name];
  return value === undefined || value === '' ? undefined : value;
};
if (process.env.ORIGINS !== undefined) options.origins = process.env.ORIGINS;
const databaseUrl = env('DATABASE_URL');
if (databaseUrl !== undefined) options.databaseUrl = databaseUrl;
const databaseSchema = env('DATABASE_SCHEMA');
if (databaseSchema !== undefined) options.databaseSchema = databaseSchema;
const redisUrl = env('REDIS_URL');
if (redisUrl !== undefined) options.redisUrl = redisUrl;
const redisNamespace = env('REDIS_NAMESPACE');
if (redisNamespace !== undefined) options.redisNamespace = redisNamespace;

/** A positive number from the environment; a bad value stops the start rather than run unlimited. */
const positive = (name: string): number | undefined => {
  const text = env(name);
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0)
    throw new Error(`${name} must be a positive number, not "${text}"`);
  return value;
};
const createsPerMinute = positive('MATCH_CREATES_PER_MINUTE');
if (createsPerMinute !== undefined)
  options.limits = {
    ...defaultLimits,
    createsPerAddress: { perSecond: createsPerMinute / 60, burst: Math.max(1, Math.round(createsPerMinute)) },
  };
const openExpiryMinutes = positive('OPEN_MATCH_EXPIRY_MINUTES');
const abandonAfterDays = positive('ABANDON_AFTER_DAYS');
options.lifecycle = {
  ...(openExpiryMinutes === undefined ? {} : { openExpiryMs: openExpiryMinutes * 60_000 }),
  ...(abandonAfterDays === undefined ? {} : { abandonAfterMs: abandonAfterDays * 86_400_000 }),
};

const server = await startServer(options);
const storage = databaseUrl === undefined ? `SQLite under ${dataDir}` : 'PostgreSQL';
const bus = redisUrl === undefined ? 'single process' : 'Redis bus';
console.log(`Silicon Curtain serving on ${server.url} (${storage}; ${bus})`);

let stopping = false;
const stop = (signal: string): void => {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: draining`);
  server.drain().then(
    () => {
      console.log('drained; storage closed');
      process.exit(0);
    },
    (error: unknown) => {
      console.error('drain failed', error);
      process.exit(1);
    },
  );
};
process.on('SIGTERM', () => {
  stop('SIGTERM');
});
process.on('SIGINT', () => {
  stop('SIGINT');
});
