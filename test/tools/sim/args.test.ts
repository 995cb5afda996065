import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { parseSimArgs, UsageError } from '../../../tools/sim/args.ts';
import { parseBenchArgs } from '../../../tools/sim/bench-args.ts';
import { parseWorkerArgs } from '../../../tools/sim/queue-args.ts';
import { defaultBenchOptions } from '../../../tools/sim/bench.ts';

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
      overrides: {},
      workers: expect.any(Number) as unknown,
      progress: false,
      out: null,
      sweep: null,
      matrix: null,
      ablations: false,
      queue: null,
    });
  });

  it('reads --queue and its namespace and chunk size (issue 14)', () => {
    expect(parseSimArgs(['--queue', 'redis://10.0.0.5:6379', '--games', '40'])).toMatchObject({
      queue: { url: 'redis://10.0.0.5:6379', namespace: 'sc-sim', chunkGames: null },
    });
    expect(
      parseSimArgs(['--queue', 'rediss://lab:6380/2', '--queue-namespace', 'team-b', '--chunk-games', '10']),
    ).toMatchObject({ queue: { url: 'rediss://lab:6380/2', namespace: 'team-b', chunkGames: 10 } });
  });

  it('reads --ablations, alone of the batch shapes (issue 16)', () => {
    expect(parseSimArgs(['--ablations', '--games', '3'])).toMatchObject({
      kind: 'run',
      ablations: true,
      games: 3,
    });
    expect(() => parseSimArgs(['--ablations', '--matrix'])).toThrow(/--ablations cannot be combined/);
    expect(() => parseSimArgs(['--ablations', '--sweep', 'tools.wearPerPassPerRound=0:0.1:2'])).toThrow(
      /--ablations cannot be combined/,
    );
    expect(() => parseSimArgs(['--ablations', '--replay', '1:0'])).toThrow(
      /cannot be combined with --ablations/,
    );
  });

  it('reads the balance-lab flags', () => {
    const command = parseSimArgs([
      '--games',
      '4',
      '--workers',
      '2',
      '--progress',
      '--out',
      'lab',
      '--set',
      'calendar.handSize=6',
      '--sweep',
      'calendar.roundCount=4:8:3',
    ]);
    expect(command).toMatchObject({
      kind: 'run',
      workers: 2,
      progress: true,
      out: 'lab',
      overrides: { 'calendar.handSize': 6 },
      sweep: { param: 'calendar.roundCount', from: 4, to: 8, steps: 3, values: [4, 6, 8] },
      matrix: null,
    });
    expect(parseSimArgs(['--matrix-bots', 'random,greedy,us-chokehold'])).toMatchObject({
      matrix: { us: ['random', 'greedy', 'us-chokehold'], china: ['random', 'greedy'] },
    });
    expect(parseSimArgs(['--matrix'])).toMatchObject({
      matrix: { us: expect.arrayContaining(['greedy']) as unknown },
    });
    expect(parseSimArgs(['--replay', '1:2', '--set', 'calendar.roundCount=5'])).toMatchObject({
      kind: 'replay',
      overrides: { 'calendar.roundCount': 5 },
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
      rulesVersion: null,
    });
  });

  it('reads the rules version a replayed game was played under, and only for a replay', () => {
    expect(parseSimArgs(['--replay', '1:17', '--rules-version', '0.9.0'])).toMatchObject({
      kind: 'replay',
      rulesVersion: '0.9.0',
    });
    expect(() => parseSimArgs(['--games', '3', '--rules-version', '0.9.0'])).toThrow(
      '--rules-version goes with --replay',
    );
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
    [['--workers', '0']],
    [['--set', 'calendar.roundCount']],
    [['--set', 'no.such.parameter=3']],
    [['--set', 'calendar.roundCount=abc']],
    [['--sweep', 'calendar.roundCount=4:8']],
    [['--sweep', 'calendar=4:8:3']],
    [['--sweep', 'calendar.roundCount=4:8:3', '--matrix']],
    [['--matrix', '--us', 'greedy']],
    [['--matrix-bots', 'us-chokehold']],
    [['--replay', '1:2', '--workers', '2']],
    [['--queue', 'http://127.0.0.1:6379']],
    [['--queue', 'localhost']],
    [['--queue', 'redis://h', '--workers', '2']],
    [['--queue', 'redis://h', '--chunk-games', '0']],
    [['--queue', 'redis://h', '--queue-namespace', 'a:b']],
    [['--queue-namespace', 'lab']],
    [['--chunk-games', '5']],
    [['--replay', '1:2', '--queue', 'redis://h']],
  ])('rejects %j with a usage error', (argv) => {
    expect(() => parseSimArgs(argv)).toThrow(UsageError);
  });
});

describe('sim:worker arguments', () => {
  it('reads the queue, with defaults filled in', () => {
    expect(parseWorkerArgs(['--queue', 'redis://10.0.0.5:6379'])).toEqual({
      url: 'redis://10.0.0.5:6379',
      namespace: 'sc-sim',
      concurrency: availableParallelism(),
      stallSeconds: 30,
    });
    expect(
      parseWorkerArgs([
        '--queue',
        'redis://h',
        '--concurrency',
        '3',
        '--stall-seconds',
        '5',
        '--queue-namespace',
        'x',
      ]),
    ).toEqual({ url: 'redis://h', namespace: 'x', concurrency: 3, stallSeconds: 5 });
  });

  it.each([
    [[], '--queue'],
    [['--queue', 'http://h'], '--queue: http:// is not Redis'],
    [['--queue', 'redis://h', '--concurrency', '0'], '--concurrency'],
    [['--queue', 'redis://h', '--stall-seconds', 'soon'], '--stall-seconds'],
    [['--queue', 'redis://h', '--queue-namespace', 'a b'], '--queue-namespace'],
    [['--queue', 'redis://h', '--workers', '2'], 'unknown flag --workers'],
  ])('rejects %j, naming %s', (argv, named) => {
    expect(() => parseWorkerArgs(argv)).toThrow(named);
  });
});

describe('bench arguments', () => {
  it('reads overrides and rejects unknown flags', () => {
    const command = parseBenchArgs(['--games', '5', '--greedy-games', '0', '--json'], defaultBenchOptions);
    expect(command).toMatchObject({ kind: 'bench', json: true, options: { games: 5, greedyGames: 0 } });
    expect(() => parseBenchArgs(['--fast'], defaultBenchOptions)).toThrow(UsageError);
    expect(parseBenchArgs(['--search-games', '0'], defaultBenchOptions)).toMatchObject({
      options: { searchGames: 0, greedyGames: defaultBenchOptions.greedyGames },
    });
    expect(() => parseBenchArgs(['--search-games', 'two'], defaultBenchOptions)).toThrow(UsageError);
  });
});
