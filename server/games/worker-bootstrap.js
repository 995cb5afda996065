/**
 * Entry point of a worker thread when its esbuild bundle is not available (server/games/worker-bundle.ts).
 * A worker starts without the parent's TypeScript loader (the CLI runs under tsx, the tests under Vitest),
 * so this plain module registers tsx's ESM loader and then imports the TypeScript worker body: `entry`
 * of the worker data (a file URL: the bench's engines, tools/cli/bench.ts), or the game worker beside it.
 */
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const entry = typeof workerData?.entry === 'string' ? workerData.entry : './worker.ts';
await import(entry);
