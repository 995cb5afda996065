import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { hostname } from 'node:os';
import { Redis } from 'ioredis';
import type { GameRow } from '../../../server/games/game-row.ts';
import type { LabPlan, LabRun } from '../../../tools/sim/lab.ts';
import { runLab } from '../../../tools/sim/lab.ts';
import type { QueueRunSettings, QueueRunStats } from '../../../tools/sim/queue-coordinator.ts';
import { queuePlayer } from '../../../tools/sim/queue-coordinator.ts';
import { testRedisUrl } from '../../server/helpers/services.ts';

/** The queue suites' shared pieces: worker processes, runs gathered both ways, a namespace wiped. */

export interface WorkerProcess {
  child: ChildProcess;
  /** Its BullMQ worker name, as the chunks it plays record it. */
  name: string;
  stderr: () => string;
  /** Resolves once it listens on its queue. */
  ready: Promise<void>;
}

/** A real `sim:worker` process (node with tsx's loader, so its pid is the worker's own). */
export function startWorkerProcess(namespace: string, extra: readonly string[] = []): WorkerProcess {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'tools/cli/sim-worker.ts',
      '--queue',
      testRedisUrl,
      '--queue-namespace',
      namespace,
      '--concurrency',
      '1',
      ...extra,
    ],
    { cwd: process.cwd(), stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let text = '';
  const ready = new Promise<void>((resolve, reject) => {
    child.stderr?.on('data', (chunk: Buffer) => {
      text += chunk.toString('utf8');
      if (text.includes('plays chunks of queue')) resolve();
    });
    child.on('exit', (code) => {
      reject(new Error(`sim:worker exited with ${String(code)} before listening: ${text}`));
    });
  });
  return { child, name: `${hostname()}-${String(child.pid)}`, stderr: () => text, ready };
}

export async function stopWorkerProcess(worker: WorkerProcess): Promise<void> {
  if (worker.child.exitCode !== null || worker.child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => {
    worker.child.once('exit', () => {
      resolve();
    });
  });
  worker.child.kill('SIGTERM');
  await exited;
}

export interface GatheredRun {
  run: LabRun;
  rows: GameRow[];
}

/** The run on this machine's worker threads, with the rows it streamed. */
export async function runLocally(plan: LabPlan): Promise<GatheredRun> {
  const rows: GameRow[] = [];
  const run = await runLab(plan, { workers: 2 }, (batch) => rows.push(...batch));
  return { run, rows };
}

/** The run on the queue, with the rows it streamed and what the coordinator reported. */
export async function runOnQueue(
  plan: LabPlan,
  settings: Omit<QueueRunSettings, 'url'>,
): Promise<GatheredRun & { stats: QueueRunStats }> {
  const rows: GameRow[] = [];
  let stats: QueueRunStats | undefined;
  const play = queuePlayer({
    url: testRedisUrl,
    pollMs: 20,
    ...settings,
    onFinished: (finished) => (stats = finished),
  });
  const run = await runLab(plan, { workers: 1 }, (batch) => rows.push(...batch), play);
  if (!stats) throw new Error('the queued run finished without its stats');
  return { run, rows, stats };
}

/** A run's results without its wall-clock speed, the only field two identical runs differ in. */
export function withoutSpeed(run: LabRun): unknown {
  const { summary, sweep, matrix, ablations } = run;
  return JSON.parse(
    JSON.stringify({ summary, sweep, matrix, ablations }, (key, value: unknown) =>
      key === 'gamesPerSec' ? undefined : value,
    ),
  );
}

/** Deletes every key of a test's namespace. */
export async function wipeNamespace(namespace: string): Promise<void> {
  const redis = new Redis(testRedisUrl);
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${namespace}:*`, 'COUNT', 500);
      cursor = next;
      if (keys.length > 0) await redis.del(...keys);
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}

export async function until(check: () => boolean | Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const start = Date.now();
  while (!(await check())) {
    if (Date.now() - start > timeoutMs) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
