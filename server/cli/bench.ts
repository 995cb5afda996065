/**
 * `npm run -s bench`: kernel vs boardgame.io reducer speed (server/sim/bench.ts). boardgame.io reads
 * NODE_ENV when it loads, so production mode is set first and everything else is imported after.
 */
process.env.NODE_ENV = 'production';
export {};

const { parseBenchArgs, benchUsage } = await import('../sim/bench-args.ts');
const { UsageError } = await import('../sim/args.ts');
const { runBench, defaultBenchOptions } = await import('../sim/bench.ts');

function main(argv: readonly string[]): number {
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
  const report = runBench(command.options);
  process.stdout.write(command.json ? `${JSON.stringify(report)}\n` : `${JSON.stringify(report, null, 2)}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
