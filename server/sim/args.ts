import type { Side } from '../../rules/index.ts';
import { baselineScenarioId, scenarios, scenarioById } from '../../rules/index.ts';
import { botSpecProblem, botSpecsFor } from '../../rules/bots/index.ts';

/** Command-line arguments of `npm run sim`: parsed strictly; any mistake is a usage error (exit 2). */

export class UsageError extends Error {
  override name = 'UsageError';
}

export const simUsage = `usage:
  npm run -s sim -- [--games N] [--seed S] [--scenario ID] [--us BOT] [--china BOT] [--json]
  npm run -s sim -- --replay SEED [--scenario ID] [--us BOT] [--china BOT] [--json]

  --games N      games to play (default 100), 1 to 1000000
  --seed S       the run's seed (default "1"); game i plays seed "S:i"
  --replay SEED  replay one game by its game seed, e.g. "1:17" for game 17 of a run with --seed 1
  --scenario ID  ${scenarios.map((s) => s.id).join(', ')} (default ${baselineScenarioId})
  --us BOT       ${botSpecsFor('us').join(', ').replace('mcts:200', 'mcts:N')} (default random)
  --china BOT    ${botSpecsFor('china').join(', ').replace('mcts:200', 'mcts:N')} (default random)
  --json         print one JSON object instead of text
  --help         print this help`;

interface Common {
  scenarioId: string;
  us: string;
  china: string;
  json: boolean;
}

export type SimCommand =
  | ({ kind: 'run'; games: number; seed: string } & Common)
  | ({ kind: 'replay'; seed: string } & Common)
  | { kind: 'help' };

const valueFlags = ['--games', '--seed', '--replay', '--scenario', '--us', '--china'] as const;
type ValueFlag = (typeof valueFlags)[number];
const isValueFlag = (flag: string): flag is ValueFlag => (valueFlags as readonly string[]).includes(flag);

const maxGames = 1_000_000;

function parseGames(text: string): number {
  if (!/^\d+$/.test(text)) throw new UsageError(`--games needs a whole number, got "${text}"`);
  const games = Number(text);
  if (games < 1 || games > maxGames) throw new UsageError(`--games must be 1 to ${maxGames}, got ${text}`);
  return games;
}

function checkBot(spec: string, side: Side): string {
  const problem = botSpecProblem(spec, side);
  if (problem !== undefined) throw new UsageError(`--${side}: ${problem}`);
  return spec;
}

export function parseSimArgs(argv: readonly string[]): SimCommand {
  const values = new Map<ValueFlag, string>();
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--help' || arg === '-h') return { kind: 'help' };
    if (arg === '--json') {
      json = true;
      continue;
    }
    if (!isValueFlag(arg)) throw new UsageError(`unknown argument "${arg}"`);
    const value = argv[i + 1];
    if (value === undefined || value.startsWith('--')) throw new UsageError(`${arg} needs a value`);
    if (values.has(arg)) throw new UsageError(`${arg} given twice`);
    if (value.trim() === '') throw new UsageError(`${arg} needs a non-empty value`);
    values.set(arg, value);
    i++;
  }
  const scenarioId = values.get('--scenario') ?? baselineScenarioId;
  if (!scenarioById(scenarioId))
    throw new UsageError(
      `unknown scenario "${scenarioId}" (known: ${scenarios.map((s) => s.id).join(', ')})`,
    );
  const common: Common = {
    scenarioId,
    us: checkBot(values.get('--us') ?? 'random', 'us'),
    china: checkBot(values.get('--china') ?? 'random', 'china'),
    json,
  };
  const replay = values.get('--replay');
  if (replay !== undefined) {
    if (values.has('--games') || values.has('--seed'))
      throw new UsageError('--replay takes a game seed: it cannot be combined with --games or --seed');
    return { kind: 'replay', seed: replay, ...common };
  }
  const games = parseGames(values.get('--games') ?? '100');
  return { kind: 'run', games, seed: values.get('--seed') ?? '1', ...common };
}
