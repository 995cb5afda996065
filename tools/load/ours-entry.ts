/** Child process of a load run: our server (server.ts) on loopback, SQLite under DATA_DIR. */
import { startServer } from '../../server/server.ts';
import { profileIfAsked } from './cpu-profile.ts';
import { reportStatsOnSignal } from './server-stats.ts';
import { loadLimits } from './limits.ts';

const dataDir = process.env.DATA_DIR;
if (dataDir === undefined) throw new Error('DATA_DIR is required');
await profileIfAsked(process.env);
const server = await startServer({
  port: 0,
  host: '127.0.0.1',
  dataDir,
  clientDir: dataDir,
  limits: loadLimits,
});
reportStatsOnSignal(() => server.authority.acceptedMoveMicros);
console.log(`serving on http://127.0.0.1:${server.port} store=${server.store.kind}`);
