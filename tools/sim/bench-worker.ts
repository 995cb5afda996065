import { parentPort, workerData } from 'node:worker_threads';
import type { EngineRequest, EngineReply, EngineRole } from './bench-engines.ts';
import { createEngine } from './bench-engines.ts';

/**
 * One engine of the bench (tools/sim/bench-engines.ts) in its own worker thread, started from its
 * esbuild bundle by tools/cli/bench.ts. The parent set NODE_ENV=production before starting it.
 */

const port = parentPort;
if (!port) throw new Error('tools/sim/bench-worker.ts runs only as a worker thread');
const { role } = workerData as { role: EngineRole };
const engine = createEngine(role);

port.on('message', (request: EngineRequest) => {
  let reply: EngineReply;
  try {
    reply = engine(request);
  } catch (error) {
    reply = { kind: 'error', message: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(reply);
});
