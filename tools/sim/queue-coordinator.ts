import type { JobsOptions } from 'bullmq';
import { Queue } from 'bullmq';
import type { GameRow } from '../../server/games/game-row.ts';
import type { GamePlayer, PoolOptions, RowSink, TaskList } from './pool.ts';
import { QueueError } from './queue-args.ts';
import type { ChunkJob } from './queue-chunks.ts';
import { chunkAttempts, chunkCount, chunkTasks, decodeRows } from './queue-chunks.ts';
import {
  chunkJobId,
  defaultChunkGames,
  defaultQueueNamespace,
  queueNameFor,
  redactedUrl,
  runKeyOf,
  runningRulesKey,
} from './queue-keys.ts';

/**
 * The coordinator of a queued run (`npm run -s sim -- ... --queue URL`): it puts the run's chunks on the
 * queue of its rules key and hands their rows on in task order, as the local pool does, so the lab's
 * tally, report and fingerprint are the same whoever played them. Chunks stay in Redis under the run's
 * key until the run ends: a coordinator started again with the same command finds the ones already
 * played, retries the ones that failed and waits for the rest.
 */

export interface QueueRunSettings {
  url: string;
  namespace?: string;
  /** Games per chunk (default `defaultChunkGames`); part of the run's key. */
  chunkGames?: number;
  /** How long to wait before asking again for the next chunk in line (default 200 ms). */
  pollMs?: number;
  /** Chunks on the queue ahead of the next one in line (default 1,000): a huge run is not queued at once. */
  chunksAhead?: number;
  /** Lines for the operator (which queue, no worker yet, chunks found done). */
  say?: (line: string) => void;
  /** Told when the run's rows have all been handed on. */
  onFinished?: (stats: QueueRunStats) => void;
}

export interface QueueRunStats {
  namespace: string;
  queueName: string;
  runKey: string;
  chunkGames: number;
  chunks: number;
  /** Chunks already played when this coordinator started (a restarted run). */
  foundDone: number;
  /** Chunks played more than once: their worker stopped mid-chunk (or a game threw) and another took over. */
  playedAgain: number;
  /** Workers (BullMQ worker names) that played the chunks. */
  workers: string[];
}

const defaultPollMs = 200;
const defaultChunksAhead = 1000;
/** Redis requests in flight at once when queueing or removing many chunks. */
const requestsAtOnce = 200;

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

async function inGroups(count: number, each: (index: number) => Promise<void>, from = 0): Promise<void> {
  for (let start = from; start < count; start += requestsAtOnce) {
    const group: Promise<void>[] = [];
    for (let index = start; index < Math.min(count, start + requestsAtOnce); index++) group.push(each(index));
    await Promise.all(group);
  }
}

/** The local pool's stand-in that plays a run's tasks on the queue (see runLab's `play`). */
export function queuePlayer(settings: QueueRunSettings): GamePlayer {
  return (tasks, options, sink) => playOnQueue(settings, tasks, options, sink);
}

async function playOnQueue(
  settings: QueueRunSettings,
  tasks: TaskList,
  options: PoolOptions,
  sink: RowSink,
): Promise<void> {
  if (tasks.count === 0) return;
  const rules = runningRulesKey();
  const chunkGames = settings.chunkGames ?? defaultChunkGames(tasks.count);
  const namespace = settings.namespace ?? defaultQueueNamespace;
  const stats: QueueRunStats = {
    namespace,
    queueName: queueNameFor(rules.key),
    runKey: runKeyOf(tasks, chunkGames, rules.key),
    chunkGames,
    chunks: chunkCount(tasks, chunkGames),
    foundDone: 0,
    playedAgain: 0,
    workers: [],
  };
  const queue = new Queue<ChunkJob>(stats.queueName, {
    connection: { url: settings.url },
    prefix: namespace,
  });
  // ioredis reconnects by itself; a request that fails for good rejects and ends the run (run it again to resume).
  queue.on('error', () => undefined);
  try {
    await queue.waitUntilReady();
    const run = new QueuedRun(queue, tasks, stats, settings);
    await run.greet();
    let done = 0;
    for (let chunk = 0; chunk < stats.chunks; chunk++) {
      await run.queueUpTo(Math.min(stats.chunks, chunk + (settings.chunksAhead ?? defaultChunksAhead)));
      const rows = await run.collect(chunk);
      sink(rows);
      done += rows.length;
      options.onProgress?.(done, tasks.count);
    }
    await run.forget();
    settings.onFinished?.(stats);
  } finally {
    await queue.close();
  }
}

