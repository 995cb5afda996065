import os from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { playRow } from './game-row.ts';
import type { WorkerReply, WorkerTask } from './worker-tasks.ts';

/** A simulation worker thread: plays each batch of games it is sent and posts their rows back. */

const port = parentPort;
if (!port) throw new Error('server/games/worker.ts runs only as a worker thread');

/** What a pool may ask of its workers at start (`workerData`). */
export interface WorkerSettings {
  /**
   * Lower this thread's priority to this nice value: a pool inside the game server (the what-if preview)
   * must not take the cores from the thread that answers moves. On Linux the nice value belongs to a
   * thread, and `os.setPriority(n)` sets the calling one.
   */
  niceness?: number;
}

const settings = workerData as WorkerSettings | undefined;
if (typeof settings?.niceness === 'number') {
  try {
    os.setPriority(settings.niceness);
  } catch {
    // Not permitted here (some containers): the games still play, at the usual priority.
  }
}

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
