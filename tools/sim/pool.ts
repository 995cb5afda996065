import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { GameRow } from '../../server/games/game-row.ts';
import { workerUrl } from '../../server/games/worker-bundle.ts';
import type { GameTask, WorkerReply } from '../../server/games/worker-tasks.ts';
import { batchSize, batches } from '../../server/games/worker-tasks.ts';

/**
 * Plays games on a pool of worker threads that lives for one run (the balance lab). Rows come back in
 * task order whatever the worker count (server/games/worker-tasks.ts).
 */

export interface PoolOptions {
  workers: number;
  /** Called after every batch with the games finished so far. */
  onProgress?: (gamesDone: number, gamesTotal: number) => void;
}

export const defaultWorkerCount = (): number => availableParallelism();

export async function playInPool(tasks: readonly GameTask[], options: PoolOptions): Promise<GameRow[]> {
  if (tasks.length === 0) return [];
  const url = await workerUrl();
  return playWithWorkers(url, tasks, options);
}

function playWithWorkers(url: URL, tasks: readonly GameTask[], options: PoolOptions): Promise<GameRow[]> {
  const queue = batches(tasks, batchSize(tasks.length, Math.max(1, options.workers)));
  const workerCount = Math.max(1, Math.min(options.workers, queue.length));
  const rows: (GameRow | undefined)[] = new Array<GameRow | undefined>(tasks.length).fill(undefined);
  return new Promise((resolve, reject) => {
    const workers: Worker[] = [];
    /** Workers this pool stopped itself: their exit (code 1 after terminate) is no failure. */
    const retired = new Set<Worker>();
    const retire = (worker: Worker): void => {
      retired.add(worker);
      void worker.terminate();
    };
    let done = 0;
    let failed = false;
    let next = 0;
    const fail = (error: Error): void => {
      if (failed) return;
      failed = true;
      for (const worker of workers) retire(worker);
      reject(error);
    };
    const feed = (worker: Worker): void => {
      const batch = queue[next];
      next++;
      if (batch) worker.postMessage(batch);
      else retire(worker);
    };
    const finish = (): void => {
      const complete: GameRow[] = [];
      for (const row of rows) {
        if (!row) {
          fail(new Error('a worker lost a game'));
          return;
        }
        complete.push(row);
      }
      resolve(complete);
    };
    for (let w = 0; w < workerCount; w++) {
      const worker = new Worker(url, { execArgv: [] });
      workers.push(worker);
      worker.on('message', (reply: WorkerReply) => {
        if (failed) return;
        if (reply.kind === 'error') {
          fail(new Error(reply.message));
          return;
        }
        for (const { taskId, row } of reply.rows) rows[taskId] = row;
        done += reply.rows.length;
        options.onProgress?.(done, tasks.length);
        if (done === tasks.length) {
          for (const each of workers) retire(each);
          finish();
        } else feed(worker);
      });
      worker.on('error', (error) => {
        fail(error);
      });
      worker.on('exit', (code) => {
        if (!failed && !retired.has(worker) && done < tasks.length)
          fail(new Error(`a simulation worker exited with code ${code}`));
      });
      feed(worker);
    }
  });
}
