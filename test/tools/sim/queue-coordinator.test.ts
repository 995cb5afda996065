import { Queue } from 'bullmq';
import { afterEach, describe, expect, it } from 'vitest';
import type { GameRow } from '../../../server/games/game-row.ts';
import { playRow } from '../../../server/games/game-row.ts';
import type { LabPlan } from '../../../tools/sim/lab.ts';
import { runLab } from '../../../tools/sim/lab.ts';
import { taskList } from '../../../tools/sim/pool.ts';
import { checkRedis, QueueError } from '../../../tools/sim/queue-args.ts';
import { chunkTasks, decodeRows, encodeRows } from '../../../tools/sim/queue-chunks.ts';
import type { ChunkJob } from '../../../tools/sim/queue-chunks.ts';
import { queuePlayer } from '../../../tools/sim/queue-coordinator.ts';
import { queueNameFor, runningRulesKey } from '../../../tools/sim/queue-keys.ts';
import type { ChunkEvent, QueueWorker } from '../../../tools/sim/queue-worker.ts';
import { startQueueWorker } from '../../../tools/sim/queue-worker.ts';
import { redisUnreachable, skipReason, testRedisUrl, uniqueName } from '../../server/helpers/services.ts';
import { runLocally, runOnQueue, until, wipeNamespace } from './queue-helpers.ts';

/**
 * The queue's coordinator and workers in-process (issue 14): a restarted coordinator resumes its run, a
 * worker of other code refuses its chunks, and a chunk's rows are checked against its games.
 */

const options = { games: 6, seed: 'resume', scenarioId: 'baseline-2025', us: 'random', china: 'random' };
const plan: LabPlan = { options, sweep: null, matrix: null };

describe('a chunk’s rows', () => {
  const tasks = taskList([0, 1, 2].map((index) => ({ options, index })));
  const rows: GameRow[] = [0, 1, 2].map((index) => playRow(options, index));

  it('come back as they went, and are refused for the wrong games', () => {
    expect(decodeRows(encodeRows(rows), chunkTasks(tasks, 3, 0))).toEqual(rows);
    expect(() => decodeRows(encodeRows(rows.slice(0, 2)), chunkTasks(tasks, 3, 0))).toThrow(/with 2 rows/);
    expect(() => decodeRows(encodeRows([...rows].reverse()), chunkTasks(tasks, 3, 0))).toThrow(
      /row 0 is not game resume:0/,
    );
    expect(() => decodeRows({}, chunkTasks(tasks, 3, 0))).toThrow(/without rows/);
  });
});

