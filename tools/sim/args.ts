import type { Side } from '../../rules/index.ts';
import {
  baselineScenarioId,
  getParameter,
  resolveParameters,
  scenarios,
  scenarioById,
} from '../../rules/index.ts';
import { botSpecProblem, botSpecsFor } from '../../rules/bots/index.ts';
import type { MatrixSpec } from './matrix.ts';
import { defaultMatrixBots } from './matrix.ts';
import { defaultWorkerCount } from './pool.ts';
import { namespaceProblem, redisUrlProblem } from './queue-args.ts';
import { defaultQueueNamespace } from './queue-keys.ts';
import type { SweepSpec } from './sweep.ts';
import { sweepValues } from './sweep.ts';

/** Command-line arguments of `npm run sim`: parsed strictly; any mistake is a usage error (exit 2). */

export class UsageError extends Error {
  override name = 'UsageError';
}

export const simUsage = `usage:
  npm run -s sim -- [--games N] [--seed S] [--scenario ID] [--us BOT] [--china BOT] [--set P=V ...]
                    [--sweep P=FROM:TO:STEPS | --matrix [--matrix-bots LIST] | --ablations]
                    [--workers K | --queue REDIS_URL [--queue-namespace NAME] [--chunk-games N]]
                    [--progress] [--out DIR] [--json]
  npm run -s sim -- --replay SEED [--scenario ID] [--us BOT] [--china BOT] [--set P=V ...]
                    [--rules-version V] [--json]

  --games N      games to play (default 100; per arm or matrix cell), 1 to 1000000
  --seed S       the run's seed (default "1"); game i plays seed "S:i"
  --replay SEED  replay one game by its game seed, e.g. "1:17" for game 17 of a run with --seed 1
  --rules-version V
                 with --replay: the rules the game was played under (each row's replay command has it);
                 refused when this checkout runs other rules
  --scenario ID  ${scenarios.map((s) => s.id).join(', ')} (default ${baselineScenarioId})
  --us BOT       ${botSpecsFor('us').join(', ').replace('mcts:200', 'mcts:N')} (default random)
  --china BOT    ${botSpecsFor('china').join(', ').replace('mcts:200', 'mcts:N')} (default random)
  --set P=V      override scenario parameter P (dotted path, e.g. calendar.roundCount=6); repeatable
  --sweep P=FROM:TO:STEPS
                 play every game once per value of P: STEPS evenly spaced values from FROM to TO
                 (both included), the same game seeds in every arm
  --matrix       play every US bot against every China bot (default: ${defaultMatrixBots('us').join(', ')}
                 against ${defaultMatrixBots('china').join(', ')}), the same game seeds in every cell
  --matrix-bots LIST
                 comma-separated bots for --matrix; each plays every side it can (mcts:N is allowed)
  --ablations    play the baseline and one what-if per mechanic (yields, EUV access, tool wear, ...), the
                 same game seeds in every arm; prints each arm's US win rate and its delta
  --workers K    worker threads (default: the number of cores); results never depend on K
  --queue REDIS_URL
                 play the games on a cluster: the run's chunks go on a queue in that Redis and
                 \`npm run -s sim:worker -- --queue REDIS_URL\` on any machines plays them; the same
                 results as on this machine. Run the command again to resume a run that stopped
  --queue-namespace NAME
                 with --queue: the prefix of the queue's keys (default ${defaultQueueNamespace})
  --chunk-games N
                 with --queue: games per chunk, 1 to 1000 (default: games ÷ 256, 1 to 25)
  --progress     draw a progress bar on stderr even when stderr is not a terminal
  --out DIR      write manifest.json, games.csv, games.jsonl and report.html into DIR
  --json         print one JSON object instead of text
  --help         print this help`;

interface Common {
  scenarioId: string;
  us: string;
  china: string;
  json: boolean;
  /** \`--set\` overrides by dotted parameter path. */
  overrides: Record<string, number>;
}

/** Where a queued run's chunks go (`--queue`). */
export interface QueueTarget {
  url: string;
  namespace: string;
  /** null: `defaultChunkGames`. */
  chunkGames: number | null;
}

export interface RunFlags {
  games: number;
  seed: string;
  workers: number;
  progress: boolean;
  out: string | null;
  sweep: SweepSpec | null;
  matrix: MatrixSpec | null;
  ablations: boolean;
  queue: QueueTarget | null;
}

