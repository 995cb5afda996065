/**
 * `npm run -s bench`: kernel vs boardgame.io speed (tools/sim/bench.ts). boardgame.io reads NODE_ENV
 * when it loads, so production mode is set first (the engine workers inherit it) and everything else is
 * imported after. Each engine runs in its own worker thread from an esbuild bundle, so neither pays for
 * tsx's loader; if bundling fails they run under tsx, and the report's `runtime` says so.
 */
import type { EngineReply, EngineRequest, EngineRole } from '../sim/bench-engines.ts';
import type { Engine } from '../sim/bench.ts';

process.env.NODE_ENV = 'production';

const { Worker } = await import('node:worker_threads');
const { parseBenchArgs, benchUsage } = await import('../sim/bench-args.ts');
const { UsageError } = await import('../sim/args.ts');
const { defaultBenchOptions, runBench } = await import('../sim/bench.ts');
const { bundledWorkerUrl, tsxWorkerUrl } = await import('../../server/games/worker-bundle.ts');

/** The engines' worker: bundled, or imported by the tsx bootstrap (which lives beside the game worker). */
const benchWorkerEntry = new URL('../sim/bench-worker.ts', import.meta.url);

interface EngineWorker {
  engine: Engine;
  stop: () => Promise<number>;
}

/** One engine's worker; requests are answered in order, one at a time. */
function startEngine(url: URL, role: EngineRole, bundled: boolean): EngineWorker {
  const workerData = bundled ? { role } : { role, entry: benchWorkerEntry.href };
  const worker = new Worker(url, { workerData });
  let failure: Error | null = null;
  const waiting: { resolve: (reply: EngineReply) => void; reject: (error: Error) => void }[] = [];
  const failAll = (error: Error): void => {
    failure = error;
    for (const each of waiting.splice(0)) each.reject(error);
  };
  worker.on('message', (reply: EngineReply) => waiting.shift()?.resolve(reply));
  worker.on('error', failAll);
  worker.on('exit', (code) => {
    failAll(new Error(`the ${role} bench worker exited with code ${code}`));
  });
  return {
    engine: (request: EngineRequest) =>
      new Promise((resolve, reject) => {
        if (failure) {
          reject(failure);
          return;
        }
        waiting.push({ resolve, reject });
        worker.postMessage(request);
      }),
    stop: () => worker.terminate(),
  };
}

async function main(argv: readonly string[]): Promise<number> {
  let command: ReturnType<typeof parseBenchArgs>;
  try {
    command = parseBenchArgs(argv, defaultBenchOptions);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`bench: ${error.message}\n${benchUsage}\n`);
    return 2;
  }
  if (command.kind === 'help') {
    process.stdout.write(`${benchUsage}\n`);
    return 0;
  }
  const bundle = await bundledWorkerUrl(benchWorkerEntry);
  const url = bundle ?? tsxWorkerUrl;
  const runtime = bundle
    ? `esbuild bundle, one worker thread per engine, node ${process.version}`
    : `tsx (no bundle), one worker thread per engine, node ${process.version}`;
  const kernel = startEngine(url, 'kernel', bundle !== null);
  const bgio = startEngine(url, 'bgio', bundle !== null);
  try {
    const report = await runBench(
      command.options,
      { kernel: kernel.engine, bgio: bgio.engine },
      runtime,
      process.env.NODE_ENV,
    );
    process.stdout.write(
      command.json ? `${JSON.stringify(report)}\n` : `${JSON.stringify(report, null, 2)}\n`,
    );
  } finally {
    await Promise.all([kernel.stop(), bgio.stop()]);
  }
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