/** One run's chunks on its queue. */
class QueuedRun {
  /** Chunks below this one are on the queue (or were found played). */
  private queuedTo = 0;
  private readonly workers = new Set<string>();

  constructor(
    private readonly queue: Queue<ChunkJob>,
    private readonly tasks: TaskList,
    private readonly stats: QueueRunStats,
    private readonly settings: QueueRunSettings,
  ) {}

  async greet(): Promise<void> {
    const { namespace, queueName, runKey, chunks, chunkGames } = this.stats;
    const say = this.settings.say;
    if (!say) return;
    say(
      `queue ${namespace}:${queueName} on ${redactedUrl(this.settings.url)}: run ${runKey}, ` +
        `${chunks} chunks of at most ${chunkGames} game(s)`,
    );
    const workers = await this.queue.getWorkersCount().catch(() => undefined);
    if (workers === 0)
      say(
        'no worker serves this queue yet: the chunks wait for `npm run -s sim:worker -- --queue URL` ' +
          `started in a checkout of the same code (rules key ${runningRulesKey().key})`,
      );
  }

  /** Puts chunks [queuedTo, end) on the queue, unless already there; retries those that failed before. */
  async queueUpTo(end: number): Promise<void> {
    const from = this.queuedTo;
    if (end <= from) return;
    this.queuedTo = end;
    await inGroups(
      end,
      async (chunk) => {
        const state = await this.queue.getJobState(this.jobId(chunk));
        if (state === 'completed') this.stats.foundDone++;
        else if (state === 'failed') {
          const job = await this.queue.getJob(this.jobId(chunk));
          await job?.retry('failed', { resetAttemptsMade: true, resetAttemptsStarted: true });
        } else if (state === 'unknown') await this.add(chunk);
      },
      from,
    );
    if (from === 0 && this.stats.foundDone > 0)
      this.settings.say?.(
        `${this.stats.foundDone} chunks were already played: collecting them, not replaying`,
      );
  }

  /** The rows of chunk `chunk`, once a worker has played it. */
  async collect(chunk: number): Promise<GameRow[]> {
    const id = this.jobId(chunk);
    for (;;) {
      const state = await this.queue.getJobState(id);
      if (state === 'unknown') {
        // Removed under us (another coordinator of the same run finished it): play it again.
        await this.add(chunk);
        continue;
      }
      if (state !== 'completed' && state !== 'failed') {
        await sleep(this.settings.pollMs ?? defaultPollMs);
        continue;
      }
      const job = await this.queue.getJob(id);
      if (!job) continue;
      if (state === 'failed')
        throw new QueueError(
          `chunk ${chunk} of run ${this.stats.runKey} failed on ${job.processedBy ?? 'a worker'}: ` +
            `${job.failedReason} (the same command retries it and collects the chunks already played)`,
        );
      if (job.attemptsStarted > 1 || job.stalledCounter > 0) this.stats.playedAgain++;
      if (job.processedBy !== undefined && !this.workers.has(job.processedBy)) {
        this.workers.add(job.processedBy);
        this.stats.workers.push(job.processedBy);
      }
      return decodeRows(job.returnvalue, chunkTasks(this.tasks, this.stats.chunkGames, chunk));
    }
  }

  /** Removes the run's chunks: the rows are handed on, and the next run of this command plays afresh. */
  async forget(): Promise<void> {
    await inGroups(this.stats.chunks, async (chunk) => {
      await this.queue.remove(this.jobId(chunk));
    });
  }

  private async add(chunk: number): Promise<void> {
    const data: ChunkJob = {
      rulesKey: runningRulesKey().key,
      runKey: this.stats.runKey,
      chunk,
      tasks: chunkTasks(this.tasks, this.stats.chunkGames, chunk),
    };
    const options: JobsOptions = {
      jobId: this.jobId(chunk),
      attempts: chunkAttempts,
      // Kept until the coordinator has the rows: a restarted coordinator collects them from here.
      removeOnComplete: false,
      removeOnFail: false,
    };
    await this.queue.add('chunk', data, options);
  }

  private jobId(chunk: number): string {
    return chunkJobId(this.stats.runKey, chunk);
  }
}
