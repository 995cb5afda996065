import { hostname } from 'node:os';
import type { Job } from 'bullmq';
import { UnrecoverableError, Worker } from 'bullmq';
import type { GameRow } from '../../server/games/game-row.ts';
import { ResidentPool } from '../../server/games/resident-pool.ts';
import { workerUrl } from '../../server/games/worker-bundle.ts';
import type { GameTask } from '../../server/games/worker-tasks.ts';
import type { ChunkResult } from './queue-chunks.ts';
import { encodeRows, parseChunkJob } from './queue-chunks.ts';
import type { RulesKey } from './queue-keys.ts';
import { defaultQueueNamespace, describeRulesKey, queueNameFor, runningRulesKey } from './queue-keys.ts';

/**
 * A machine's share of a queued run (`npm run -s sim:worker`): a BullMQ worker on the queue of its own
 * rules key that plays each chunk on one of its game threads (the lab's worker thread, through a resident
 * pool of one thread per concurrent chunk) and answers the chunk's rows. The main thread only talks to
 * Redis, so it renews a chunk's lock on time however long the games take; a worker that dies stops renewing
 * and its chunk goes to another worker after `stallSeconds`.
 */

export interface QueueWorkerSettings {
  url: string;
  namespace?: string;
  /** Chunks played at once, one game thread each. */
  concurrency: number;
  /** How long a chunk whose worker stopped answering stays with it before another worker takes it. */
  stallSeconds: number;
  /** The code this worker plays (default: this checkout's); a test gives another to see it refused. */
  rulesKey?: RulesKey;
  /** Shown on the chunks it plays (BullMQ's processedBy); default host and process id. */
  name?: string;
  /** Told when a chunk is played or refused. */
  onChunk?: (event: ChunkEvent) => void;
  /** Told of a Redis error (BullMQ reconnects by itself; the chunks wait meanwhile). */
  onError?: (error: Error) => void;
}

export type ChunkEvent =
  | { kind: 'played'; runKey: string; chunk: number; games: number; seconds: number }
  | { kind: 'refused'; reason: string };

export interface QueueWorker {
  readonly rulesKey: RulesKey;
  readonly queueName: string;
  readonly name: string;
  /** Lets the chunks in hand finish (or, with `force`, drops them to be played again) and disconnects. */
  close(force?: boolean): Promise<void>;
}

/** How often a chunk may lose its worker (a killed process) and be played again before it fails. */
const maxStalledCount = 5;

/** Why a chunk of other code is refused, in plain words. */
export function refusal(chunkKey: string, own: RulesKey): string {
  return (
    `chunk queued by code with rules key ${chunkKey}, but this worker runs rules key ${own.key} ` +
    `(${describeRulesKey(own)}): ` +
    'its rows could differ from the coordinator’s, so it plays only chunks of its own code'
  );
}

/** One game thread per concurrent chunk: BullMQ never runs more chunks at once than `concurrency`. */
class ThreadSlots {
  private readonly free: ResidentPool[];
  private readonly all: ResidentPool[];

  constructor(count: number) {
    this.all = Array.from({ length: count }, () => new ResidentPool({ workers: 1 }));
    this.free = [...this.all];
  }

  async play(tasks: readonly GameTask[]): Promise<GameRow[]> {
    const pool = this.free.pop();
    if (!pool) throw new Error('more chunks at once than game threads');
    try {
      return await pool.play(tasks);
    } finally {
      this.free.push(pool);
    }
  }

  close(): void {
    for (const pool of this.all) pool.close();
  }
}

export async function startQueueWorker(settings: QueueWorkerSettings): Promise<QueueWorker> {
  const own = settings.rulesKey ?? runningRulesKey();
  // Bundle the game thread now: the threads play the code that was hashed, not a later edit of it.
  await workerUrl();
  const slots = new ThreadSlots(settings.concurrency);
  const name = settings.name ?? `${hostname()}-${process.pid}`;
  const queueName = queueNameFor(own.key);
  const refuse = (reason: string): never => {
    settings.onChunk?.({ kind: 'refused', reason });
    // Unrecoverable: no attempt of this worker, or of any worker on this queue, can play it right.
    throw new UnrecoverableError(reason);
  };
  const playChunk = async (job: Job): Promise<ChunkResult> => {
    const chunk = parseChunkJob(job.data);
    if (typeof chunk === 'string') return refuse(chunk);
    if (chunk.rulesKey !== own.key) return refuse(refusal(chunk.rulesKey, own));
    const start = performance.now();
    const rows = await slots.play(chunk.tasks);
    settings.onChunk?.({
      kind: 'played',
      runKey: chunk.runKey,
      chunk: chunk.chunk,
      games: rows.length,
      seconds: (performance.now() - start) / 1000,
    });
    return encodeRows(rows);
  };
  const worker = new Worker(queueName, playChunk, {
    connection: { url: settings.url, maxRetriesPerRequest: null },
    prefix: settings.namespace ?? defaultQueueNamespace,
    concurrency: settings.concurrency,
    name,
    lockDuration: settings.stallSeconds * 1000,
    stalledInterval: Math.max(500, (settings.stallSeconds * 1000) / 2),
    maxStalledCount,
  });
  worker.on('error', (error) => settings.onError?.(error));
  await worker.waitUntilReady();
  return {
    rulesKey: own,
    queueName,
    name,
    close: async (force = false) => {
      await worker.close(force);
      slots.close();
    },
  };
}
