import { describe, expect, it } from 'vitest';
import { parseSimArgs, UsageError } from '../../../server/sim/args.ts';
import { parseBenchArgs } from '../../../server/sim/bench-args.ts';
import { defaultBenchOptions } from '../../../server/sim/bench.ts';

describe('sim arguments', () => {
  it('reads a run with defaults filled in', () => {
    expect(parseSimArgs(['--games', '10', '--seed', 's', '--json'])).toEqual({
      kind: 'run',
      games: 10,
      seed: 's',
      scenarioId: 'baseline-2025',
      us: 'random',
      china: 'random',
      json: true,
    });
  });

  it('reads a replay', () => {
    expect(
      parseSimArgs(['--replay', '1:17', '--us', 'greedy', '--china', 'china-self-reliance']),
    ).toMatchObject({
      kind: 'replay',
      seed: '1:17',
      us: 'greedy',
      china: 'china-self-reliance',
    });
  });

  it.each([
    [['--frobnicate']],
    [['--games']],
    [['--games', 'ten']],
    [['--games', '0']],
    [['--games', '1.5']],
    [['--seed', '1', '--seed', '2']],
    [['--scenario', 'atlantis']],
    [['--us', 'mcts:0']],
    [['--us', 'alphazero']],
    [['--us', 'china-self-reliance']],
    [['--china', 'us-chokehold']],
    [['--replay', '1:2', '--games', '3']],
    [['stray']],
  ])('rejects %j with a usage error', (argv) => {
    expect(() => parseSimArgs(argv)).toThrow(UsageError);
  });
});

describe('bench arguments', () => {
  it('reads overrides and rejects unknown flags', () => {
    const command = parseBenchArgs(['--games', '5', '--greedy-games', '0', '--json'], defaultBenchOptions);
    expect(command).toMatchObject({ kind: 'bench', json: true, options: { games: 5, greedyGames: 0 } });
    expect(() => parseBenchArgs(['--fast'], defaultBenchOptions)).toThrow(UsageError);
  });
});