export type SimCommand =
  | ({ kind: 'run' } & RunFlags & Common)
  | ({ kind: 'replay'; seed: string; rulesVersion: string | null } & Common)
  | { kind: 'help' };

const valueFlags = [
  '--games',
  '--seed',
  '--replay',
  '--scenario',
  '--us',
  '--china',
  '--sweep',
  '--matrix-bots',
  '--workers',
  '--out',
  '--rules-version',
  '--queue',
  '--queue-namespace',
  '--chunk-games',
] as const;
type ValueFlag = (typeof valueFlags)[number];
const isValueFlag = (flag: string): flag is ValueFlag => (valueFlags as readonly string[]).includes(flag);
const booleanFlags = ['--json', '--progress', '--matrix', '--ablations'] as const;
type BooleanFlag = (typeof booleanFlags)[number];
const isBooleanFlag = (flag: string): flag is BooleanFlag =>
  (booleanFlags as readonly string[]).includes(flag);

const maxGames = 1_000_000;
const maxWorkers = 256;
const maxChunkGames = 1000;

function wholeNumber(flag: string, text: string, max: number): number {
  if (!/^\d+$/.test(text)) throw new UsageError(`${flag} needs a whole number, got "${text}"`);
  const value = Number(text);
  if (value < 1 || value > max) throw new UsageError(`${flag} must be 1 to ${max}, got ${text}`);
  return value;
}

function checkBot(spec: string, side: Side): string {
  const problem = botSpecProblem(spec, side);
  if (problem !== undefined) throw new UsageError(`--${side}: ${problem}`);
  return spec;
}

function number(flag: string, text: string): number {
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value))
    throw new UsageError(`${flag}: "${text}" is not a finite number`);
  return value;
}

function checkParameter(flag: string, scenarioId: string, path: string): string {
  if (getParameter(resolveParameters(scenarioId), path) === undefined)
    throw new UsageError(`${flag}: unknown parameter "${path}" (a dotted path such as calendar.roundCount)`);
  return path;
}

function parseSet(scenarioId: string, texts: readonly string[]): Record<string, number> {
  const overrides: Record<string, number> = {};
  for (const text of texts) {
    const match = /^([^=]+)=(.+)$/.exec(text);
    if (!match?.[1] || match[2] === undefined) throw new UsageError(`--set needs PARAM=VALUE, got "${text}"`);
    const path = checkParameter('--set', scenarioId, match[1]);
    if (Object.hasOwn(overrides, path)) throw new UsageError(`--set ${path} given twice`);
    overrides[path] = number(`--set ${path}`, match[2]);
  }
  return overrides;
}

function parseSweep(scenarioId: string, text: string, overrides: Record<string, number>): SweepSpec {
  const match = /^([^=]+)=([^:]+):([^:]+):([^:]+)$/.exec(text);
  if (!match?.[1] || match[2] === undefined || match[3] === undefined || match[4] === undefined)
    throw new UsageError(`--sweep needs PARAM=FROM:TO:STEPS, got "${text}"`);
  const param = checkParameter('--sweep', scenarioId, match[1]);
  if (Object.hasOwn(overrides, param)) throw new UsageError(`--sweep ${param} is also given to --set`);
  const from = number('--sweep FROM', match[2]);
  const to = number('--sweep TO', match[3]);
  const steps = wholeNumber('--sweep STEPS', match[4], 101);
  if (steps === 1 && from !== to) throw new UsageError('--sweep with 1 step needs FROM equal to TO');
  return { param, from, to, steps, values: sweepValues(from, to, steps) };
}

function parseMatrix(text: string | undefined): MatrixSpec {
  if (text === undefined) return { us: defaultMatrixBots('us'), china: defaultMatrixBots('china') };
  const specs = text.split(',').map((spec) => spec.trim());
  for (const spec of specs) {
    const problem = botSpecProblem(spec);
    if (problem !== undefined) throw new UsageError(`--matrix-bots: ${problem}`);
  }
  const forSide = (side: Side): string[] =>
    [...new Set(specs)].filter((spec) => botSpecProblem(spec, side) === undefined);
  const matrix = { us: forSide('us'), china: forSide('china') };
  if (matrix.us.length === 0 || matrix.china.length === 0)
    throw new UsageError('--matrix-bots needs at least one bot for each side');
  return matrix;
}

