import path from 'node:path';
import { startServer } from './server.ts';

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
