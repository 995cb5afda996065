import type { GameRow, SimOptions } from './game-row.ts';

/**
 * What a game pool and its worker threads (worker.ts) say to each other, and how tasks are cut into
 * batches: shared by the resident pool inside the server (the what-if preview) and the balance lab's
 * one-shot pool (tools/sim/pool.ts). Each task names its game by (options, index), so a game's result
 * does not depend on which worker plays it or when.
 */

export interface GameTask {
  options: SimOptions;
  index: number;
}

export interface WorkerTask extends GameTask {
  taskId: number;
}

export type WorkerReply =
  { kind: 'rows'; rows: { taskId: number; row: GameRow }[] } | { kind: 'error'; message: string };

/** Small batches keep every worker busy to the end; big enough that messaging costs little. */
export function batchSize(tasks: number, workers: number): number {
  return Math.max(1, Math.min(25, Math.ceil(tasks / (workers * 16))));
}

export function batches(tasks: readonly GameTask[], size: number): WorkerTask[][] {
  const out: WorkerTask[][] = [];
  for (let start = 0; start < tasks.length; start += size)
    out.push(tasks.slice(start, start + size).map((task, offset) => ({ ...task, taskId: start + offset })));
  return out;
}
