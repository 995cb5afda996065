import path from 'node:path';
import { env, lifecycleFromEnv, positiveEnv, storeOptionsFromEnv } from './env.ts';
import { log } from './log.ts';
import { startServer } from './server.ts';
import { defaultLimits } from './transport/limits.ts';

/**
 * `npm start`: one process, one port: the built client, the Lobby API, Socket.IO. Matches in SQLite
 * under DATA_DIR, or in PostgreSQL when DATABASE_URL is set; REDIS_URL lets several processes serve
 * matches together.
 */
const port = Number.parseInt(process.env.PORT ?? '8000', 10);
const storage = storeOptionsFromEnv();
const options: Parameters<typeof startServer>[0] = {
  port,
  ...storage,
  clientDir: path.resolve(process.env.CLIENT_DIR ?? 'dist/client'),
  lifecycle: lifecycleFromEnv(),
};
if (process.env.ORIGINS !== undefined) options.origins = process.env.ORIGINS;
const host = env('HOST');
if (host !== undefined) options.host = host;
const trustedProxies = env('TRUSTED_PROXIES');
if (trustedProxies !== undefined) options.trustedProxies = trustedProxies;
const redisUrl = env('REDIS_URL');
if (redisUrl !== undefined) options.redisUrl = redisUrl;
const redisNamespace = env('REDIS_NAMESPACE');
if (redisNamespace !== undefined) options.redisNamespace = redisNamespace;
const createsPerMinute = positiveEnv('MATCH_CREATES_PER_MINUTE');
if (createsPerMinute !== undefined)
  options.limits = {
    ...defaultLimits,
    createsPerAddress: { perSecond: createsPerMinute / 60, burst: Math.max(1, Math.round(createsPerMinute)) },
  };

const server = await startServer(options);
const where = storage.databaseUrl === undefined ? `SQLite under ${storage.dataDir}` : 'PostgreSQL';
const bus = redisUrl === undefined ? 'single process' : 'Redis bus';
log.info(
  { url: server.url, port: server.port },
  `Silicon Curtain serving on ${server.url} (${where}; ${bus})`,
);

let stopping = false;
const stop = (signal: string): void => {
  if (stopping) return;
  stopping = true;
  log.info({ signal }, 'draining');
  server.drain().then(
    () => {
      log.info('drained; storage closed');
      process.exit(0);
    },
    (error: unknown) => {
      log.error({ err: error }, 'drain failed');
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
