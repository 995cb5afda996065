import { Worker } from 'node:worker_threads';
import type { GameRow } from './game-row.ts';
import type { GameTask, WorkerReply, WorkerTask } from './worker-tasks.ts';
import { batchSize, batches } from './worker-tasks.ts';
import type { WorkerSettings } from './worker.ts';
import { workerUrl } from './worker-bundle.ts';

/**
 * Game worker threads kept between runs, for a long-lived process (the game server's what-if preview):
 * starting workers and loading the bundle on every request would cost more than a small run. Same
 * worker (worker.ts), same batches and same ordering as the lab's `playInPool` (tools/sim/pool.ts), so a
 * row never depends on which pool played it. One run at a time: its caller queues. Workers that sit
 * idle for `idleMs` are stopped (their memory comes back) and started again by the next run.
 */

export interface ResidentPoolOptions {
  workers: number;
  /** Nice value of the worker threads (see WorkerSettings); undefined: the process's own priority. */
  niceness?: number;
  /** Stop the workers after this long without a run (default one minute). */
  idleMs?: number;
  /**
   * Heap limit of each worker thread, in MB (default 512): a game whose memory keeps growing ends its
   * worker (`ERR_WORKER_OUT_OF_MEMORY`), not the process hosting the pool. One allocation far past the
   * limit is still fatal to the process (V8 gives up without asking), so callers bound their inputs.
   */
  maxHeapMb?: number;
}

interface Run {
  queue: WorkerTask[][];
  next: number;
  rows: (GameRow | undefined)[];
  done: number;
  resolve: (rows: GameRow[]) => void;
  reject: (error: Error) => void;
}

const defaultIdleMs = 60_000;
const defaultMaxHeapMb = 512;

export class ResidentPool {
  private readonly workers = new Set<Worker>();
  private run: Run | undefined;
  private idleTimer: NodeJS.Timeout | undefined;
  private closed = false;

  constructor(private readonly options: ResidentPoolOptions) {}

  get isBusy(): boolean {
    return this.run !== undefined;
  }

  /** Threads alive now (0 before the first run, after `idleMs` idle, after a failure or `stop`). */
  get liveWorkers(): number {
    return this.workers.size;
  }

  /** Plays the tasks and resolves with their rows in task order. One run at a time. */
  async play(tasks: readonly GameTask[]): Promise<GameRow[]> {
    if (this.closed) throw new Error('the pool is closed');
    if (this.run) throw new Error('the pool is already running games');
    if (tasks.length === 0) return [];
    this.clearIdleTimer();
    const workerCount = Math.max(1, this.options.workers);
    const queue = batches(tasks, batchSize(tasks.length, workerCount));
    let run: Run | undefined;
    const promise = new Promise<GameRow[]>((resolve, reject) => {
      run = {
        queue,
        next: 0,
        rows: new Array<GameRow | undefined>(tasks.length).fill(undefined),
        done: 0,
        resolve,
        reject,
      };
    });
    // Claimed before the await below, so a second call cannot start while the bundle is being built.
    this.run = run;
    let url: URL;
    try {
      url = await workerUrl();
    } catch (error) {
      this.fail(error instanceof Error ? error : new Error(String(error)));
      return promise;
    }
    // Stopped (or closed) while the bundle was being built: the run has already been rejected.
    if (this.run !== run) return promise;
    while (this.workers.size < Math.min(workerCount, queue.length)) this.startWorker(url);
    for (const worker of this.workers) {
      worker.ref();
      this.feed(worker);
    }
    return promise;
  }

  /** Ends the running run (its promise rejects with `reason`) and stops every worker. */
  stop(reason: Error): void {
    if (this.run) this.fail(reason);
    else this.stopWorkers();
  }

  /** Stops everything for good; a run in progress rejects. */
  close(): void {
    this.closed = true;
    this.stop(new Error('the pool is closed'));
  }

  private startWorker(url: URL): void {
    const settings: WorkerSettings =
      this.options.niceness === undefined ? {} : { niceness: this.options.niceness };
    const worker = new Worker(url, {
      execArgv: [],
      workerData: settings,
      resourceLimits: { maxOldGenerationSizeMb: this.options.maxHeapMb ?? defaultMaxHeapMb },
    });
    this.workers.add(worker);
    worker.on('message', (reply: WorkerReply) => {
      this.receive(worker, reply);
    });
    worker.on('error', (error) => {
      if (this.workers.has(worker)) this.fail(error);
    });
    worker.on('exit', (code) => {
      if (this.workers.has(worker)) this.fail(new Error(`a simulation worker exited with code ${code}`));
    });
  }

  private feed(worker: Worker): void {
    const run = this.run;
    if (!run) return;
    const batch = run.queue[run.next];
    if (!batch) return;
    run.next++;
    worker.postMessage(batch);
  }

  private receive(worker: Worker, reply: WorkerReply): void {
    const run = this.run;
    // A reply from a worker this pool already let go (after a failure) belongs to no run.
    if (!run || !this.workers.has(worker)) return;
    if (reply.kind === 'error') {
      this.fail(new Error(reply.message));
      return;
    }
    for (const { taskId, row } of reply.rows) run.rows[taskId] = row;
    run.done += reply.rows.length;
    if (run.done < run.rows.length) {
      this.feed(worker);
      return;
    }
    const complete: GameRow[] = [];
    for (const row of run.rows) {
      if (!row) {
        this.fail(new Error('a worker lost a game'));
        return;
      }
      complete.push(row);
    }
    this.run = undefined;
    for (const each of this.workers) each.unref();
    this.armIdleTimer();
    run.resolve(complete);
  }

  private fail(error: Error): void {
    const run = this.run;
    this.run = undefined;
    // A worker may be half-way through a batch of the failed run: none is reused.
    this.stopWorkers();
    run?.reject(error);
  }

  private stopWorkers(): void {
    this.clearIdleTimer();
    const workers = [...this.workers];
    this.workers.clear();
    for (const worker of workers) void worker.terminate();
  }

  private armIdleTimer(): void {
    this.clearIdleTimer();
    this.idleTimer = setTimeout(() => {
      this.idleTimer = undefined;
      if (!this.run) this.stopWorkers();
    }, this.options.idleMs ?? defaultIdleMs);
    this.idleTimer.unref();
  }

  private clearIdleTimer(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = undefined;
  }
}
