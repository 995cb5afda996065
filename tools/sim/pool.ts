import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { GameRow } from '../../server/games/game-row.ts';
import { workerUrl } from '../../server/games/worker-bundle.ts';
import type { GameTask, WorkerReply, WorkerTask } from '../../server/games/worker-tasks.ts';
import { batchSize } from '../../server/games/worker-tasks.ts';

/**
 * Plays games on a pool of worker threads that lives for one run (the balance lab) and hands their rows on
 * in task order, whatever the worker count (server/games/worker-tasks.ts), as soon as each is next in line:
 * a run of a million games neither lists its tasks nor keeps its rows.
 */

export interface PoolOptions {
  workers: number;
  /** Called after every batch with the games finished so far. */
  onProgress?: (gamesDone: number, gamesTotal: number) => void;
  /** How far a worker may run ahead (see `defaultBatchesAhead`). */
  batchesAhead?: number;
}

/** The run's games by position, made when a worker needs them. */
export interface TaskList {
  count: number;
  at: (taskId: number) => GameTask;
}

/** The tasks of a list already in memory (a small run, a test). */
export function taskList(tasks: readonly GameTask[]): TaskList {
  return {
    count: tasks.length,
    at: (taskId) => {
      const task = tasks[taskId];
      if (!task) throw new Error(`no task ${taskId} in a list of ${tasks.length}`);
      return task;
    },
  };
}

/** Receives each run of rows that has become next in task order; rows come once each, in order. */
export type RowSink = (rows: readonly GameRow[]) => void;

/**
 * Plays a run's tasks and hands their rows to the sink in task order: `playInPool` on this machine's
 * threads, or a queue's workers (queue-coordinator.ts). The lab tallies whatever it is given the same way.
 */
export type GamePlayer = (tasks: TaskList, options: PoolOptions, sink: RowSink) => Promise<void>;

/**
 * How many batches a worker may run ahead of the first row not yet handed on: rows that came early wait in
 * memory, so a slow batch must not let the other workers race through the run.
 */
export const defaultBatchesAhead = 64;

export const defaultWorkerCount = (): number => availableParallelism();

export async function playInPool(tasks: TaskList, options: PoolOptions, sink: RowSink): Promise<void> {
  if (tasks.count === 0) return;
  const url = await workerUrl();
  return playWithWorkers(url, tasks, options, sink);
}

function batchAt(tasks: TaskList, size: number, batch: number): WorkerTask[] {
  const out: WorkerTask[] = [];
  const end = Math.min(tasks.count, (batch + 1) * size);
  for (let taskId = batch * size; taskId < end; taskId++) out.push({ ...tasks.at(taskId), taskId });
  return out;
}

function playWithWorkers(url: URL, tasks: TaskList, options: PoolOptions, sink: RowSink): Promise<void> {
  const size = batchSize(tasks.count, Math.max(1, options.workers));
  const batchCount = Math.ceil(tasks.count / size);
  const workerCount = Math.max(1, Math.min(options.workers, batchCount));
  const ahead = Math.max(1, options.batchesAhead ?? defaultBatchesAhead);
  /** Rows that came before one of their predecessors, by task id. */
  const early = new Map<number, GameRow>();
  let nextToHandOn = 0;
  return new Promise((resolve, reject) => {
    const workers: Worker[] = [];
    /** Workers this pool stopped itself: their exit (code 1 after terminate) is no failure. */
    const retired = new Set<Worker>();
    const retire = (worker: Worker): void => {
      retired.add(worker);
      void worker.terminate();
    };
    /** Workers waiting for the rows in line to catch up (see `defaultBatchesAhead`). */
    const parked: Worker[] = [];
    let done = 0;
    let failed = false;
    let nextBatch = 0;
    const fail = (error: Error): void => {
      if (failed) return;
      failed = true;
      for (const worker of workers) retire(worker);
      reject(error);
    };
    const feed = (worker: Worker): void => {
      if (nextBatch >= batchCount) {
        retire(worker);
        return;
      }
      if (nextBatch * size >= nextToHandOn + ahead * size) {
        parked.push(worker);
        return;
      }
      worker.postMessage(batchAt(tasks, size, nextBatch));
      nextBatch++;
    };
    const handOn = (): void => {
      const inLine: GameRow[] = [];
      for (let row = early.get(nextToHandOn); row; row = early.get(nextToHandOn)) {
        early.delete(nextToHandOn);
        inLine.push(row);
        nextToHandOn++;
      }
      if (inLine.length > 0) sink(inLine);
    };
    const finish = (): void => {
      for (const each of workers) retire(each);
      if (nextToHandOn === tasks.count) resolve();
      else fail(new Error('a worker lost a game'));
    };
    const onReply = (worker: Worker, reply: WorkerReply): void => {
      if (reply.kind === 'error') throw new Error(reply.message);
      for (const { taskId, row } of reply.rows) early.set(taskId, row);
      done += reply.rows.length;
      handOn();
      options.onProgress?.(done, tasks.count);
      if (done === tasks.count) {
        finish();
        return;
      }
      feed(worker);
      for (let waiting = parked.length; waiting > 0; waiting--) {
        const next = parked.shift();
        if (next) feed(next);
      }
    };
    for (let w = 0; w < workerCount; w++) {
      const worker = new Worker(url, { execArgv: [] });
      workers.push(worker);
      worker.on('message', (reply: WorkerReply) => {
        if (failed) return;
        try {
          onReply(worker, reply);
        } catch (error) {
          // A worker's error, or the sink's (a full disk under --out): the run stops either way.
          fail(error instanceof Error ? error : new Error(String(error)));
        }
      });
      worker.on('error', (error) => {
        fail(error);
      });
      worker.on('exit', (code) => {
        if (!failed && !retired.has(worker) && done < tasks.count)
          fail(new Error(`a simulation worker exited with code ${code}`));
      });
      feed(worker);
    }
  });
}
