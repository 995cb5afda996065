import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LabPlan } from '../../../tools/sim/lab.ts';
import { queueNameFor, runningRulesKey } from '../../../tools/sim/queue-keys.ts';
import { sweepValues } from '../../../tools/sim/sweep.ts';
import { redisUnreachable, skipReason, testRedisUrl, uniqueName } from '../../server/helpers/services.ts';
import type { WorkerProcess } from './queue-helpers.ts';
import {
  runLocally,
  runOnQueue,
  startWorkerProcess,
  stopWorkerProcess,
  until,
  wipeNamespace,
  withoutSpeed,
} from './queue-helpers.ts';

/**
 * `sim --queue` with real `sim:worker` processes (issue 14): the same rows, summaries and fingerprints as
 * the run on this machine's threads, and a worker killed mid-chunk costs nothing but time.
 */

const unreachable = await redisUnreachable();
const skipped = skipReason('sim queue cluster suite', [unreachable]);
const title = skipped === undefined ? 'sim --queue on worker processes' : `sim --queue (skipped: ${skipped})`;

const base = { games: 10, seed: 'queue', scenarioId: 'baseline-2025', us: 'greedy', china: 'greedy' };
const plain: LabPlan = { options: base, sweep: null, matrix: null };
const sweep: LabPlan = {
  options: { ...base, games: 6, us: 'random', china: 'random' },
  sweep: { param: 'calendar.roundCount', from: 3, to: 5, steps: 3, values: sweepValues(3, 5, 3) },
  matrix: null,
};
const matrix: LabPlan = {
  options: { ...base, games: 3 },
  sweep: null,
  matrix: { us: ['random', 'greedy'], china: ['random', 'greedy'] },
};

const ablations: LabPlan = {
  options: { ...base, games: 2, us: 'random', china: 'random' },
  sweep: null,
  matrix: null,
  ablations: true,
};

const runCli = (args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'tools/cli/sim.ts', ...args], {
    encoding: 'utf8',
    cwd: process.cwd(),
  });

describe.skipIf(skipped !== undefined)(title, () => {
  const namespace = uniqueName('sc_test_sim');
  const workers: WorkerProcess[] = [];

  beforeAll(async () => {
    workers.push(startWorkerProcess(namespace), startWorkerProcess(namespace));
    await Promise.all(workers.map((worker) => worker.ready));
  });

  afterAll(async () => {
    await Promise.all(workers.map(stopWorkerProcess));
    await wipeNamespace(namespace);
  });

  it(`reaches ${testRedisUrl}`, () => {
    expect(unreachable).toBeUndefined();
  });

  it.each([
    ['a plain run', plain],
    ['a sweep', sweep],
    ['a matrix', matrix],
    ['the ablations', ablations],
  ])('plays %s on two worker processes to the local run’s rows and fingerprint', async (_, plan) => {
    const local = await runLocally(plan);
    const queued = await runOnQueue(plan, { namespace });
    expect(queued.run.summary.fingerprint).toBe(local.run.summary.fingerprint);
    expect(queued.rows).toEqual(local.rows);
    expect(withoutSpeed(queued.run)).toEqual(withoutSpeed(local.run));
    expect(queued.stats.chunks).toBe(queued.rows.length);
    expect(queued.stats.playedAgain).toBe(0);
    expect(workers.map((worker) => worker.name)).toEqual(expect.arrayContaining(queued.stats.workers));
  });

  it('shares a run between both processes, and leaves no chunk in Redis once it ends', async () => {
    const queued = await runOnQueue(
      { ...plain, options: { ...base, games: 24, us: 'random', china: 'random' } },
      {
        namespace,
      },
    );
    expect([...queued.stats.workers].sort()).toEqual(workers.map((worker) => worker.name).sort());
    const queue = new Queue(queueNameFor(runningRulesKey().key), {
      connection: { url: testRedisUrl },
      prefix: namespace,
    });
    try {
      expect(await queue.getJobCounts('completed', 'failed', 'waiting', 'active', 'delayed')).toEqual({
        completed: 0,
        failed: 0,
        waiting: 0,
        active: 0,
        delayed: 0,
      });
    } finally {
      await queue.close();
    }
  });

  it('writes the same row files through the command line with --queue as without', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sim-queue-'));
    try {
      const args = ['--games', '4', '--seed', 'cli', '--sweep', 'calendar.roundCount=3:5:2', '--json'];
      const local = runCli([...args, '--workers', '2', '--out', join(dir, 'local')]);
      const queued = runCli([
        ...args,
        '--queue',
        testRedisUrl,
        '--queue-namespace',
        namespace,
        '--out',
        join(dir, 'queued'),
      ]);
      expect(queued.stderr).toMatch(/8 chunks played by [12] worker\(s\)/);
      expect(queued.status).toBe(0);
      const drop = (text: string): unknown =>
        JSON.parse(text, (key, value: unknown) => (key === 'gamesPerSec' ? undefined : value));
      expect(drop(queued.stdout)).toEqual(drop(local.stdout));
      for (const file of ['games.csv', 'games.jsonl'])
        expect(readFileSync(join(dir, 'queued', file), 'utf8')).toBe(
          readFileSync(join(dir, 'local', file), 'utf8'),
        );
      const manifest = JSON.parse(readFileSync(join(dir, 'queued', 'manifest.json'), 'utf8')) as {
        queue: { namespace: string; chunks: number };
      };
      expect(manifest.queue).toMatchObject({ namespace, chunks: 8 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe.skipIf(skipped !== undefined)(`${title}: a worker killed mid-chunk`, () => {
  const namespace = uniqueName('sc_test_sim');
  const workers: WorkerProcess[] = [];

  afterAll(async () => {
    await Promise.all(workers.map(stopWorkerProcess));
    await wipeNamespace(namespace);
  });

  it('gives its chunk to another worker, with the same rows as the local run', async () => {
    const stall = ['--stall-seconds', '2'];
    const doomed = startWorkerProcess(namespace, stall);
    workers.push(doomed);
    await doomed.ready;
    const plan: LabPlan = { ...plain, options: { ...base, games: 8 } };
    const queued = runOnQueue(plan, { namespace, chunkGames: 4 });
    const queue = new Queue(queueNameFor(runningRulesKey().key), {
      connection: { url: testRedisUrl },
      prefix: namespace,
    });
    try {
      await until(async () => (await queue.getActive()).some((job) => job.processedBy === doomed.name));
    } finally {
      await queue.close();
    }
    doomed.child.kill('SIGKILL');
    const rescuer = startWorkerProcess(namespace, stall);
    workers.push(rescuer);
    const { run, rows, stats } = await queued;
    const local = await runLocally(plan);
    expect(run.summary.fingerprint).toBe(local.run.summary.fingerprint);
    expect(rows).toEqual(local.rows);
    expect(stats.playedAgain).toBeGreaterThanOrEqual(1);
    expect(stats.workers).toContain(rescuer.name);
  });
});
