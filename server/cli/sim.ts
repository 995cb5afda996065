import { parseSimArgs, simUsage, UsageError } from '../sim/args.ts';
import type { SimCommand } from '../sim/args.ts';
import { formatReplay, replayGame } from '../sim/replay.ts';
import { runSimulation } from '../sim/run.ts';
import type { SimSummary } from '../sim/run.ts';

/** `npm run -s sim`: seeded bot-vs-bot runs and exact replays (see server/sim/args.ts for the flags). */

function formatSummary(summary: SimSummary): string {
  const pct = (n: number): string => `${((100 * n) / summary.games).toFixed(1)}%`;
  const reasons = Object.entries(summary.endReasons)
    .map(([reason, count]) => `${reason} ${count}`)
    .join(', ');
  return [
    `${summary.games} games, scenario ${summary.scenario}, seed "${summary.seed}": US ${summary.bots.us} vs China ${summary.bots.china}`,
    `wins: US ${summary.wins.us} (${pct(summary.wins.us)}), China ${summary.wins.china} (${pct(summary.wins.china)}), draws ${summary.wins.draw}`,
    `end reasons: ${reasons}`,
    `length in rounds: median ${summary.lengthRounds.median}, p95 ${summary.lengthRounds.p95}`,
    `fingerprint ${summary.fingerprint}`,
    summary.gameSeeds,
  ].join('\n');
}

function execute(command: Exclude<SimCommand, { kind: 'help' }>): string {
  const { scenarioId, us, china, json } = command;
  if (command.kind === 'run') {
    const { summary } = runSimulation({ games: command.games, seed: command.seed, scenarioId, us, china });
    return json ? JSON.stringify(summary) : formatSummary(summary);
  }
  const replay = replayGame({ scenarioId, seed: command.seed, us, china });
  if (!json) return formatReplay(replay);
  return JSON.stringify({
    seed: command.seed,
    scenario: scenarioId,
    bots: { us, china },
    result: replay.state.result,
    moves: replay.moveCount,
    fingerprint: replay.fingerprint,
    log: replay.state.log,
    history: replay.state.history,
  });
}

function main(argv: readonly string[]): number {
  let command: SimCommand;
  try {
    command = parseSimArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`sim: ${error.message}\n${simUsage}\n`);
    return 2;
  }
  if (command.kind === 'help') {
    process.stdout.write(`${simUsage}\n`);
    return 0;
  }
  process.stdout.write(`${execute(command)}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