describe('an unreachable Redis', () => {
  it('is named, without its password, with the reason', async () => {
    await expect(checkRedis('redis://:secret@127.0.0.1:1')).rejects.toThrow(
      /^Redis at redis:\/\/:\*\*\*@127\.0\.0\.1:1 does not answer \(.*ECONNREFUSED/,
    );
  });
});

const unreachable = await redisUnreachable();
const skipped = skipReason('sim queue coordinator suite', [unreachable]);
const title = skipped === undefined ? 'the queue in-process' : `the queue in-process (skipped: ${skipped})`;

describe.skipIf(skipped !== undefined)(title, () => {
  const namespaces: string[] = [];
  const workers: QueueWorker[] = [];
  const freshNamespace = (): string => {
    const namespace = uniqueName('sc_test_sim');
    namespaces.push(namespace);
    return namespace;
  };

  /** A worker of other code (another rules key) that reports what it is given. */
  const startStranger = async (namespace: string, events: ChunkEvent[]): Promise<QueueWorker> => {
    const worker = await startQueueWorker({
      url: testRedisUrl,
      namespace,
      concurrency: 1,
      stallSeconds: 5,
      rulesKey: { ...runningRulesKey(), key: 'f0f0f0f0f0f0f0f0', rulesVersion: '0.0.1' },
      name: 'stranger',
      onChunk: (event) => events.push(event),
    });
    workers.push(worker);
    return worker;
  };

  afterEach(async () => {
    await Promise.all(workers.splice(0).map((worker) => worker.close()));
    await Promise.all(namespaces.splice(0).map(wipeNamespace));
  });

  it(`reaches ${testRedisUrl}`, () => {
    expect(unreachable).toBeUndefined();
  });

  it('resumes a run whose coordinator stopped: chunks played are collected, none is played twice', async () => {
    const namespace = freshNamespace();
    const played: ChunkEvent[] = [];
    workers.push(
      await startQueueWorker({
        url: testRedisUrl,
        namespace,
        concurrency: 1,
        stallSeconds: 5,
        onChunk: (event) => played.push(event),
      }),
    );
    const dying = queuePlayer({ url: testRedisUrl, namespace, pollMs: 20 });
    const dies = runLab(
      plan,
      { workers: 1 },
      () => {
        throw new Error('the coordinator is gone');
      },
      dying,
    );
    await expect(dies).rejects.toThrow('the coordinator is gone');
    await until(() => played.length >= 2);

    const resumed = await runOnQueue(plan, { namespace });
    const local = await runLocally(plan);
    expect(resumed.run.summary.fingerprint).toBe(local.run.summary.fingerprint);
    expect(resumed.rows).toEqual(local.rows);
    expect(resumed.stats.foundDone).toBeGreaterThanOrEqual(1);
    expect(played.map((event) => (event.kind === 'played' ? event.chunk : -1)).sort()).toEqual([
      0, 1, 2, 3, 4, 5,
    ]);
    expect(resumed.stats.playedAgain).toBe(0);
  });

  it('ends the run with the reason when a chunk fails on every attempt', async () => {
    const namespace = freshNamespace();
    workers.push(await startQueueWorker({ url: testRedisUrl, namespace, concurrency: 1, stallSeconds: 5 }));
    const nowhere: LabPlan = { ...plan, options: { ...options, games: 2, scenarioId: 'atlantis' } };
    const failed = runOnQueue(nowhere, { namespace });
    await expect(failed).rejects.toThrow(QueueError);
    await expect(failed).rejects.toThrow(/^chunk 0 of run \w+ failed on .*atlantis/);
  });

  it('leaves a run to the workers of its own code: another rules key never sees its chunks', async () => {
    const namespace = freshNamespace();
    const strangerEvents: ChunkEvent[] = [];
    const stranger = await startStranger(namespace, strangerEvents);
    expect(stranger.queueName).not.toBe(queueNameFor(runningRulesKey().key));
    const queued = runOnQueue(plan, { namespace });
    // The stranger idles on its own queue while the run's chunks wait: none reaches it.
    const queue = new Queue(queueNameFor(runningRulesKey().key), {
      connection: { url: testRedisUrl },
      prefix: namespace,
    });
    try {
      await until(async () => (await queue.getWaitingCount()) === 6);
    } finally {
      await queue.close();
    }
    workers.push(
      await startQueueWorker({ url: testRedisUrl, namespace, concurrency: 1, stallSeconds: 5, name: 'own' }),
    );
    const { stats } = await queued;
    expect(stats.workers).toEqual(['own']);
    expect(strangerEvents).toEqual([]);
  });

  it('refuses a chunk of other code put on its queue, as failed for good with the reason', async () => {
    const namespace = freshNamespace();
    const events: ChunkEvent[] = [];
    const stranger = await startStranger(namespace, events);
    const queue = new Queue<ChunkJob>(stranger.queueName, {
      connection: { url: testRedisUrl },
      prefix: namespace,
    });
    try {
      const chunk: ChunkJob = {
        rulesKey: runningRulesKey().key,
        runKey: 'forged',
        chunk: 0,
        tasks: [{ options, index: 0 }],
      };
      await queue.add('chunk', chunk, { jobId: 'forged-0', attempts: 3 });
      await until(async () => (await queue.getJobState('forged-0')) === 'failed');
      const job = await queue.getJob('forged-0');
      expect(job?.failedReason).toContain(`this worker runs rules key ${stranger.rulesKey.key}`);
      expect(job?.attemptsMade).toBe(1);
      expect(events).toEqual([{ kind: 'refused', reason: job?.failedReason }]);
    } finally {
      await queue.close();
    }
  });
});
