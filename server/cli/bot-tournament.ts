import { BotClientError } from '../bot-client/errors.ts';
import { UsageError } from '../bot-client/options.ts';
import { runTournament } from '../bot-client/tournament.ts';
import { parseTournamentArgs, tournamentUsage } from '../bot-client/tournament-args.ts';
import { formatSummary } from '../sim/text.ts';

/**
 * `npm run -s bot:tournament`: N matches of two bot clients through a running server, summarised as
 * `npm run sim` does (flags: server/bot-client/tournament-args.ts). Exit 1 when a game did not finish.
 */
async function main(argv: readonly string[]): Promise<number> {
  if (argv.includes('--help')) {
    process.stdout.write(`${tournamentUsage}\n`);
    return 0;
  }
  try {
    const options = parseTournamentArgs(argv);
    const run = await runTournament(options, (line) => {
      process.stderr.write(`tournament: ${line}\n`);
    });
    process.stdout.write(
      options.json
        ? `${JSON.stringify(run)}\n`
        : `${formatSummary(run.summary)}\n${run.errors.length} games failed\n`,
    );
    return run.errors.length === 0 ? 0 : 1;
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`tournament: ${error.message}\n\n${tournamentUsage}\n`);
      return 2;
    }
    if (error instanceof BotClientError) {
      process.stderr.write(`tournament: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

process.exitCode = await main(process.argv.slice(2));
