import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';

/**
 * `npx tsx tools/cli/what-if-latency.ts [--games N]`: how long a teacher waits for the what-if preview
 * (server/classroom/what-if/). Starts the server in this process (SQLite in a temporary folder, the
 * preview's default pool) and times, over HTTP, a first preview on cold worker threads (what-if and
 * baseline both played), the same preview again (the cache), and another setting of the same scenario
 * (baseline cached, warm threads: the usual case while a teacher edits a form). It also reports the
 * server thread's event-loop delay meanwhile: the games run on worker threads, so moves keep flowing.
 */
process.env.NODE_ENV = 'production';

const { startServer } = await import('../../server/server.ts');
const { whatIfPath } = await import('../../server/classroom/what-if/route.ts');

const usage =
  'usage: npx tsx tools/cli/what-if-latency.ts [--games N]   (N games a batch, 10-400, default 300)';
const argv = process.argv.slice(2);
let games = 300;
for (let index = 0; index < argv.length; index++) {
  const flag = argv[index];
  const value = argv[index + 1];
  if (flag === '--games' && value !== undefined && /^[1-9][0-9]*$/.test(value)) {
    games = Number(value);
    index++;
  } else {
    process.stderr.write(`what-if-latency: unexpected ${String(flag)}\n${usage}\n`);
    process.exit(2);
  }
}

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sc-what-if-latency-'));
const server = await startServer({ port: 0, host: '127.0.0.1', dataDir, clientDir: dataDir });

async function timedPreview(overrides: Record<string, number>): Promise<Record<string, unknown>> {
  const start = performance.now();
  const response = await fetch(`${server.url}${whatIfPath}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ scenarioId: 'baseline-2025', overrides, games }),
  });
  const body = (await response.json()) as Record<string, unknown>;
  if (!response.ok) throw new Error(`what-if answered ${response.status}: ${JSON.stringify(body)}`);
  return {
    overrides,
    wallMs: Math.round(performance.now() - start),
    serverMs: body.ms,
    cached: body.cached,
    usWinShare: body.usWinShare,
    fingerprint: body.fingerprint,
  };
}

const loopDelay = monitorEventLoopDelay({ resolution: 10 });
try {
  loopDelay.enable();
  const cold = await timedPreview({ 'yieldCap.duv.n7': 0.8 });
  const cached = await timedPreview({ 'yieldCap.duv.n7': 0.8 });
  const warm = await timedPreview({ 'research.domesticEuvEarliestYear': 2026 });
  loopDelay.disable();
  const report = {
    games,
    cores: os.availableParallelism(),
    loadAverage1m: Math.round(os.loadavg()[0] ?? 0),
    coldBothBatches: cold,
    cached,
    warmBaselineCached: warm,
    serverLoopDelayMs: {
      p99: Math.round(loopDelay.percentile(99) / 1e5) / 10,
      max: Math.round(loopDelay.max / 1e5) / 10,
    },
  };
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
} finally {
  await server.drain();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
