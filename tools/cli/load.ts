/**
 * Load test: `npx tsx tools/cli/load.ts --matches 20 --think-ms 50 --seconds 10 [--stock] [--json]`
 * (tools/load/run.ts). Prints one JSON report.
 */
import { LoadUsageError, loadUsage, parseLoadArgs } from '../load/args.ts';
import { runLoad } from '../load/run.ts';

async function main(argv: readonly string[]): Promise<number> {
  let command: ReturnType<typeof parseLoadArgs>;
  try {
    command = parseLoadArgs(argv);
  } catch (error) {
    if (!(error instanceof LoadUsageError)) throw error;
    process.stderr.write(`load: ${error.message}\n${loadUsage}\n`);
    return 2;
  }
  if (command.kind === 'help') {
    process.stdout.write(`${loadUsage}\n`);
    return 0;
  }
  const report = await runLoad(command.options);
  process.stdout.write(
    command.options.json ? `${JSON.stringify(report)}\n` : `${JSON.stringify(report, null, 2)}\n`,
  );
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
