import path from 'node:path';
import { startServer } from './server.ts';

/** `npm start`: one process, one port: the built client, the Lobby API, Socket.IO; SQLite under DATA_DIR. */
const port = Number.parseInt(process.env.PORT ?? '8000', 10);
const dataDir = path.resolve(process.env.DATA_DIR ?? 'data');
const options: Parameters<typeof startServer>[0] = {
  port,
  dataDir,
  clientDir: path.resolve(process.env.CLIENT_DIR ?? 'dist'),
};
if (process.env.ORIGINS !== undefined) options.origins = process.env.ORIGINS;

const server = await startServer(options);
console.log(`Silicon Curtain serving on ${server.url} (SQLite under ${dataDir})`);

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
