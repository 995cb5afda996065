import { z } from 'zod';
import { baselineScenarioId, scenarioById } from '../../rules/index.ts';
import { botSpecProblem, botSpecsFor } from '../../rules/bots/index.ts';
import { isModulePath, parseFlags, serverUrlSchema, UsageError } from './options.ts';

/** Arguments of `npm run -s bot:tournament`; a mistake is a usage error (exit 2). */

/** A side given as `server:BOT` is played by the server's lobby bot, not by a bot client of this process. */
export const serverBotPrefix = 'server:';

/** The lobby bot's spec of a `server:BOT` side, else undefined. */
export function serverBotOf(spec: string): string | undefined {
  return spec.startsWith(serverBotPrefix) ? spec.slice(serverBotPrefix.length) : undefined;
}

export const tournamentUsage = `usage:
  npm run -s bot:tournament -- --server URL --games N --us BOT --china BOT [--seed S] [--scenario ID]
                               [--concurrency K] [--json]

  --server URL     a running game server; every game is a new match on it
  --games N        matches to play, 1 to 10000
  --us BOT         ${botSpecsFor('us').join(', ').replace('mcts:200', 'mcts:N')}, or a module path
  --china BOT      ${botSpecsFor('china').join(', ').replace('mcts:200', 'mcts:N')}, or a module path
                   one side (not both) may be ${serverBotPrefix}BOT: the server's own lobby bot plays that
                   seat (setupData.botSeat), e.g. --china ${serverBotPrefix}mcts:200
  --seed S         seeds the bots: game i's play "S:i:us" and "S:i:china" (default "1"); the server
                   deals each match from its own random seed
  --scenario ID    the scenario (default ${baselineScenarioId})
  --concurrency K  matches at once, 1 to 16 (default 1; each holds two sockets, and a server allows 32
                   per address)
  --json           the summary as JSON, with each match's id

The server allows MATCH_CREATES_PER_MINUTE new matches per address (default 6): a 429 waits and retries.
Run the server with a higher value for long tournaments.`;

export interface TournamentOptions {
  serverUrl: string;
  games: number;
  us: string;
  china: string;
  seed: string;
  scenarioId: string;
  concurrency: number;
  json: boolean;
}

const count = (max: number) => z.coerce.number().int().min(1).max(max);

const schema = z
  .object({
    server: serverUrlSchema,
    games: count(10_000),
    us: z.string({ error: '--us is required' }).min(1),
    china: z.string({ error: '--china is required' }).min(1),
    seed: z.string().min(1).default('1'),
    scenario: z.string().default(baselineScenarioId),
    concurrency: count(16).default(1),
    json: z.literal(true).optional(),
  })
  .strict();

export function parseTournamentArgs(argv: readonly string[]): TournamentOptions {
  const flags = parseFlags(argv, schema, new Set(['json']));
  for (const side of ['us', 'china'] as const) {
    const served = serverBotOf(flags[side]);
    const spec = served ?? flags[side];
    // A module is loaded by this process; the server's lobby bot can only be a rules bot.
    const problem = served === undefined && isModulePath(spec) ? undefined : botSpecProblem(spec, side);
    if (problem !== undefined) throw new UsageError(`--${side}: ${problem}`);
  }
  if (serverBotOf(flags.us) !== undefined && serverBotOf(flags.china) !== undefined)
    throw new UsageError(
      `--us and --china: at most one side can be ${serverBotPrefix}BOT (the server's bot moves only once a player holds the other seat)`,
    );
  if (!scenarioById(flags.scenario)) throw new UsageError(`--scenario: unknown scenario "${flags.scenario}"`);
  return {
    serverUrl: flags.server,
    games: flags.games,
    us: flags.us,
    china: flags.china,
    seed: flags.seed,
    scenarioId: flags.scenario,
    concurrency: flags.concurrency,
    json: flags.json === true,
  };
}
