import { baselineScenarioId, scenarioById } from '../../rules/index.ts';
import { UsageError } from './args.ts';
import type { BenchOptions } from './bench.ts';

export const benchUsage = `usage: npm run -s bench -- [--games N] [--greedy-games N] [--seed S] [--scenario ID] [--json]
  --games N         random-vs-random games to time (default 300)
  --greedy-games N  greedy-vs-greedy games to time (default 30; 0 to skip)
  --search-games N  mcts:200-vs-mcts:200 games whose decisions are timed (default 2; 0 to skip)
  --seed S          run seed (default "bench"); game i plays seed "S:i"
  --scenario ID     scenario (default ${baselineScenarioId})
  --json            print one JSON object
The bench sets NODE_ENV=production before boardgame.io loads.`;

export type BenchCommand = { kind: 'bench'; options: BenchOptions; json: boolean } | { kind: 'help' };

function wholeNumber(flag: string, text: string, min: number): number {
  if (!/^\d+$/.test(text) || Number(text) < min || Number(text) > 1_000_000)
    throw new UsageError(`${flag} needs a whole number from ${min} to 1000000, got "${text}"`);
  return Number(text);
}

export function parseBenchArgs(argv: readonly string[], defaults: BenchOptions): BenchCommand {
  const options = { ...defaults };
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--help' || arg === '-h') return { kind: 'help' };
    if (arg === '--json') {
      json = true;
      continue;
    }
    const value = argv[i + 1];
    if (!['--games', '--greedy-games', '--search-games', '--seed', '--scenario'].includes(arg))
      throw new UsageError(`unknown argument "${arg}"`);
    if (value === undefined || value.startsWith('--') || value.trim() === '')
      throw new UsageError(`${arg} needs a value`);
    i++;
    if (arg === '--games') options.games = wholeNumber(arg, value, 1);
    else if (arg === '--greedy-games') options.greedyGames = wholeNumber(arg, value, 0);
    else if (arg === '--search-games') options.searchGames = wholeNumber(arg, value, 0);
    else if (arg === '--seed') options.seed = value;
    else if (scenarioById(value)) options.scenarioId = value;
    else throw new UsageError(`unknown scenario "${value}"`);
  }
  return { kind: 'bench', options, json };
}
