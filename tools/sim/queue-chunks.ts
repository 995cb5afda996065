import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { z } from 'zod';
import type { GameRow } from '../../server/games/game-row.ts';
import { gameSeed } from '../../server/games/seeds.ts';
import type { GameTask } from '../../server/games/worker-tasks.ts';
import type { TaskList } from './pool.ts';

/**
 * What a queued chunk holds and what its worker answers. A chunk is a batch of the local pool's tasks
 * (server/games/worker-tasks.ts): consecutive games of the run, each named by (options, index), so its rows
 * do not depend on the machine that plays it. The rows go back deflated: a run keeps every chunk's rows in
 * Redis until it ends (a restarted coordinator collects them), and they shrink about tenfold.
 */

export interface ChunkJob {
  /** The rules key of the coordinator's code (queue-keys.ts): a worker of other code refuses the chunk. */
  rulesKey: string;
  runKey: string;
  chunk: number;
  tasks: GameTask[];
}

/** A chunk is tried this many times before it fails for good (a game that throws, a thread out of memory). */
export const chunkAttempts = 3;

export interface ChunkResult {
  /** base64 of the raw-deflated JSON of the chunk's rows, in task order. */
  rows: string;
}

const simOptionsSchema = z.object({
  games: z.number().int().min(1),
  seed: z.string(),
  scenarioId: z.string(),
  us: z.string(),
  china: z.string(),
  overrides: z.record(z.string(), z.number()).optional(),
});

const chunkJobSchema = z.object({
  rulesKey: z.string().min(1),
  runKey: z.string().min(1),
  chunk: z.number().int().min(0),
  tasks: z.array(z.object({ options: simOptionsSchema, index: z.number().int().min(0) })).min(1),
});

/** A job's data as the worker trusts it, or a plain-words reason it is not a chunk. */
export function parseChunkJob(data: unknown): ChunkJob | string {
  const parsed = chunkJobSchema.safeParse(data);
  if (!parsed.success) return `not a chunk of the balance lab: ${parsed.error.issues[0]?.message ?? ''}`;
  const { rulesKey, runKey, chunk } = parsed.data;
  const tasks = parsed.data.tasks.map(({ options, index }): GameTask => {
    const { overrides, ...rest } = options;
    return { options: overrides === undefined ? rest : { ...rest, overrides }, index };
  });
  return { rulesKey, runKey, chunk, tasks };
}

export const chunkCount = (tasks: TaskList, chunkGames: number): number =>
  Math.ceil(tasks.count / chunkGames);

/** The tasks of chunk `chunk`: games chunk × chunkGames onwards, as many as the run has left. */
export function chunkTasks(tasks: TaskList, chunkGames: number, chunk: number): GameTask[] {
  const out: GameTask[] = [];
  const end = Math.min(tasks.count, (chunk + 1) * chunkGames);
  for (let taskId = chunk * chunkGames; taskId < end; taskId++) out.push(tasks.at(taskId));
  return out;
}

export function encodeRows(rows: readonly GameRow[]): ChunkResult {
  return { rows: deflateRawSync(JSON.stringify(rows)).toString('base64') };
}

/**
 * The rows of a chunk's result, checked against its tasks (one row per game, each of the game its task
 * names): a result that does not match is an error, never rows in the wrong place.
 */
export function decodeRows(result: unknown, tasks: readonly GameTask[]): GameRow[] {
  const encoded = (result as Partial<ChunkResult> | null)?.rows;
  if (typeof encoded !== 'string') throw new Error('a chunk completed without rows');
  const rows = JSON.parse(inflateRawSync(Buffer.from(encoded, 'base64')).toString('utf8')) as GameRow[];
  if (!Array.isArray(rows) || rows.length !== tasks.length)
    throw new Error(`a chunk of ${tasks.length} games came back with ${String(rows.length)} rows`);
  tasks.forEach((task, i) => {
    const seed = gameSeed(task.options.seed, task.index);
    if (rows[i]?.index !== task.index || rows[i]?.seed !== seed)
      throw new Error(`a chunk's row ${i} is not game ${seed}`);
  });
  return rows;
}