function parseQueue(values: ReadonlyMap<ValueFlag, string>): QueueTarget | null {
  const url = values.get('--queue');
  if (url === undefined) {
    const stray = (['--queue-namespace', '--chunk-games'] as const).find((flag) => values.has(flag));
    if (stray !== undefined) throw new UsageError(`${stray} goes with --queue`);
    return null;
  }
  const urlProblem = redisUrlProblem(url);
  if (urlProblem !== undefined) throw new UsageError(`--queue: ${urlProblem}`);
  const namespace = values.get('--queue-namespace') ?? defaultQueueNamespace;
  const prefixProblem = namespaceProblem(namespace);
  if (prefixProblem !== undefined) throw new UsageError(`--queue-namespace: ${prefixProblem}`);
  const chunkText = values.get('--chunk-games');
  return {
    url,
    namespace,
    chunkGames: chunkText === undefined ? null : wholeNumber('--chunk-games', chunkText, maxChunkGames),
  };
}

export function parseSimArgs(argv: readonly string[]): SimCommand {
  const values = new Map<ValueFlag, string>();
  const sets: string[] = [];
  const switches = new Set<BooleanFlag>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--help' || arg === '-h') return { kind: 'help' };
    if (isBooleanFlag(arg)) {
      switches.add(arg);
      continue;
    }
    if (!isValueFlag(arg) && arg !== '--set') throw new UsageError(`unknown argument "${arg}"`);
    const value = argv[i + 1];
    if (value === undefined || value.startsWith('--')) throw new UsageError(`${arg} needs a value`);
    if (value.trim() === '') throw new UsageError(`${arg} needs a non-empty value`);
    i++;
    if (arg === '--set') {
      sets.push(value);
      continue;
    }
    if (values.has(arg)) throw new UsageError(`${arg} given twice`);
    values.set(arg, value);
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
    json: switches.has('--json'),
    overrides: parseSet(scenarioId, sets),
  };
  const replay = values.get('--replay');
  if (replay !== undefined) {
    const runOnly = [
      '--games',
      '--seed',
      '--sweep',
      '--matrix-bots',
      '--workers',
      '--out',
      '--queue',
    ] as const;
    const clash =
      runOnly.find((flag) => values.has(flag)) ??
      (['--matrix', '--ablations'] as const).find((flag) => switches.has(flag));
    if (clash !== undefined)
      throw new UsageError(`--replay takes a game seed: it cannot be combined with ${clash}`);
    return { kind: 'replay', seed: replay, rulesVersion: values.get('--rules-version') ?? null, ...common };
  }
  if (values.has('--rules-version'))
    throw new UsageError("--rules-version goes with --replay: a run plays under this checkout's rules");
  const sweepText = values.get('--sweep');
  const matrixBots = values.get('--matrix-bots');
  const wantsMatrix = switches.has('--matrix') || matrixBots !== undefined;
  if (wantsMatrix && sweepText !== undefined) throw new UsageError('--sweep and --matrix cannot be combined');
  const wantsAblations = switches.has('--ablations');
  if (wantsAblations && (wantsMatrix || sweepText !== undefined))
    throw new UsageError('--ablations cannot be combined with --sweep or --matrix');
  if (wantsMatrix && (values.has('--us') || values.has('--china')))
    throw new UsageError('--matrix chooses the bots: use --matrix-bots instead of --us/--china');
  const workersText = values.get('--workers');
  const queue = parseQueue(values);
  if (queue && workersText !== undefined)
    throw new UsageError(
      "--workers sets this machine's threads: with --queue, each sim:worker has --concurrency",
    );
  return {
    kind: 'run',
    games: wholeNumber('--games', values.get('--games') ?? '100', maxGames),
    seed: values.get('--seed') ?? '1',
    workers:
      workersText === undefined ? defaultWorkerCount() : wholeNumber('--workers', workersText, maxWorkers),
    progress: switches.has('--progress'),
    out: values.get('--out') ?? null,
    sweep: sweepText === undefined ? null : parseSweep(scenarioId, sweepText, common.overrides),
    matrix: wantsMatrix ? parseMatrix(matrixBots) : null,
    ablations: wantsAblations,
    queue,
    ...common,
  };
}
