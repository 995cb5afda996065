import { availableParallelism } from 'node:os';
import { Redis } from 'ioredis';
import { z } from 'zod';
import { parseFlags, UsageError } from '../bot-client/options.ts';
import { defaultQueueNamespace, redactedUrl } from './queue-keys.ts';

/**
 * The queue's command-line pieces: the Redis URL and namespace both commands take, the arguments of
 * `npm run -s sim:worker`, and the probe that makes either fail at once, with the reason, when Redis
 * does not answer (BullMQ would wait for it without a word).
 */

/** A queued run or worker that cannot go on, in plain words (the CLIs print it and exit 1). */
export class QueueError extends Error {
  override name = 'QueueError';
}

/** Why `text` is not a Redis URL, or undefined. */
export function redisUrlProblem(text: string): string | undefined {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return `"${text}" is not a URL (e.g. redis://127.0.0.1:6379)`;
  }
  return url.protocol === 'redis:' || url.protocol === 'rediss:'
    ? undefined
    : `${url.protocol}// is not Redis: the URL starts with redis:// or rediss://`;
}

/** Why `text` cannot prefix the queue's keys, or undefined. */
export function namespaceProblem(text: string): string | undefined {
  return /^[\w.-]{1,64}$/.test(text)
    ? undefined
    : `"${text}" is not 1 to 64 letters, digits, "_", "." or "-"`;
}

export const workerUsage = `usage:
  npm run -s sim:worker -- --queue REDIS_URL [--queue-namespace NAME] [--concurrency K] [--stall-seconds S]

  --queue REDIS_URL       the Redis of the queue, e.g. redis://127.0.0.1:6379 (as given to sim --queue)
  --queue-namespace NAME  the prefix of the queue's keys (default ${defaultQueueNamespace}; the same as the sim's)
  --concurrency K         chunks played at once, one game thread each, 1 to 256 (default: the number of cores)
  --stall-seconds S       a chunk whose worker stops answering for S seconds (a killed process, a lost
                          machine) is given to another worker, 1 to 3600 (default 30)

The worker plays chunks of runs whose coordinator runs the same code as this checkout (rules, game code,
V8): it listens on that code's queue only. It runs until stopped: Ctrl-C or SIGTERM lets the chunks in hand
finish; a second one drops them (another worker plays them again).`;

export interface WorkerCommand {
  url: string;
  namespace: string;
  concurrency: number;
  stallSeconds: number;
}

const count = (max: number) => z.coerce.number().int().min(1).max(max);

const workerSchema = z
  .object({
    queue: z.string({ error: '--queue is required (a redis:// URL)' }),
    'queue-namespace': z.string().default(defaultQueueNamespace),
    concurrency: count(256).default(availableParallelism()),
    'stall-seconds': count(3600).default(30),
  })
  .strict();

export function parseWorkerArgs(argv: readonly string[]): WorkerCommand {
  const flags = parseFlags(argv, workerSchema, new Set());
  const urlProblem = redisUrlProblem(flags.queue);
  if (urlProblem !== undefined) throw new UsageError(`--queue: ${urlProblem}`);
  const prefixProblem = namespaceProblem(flags['queue-namespace']);
  if (prefixProblem !== undefined) throw new UsageError(`--queue-namespace: ${prefixProblem}`);
  return {
    url: flags.queue,
    namespace: flags['queue-namespace'],
    concurrency: flags.concurrency,
    stallSeconds: flags['stall-seconds'],
  };
}

/** Why Redis at `url` does not answer PING within `timeoutMs` (ECONNREFUSED, ...), or undefined. */
export async function redisProblem(url: string, timeoutMs = 5_000): Promise<string | undefined> {
  const redis = new Redis(url, {
    lazyConnect: true,
    connectTimeout: timeoutMs,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
    enableOfflineQueue: false,
  });
  // The socket's own error says more than the rejected connect's ("Connection is closed").
  let socketError: unknown;
  redis.on('error', (error) => {
    socketError ??= error;
  });
  try {
    await redis.connect();
    await redis.ping();
    return undefined;
  } catch (error) {
    return String(socketError ?? error);
  } finally {
    redis.disconnect();
  }
}

/** Throws, naming the URL (without its password) and the reason, when Redis does not answer. */
export async function checkRedis(url: string): Promise<void> {
  const problem = await redisProblem(url);
  if (problem !== undefined)
    throw new QueueError(`Redis at ${redactedUrl(url)} does not answer (${problem})`);
}
