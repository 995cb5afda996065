import { parentPort } from 'node:worker_threads';
import { playRow } from './game-row.ts';
import type { WorkerReply, WorkerTask } from './pool.ts';

/** A simulation worker thread: plays each batch of games it is sent and posts their rows back. */

const port = parentPort;
if (!port) throw new Error('server/sim/worker.ts runs only as a worker thread');

port.on('message', (batch: readonly WorkerTask[]) => {
  try {
    const rows = batch.map((task) => ({ taskId: task.taskId, row: playRow(task.options, task.index) }));
    const reply: WorkerReply = { kind: 'rows', rows };
    port.postMessage(reply);
  } catch (error) {
    const reply: WorkerReply = {
      kind: 'error',
      message: error instanceof Error ? error.message : String(error),
    };
    port.postMessage(reply);
  }
});
