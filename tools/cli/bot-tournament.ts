import { cliMain } from '../bot-client/cli-main.ts';
import { runTournament } from '../bot-client/tournament.ts';
import { parseTournamentArgs, tournamentUsage } from '../bot-client/tournament-args.ts';
import { formatSummary } from '../sim/text.ts';

/**
 * `npm run -s bot:tournament`: N matches of two bot clients through a running server, summarised as
 * `npm run sim` does (flags: tools/bot-client/tournament-args.ts). Exit 1 when a game did not finish.
 */
process.exitCode = await cliMain('tournament', tournamentUsage, process.argv.slice(2), async (argv, say) => {
  const options = parseTournamentArgs(argv);
  const run = await runTournament(options, say);
  process.stdout.write(
    options.json
      ? `${JSON.stringify(run)}\n`
      : `${formatSummary(run.summary)}\n${run.errors.length} games failed; bot clients: ` +
          `${run.clients.rejections} moves refused, ${run.clients.illegalChoices} illegal choices, ` +
          `${run.clients.reconnects} reconnects\n`,
  );
  return run.errors.length === 0 ? 0 : 1;
});
