import { z } from 'zod';
import { botSpecProblem, botSpecsFor } from '../../rules/bots/index.ts';
import type { Seat } from '../../server/authority/seats.ts';
import { parseWith } from '../../server/boundary/parse.ts';
import { serverBotSpecSchema } from '../../server/lobby/create-options.ts';

/** Command-line arguments of `npm run -s bot`: parsed strictly; a mistake is a usage error (exit 2). */

export class UsageError extends Error {
  override name = 'UsageError';
}

export const botUsage = `usage:
  npm run -s bot -- --server URL --match ID --seat 0|1 [--credentials C] --bot BOT [--seed S] [--name NAME]
  npm run -s bot -- --server URL --create [--seat 0|1] [--opponent BOT] [--clock SECONDS+INCREMENT]
                    [--scenario ID] --bot BOT [--seed S] [--name NAME]

  --server URL       the game server, e.g. http://localhost:8000
  --match ID         the match to play; without --credentials the seat is joined through the Lobby API
  --seat 0|1         0 plays the US, 1 China (default 0 with --create)
  --credentials C    the seat's credentials, as /join answered them
  --bot BOT          a rules bot (${botSpecsFor('us').join(', ').replace('mcts:200', 'mcts:N')},
                     or a China strategy) or a module path (./my-bot.ts) whose default export is
                     (view, legal) => Move | Promise<Move>; see docs/BOTS.md
  --create           open a new match first and join it; the invite for the other seat goes to stderr
  --opponent BOT     with --create: the server plays the other seat with this bot (mcts:N up to 500)
  --clock S+I        with --create: a chess clock, S seconds each plus I seconds a move (e.g. 300+5)
  --scenario ID      with --create: the scenario (default the server's)
  --seed S           seeds a rules bot's own random stream (default random)
  --name NAME        the player name shown in the lobby (default "Bot (BOT)")

stdout: one line of JSON when the match ends; exit 0. Exit 1 on a refused credential or an unknown match.`;

export interface ClockRequest {
  initialSeconds: number;
  incrementSeconds: number;
}

/** Where the seat comes from: given credentials, a seat to join, or a match to create first. */
export type SeatSource =
  | { kind: 'credentials'; matchID: string; credentials: string }
  | { kind: 'join'; matchID: string }
  | { kind: 'create'; opponent?: string; clock?: ClockRequest; scenarioId?: string };

export interface BotClientOptions {
  serverUrl: string;
  seat: Seat;
  /** A rules bot spec or a module path (it has a slash or ends in .ts/.js). */
  bot: string;
  seed: string;
  playerName: string;
  source: SeatSource;
}

/** A module path rather than a spec: specs never hold a slash or a file extension. */
export const isModulePath = (bot: string): boolean => bot.includes('/') || /\.(m|c)?[jt]s$/.test(bot);

/** An http(s) URL without its trailing slashes. */
export const serverUrlSchema = z
  .url({ protocol: /^https?$/, error: '--server is an http(s) URL' })
  .transform((url) => url.replace(/\/+$/, ''));

const flagSchema = z
  .object({
    server: serverUrlSchema,
    match: z.string().min(1).max(64).optional(),
    seat: z.enum(['0', '1'], { error: '--seat is 0 or 1' }).optional(),
    credentials: z.string().min(1).max(256).optional(),
    bot: z.string({ error: '--bot is required' }).min(1),
    create: z.literal(true).optional(),
    opponent: z.string().min(1).optional(),
    clock: z
      .string()
      .regex(/^\d+(\.\d+)?\+\d+(\.\d+)?$/, '--clock is SECONDS+INCREMENT, e.g. 300+5')
      .optional(),
    scenario: z.string().min(1).optional(),
    seed: z.string().min(1).optional(),
    name: z.string().min(1).max(50).optional(),
  })
  .strict();

/** `--flag value` pairs (and bare `booleanFlags`) into a record; a repeated or dangling flag is refused. */
export function flagRecord(
  argv: readonly string[],
  booleanFlags: ReadonlySet<string>,
): Record<string, string | true> {
  const flags: Record<string, string | true> = {};
  for (let index = 0; index < argv.length; index++) {
    const word = argv[index] ?? '';
    if (!word.startsWith('--')) throw new UsageError(`unexpected argument "${word}"`);
    const name = word.slice(2);
    if (Object.hasOwn(flags, name)) throw new UsageError(`--${name} given twice`);
    if (booleanFlags.has(name)) {
      flags[name] = true;
      continue;
    }
    const value = argv[index + 1];
    if (value === undefined || value.startsWith('--')) throw new UsageError(`--${name} needs a value`);
    flags[name] = value;
    index++;
  }
  return flags;
}

function botProblem(bot: string, seat: Seat): string | undefined {
  if (isModulePath(bot)) return undefined;
  return botSpecProblem(bot, seat === '0' ? 'us' : 'china');
}

function parseClock(text: string): ClockRequest {
  const [initial, increment] = text.split('+').map(Number);
  return { initialSeconds: initial ?? 0, incrementSeconds: increment ?? 0 };
}

/** The flags checked against a schema; the first problem is the usage error. */
export function parseFlags<T>(
  argv: readonly string[],
  schema: z.ZodType<T>,
  booleanFlags: ReadonlySet<string>,
): T {
  const parsed = schema.safeParse(flagRecord(argv, booleanFlags));
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const flag = issue?.path[0];
  const unknown = issue?.code === 'unrecognized_keys' ? issue.keys.map((key) => `--${key}`).join(', ') : '';
  throw new UsageError(
    unknown !== ''
      ? `unknown flag ${unknown}`
      : `${typeof flag === 'string' ? `--${flag}: ` : ''}${issue?.message ?? 'bad arguments'}`,
  );
}

export function parseBotArgs(argv: readonly string[]): BotClientOptions {
  const flags = parseFlags(argv, flagSchema, new Set(['create']));
  const seat = flags.seat ?? (flags.create ? '0' : undefined);
  if (seat === undefined) throw new UsageError('--seat is required (0 plays the US, 1 China)');
  const problem = botProblem(flags.bot, seat);
  if (problem !== undefined) throw new UsageError(`--bot: ${problem}`);
  let source: SeatSource;
  if (flags.create) {
    if (flags.match !== undefined || flags.credentials !== undefined)
      throw new UsageError('--create opens a new match: no --match or --credentials');
    source = { kind: 'create' };
    if (flags.opponent !== undefined) {
      // What the server will check of its bot seat, so a refusal comes before the match is made.
      const opponent = parseWith(serverBotSpecSchema(seat === '0' ? '1' : '0'), flags.opponent);
      if (!opponent.ok) throw new UsageError(`--opponent: ${opponent.rejection.message}`);
      source.opponent = flags.opponent;
    }
    if (flags.clock !== undefined) source.clock = parseClock(flags.clock);
    if (flags.scenario !== undefined) source.scenarioId = flags.scenario;
  } else {
    if (flags.match === undefined) throw new UsageError('--match is required (or --create)');
    for (const createOnly of ['opponent', 'clock', 'scenario'] as const)
      if (flags[createOnly] !== undefined) throw new UsageError(`--${createOnly} goes with --create`);
    source =
      flags.credentials === undefined
        ? { kind: 'join', matchID: flags.match }
        : { kind: 'credentials', matchID: flags.match, credentials: flags.credentials };
  }
  return {
    serverUrl: flags.server,
    seat,
    bot: flags.bot,
    seed: flags.seed ?? crypto.randomUUID(),
    playerName: flags.name ?? `Bot (${flags.bot})`,
    source,
  };
}
