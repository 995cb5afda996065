import { describe, expect, it } from 'vitest';
import { endReasons } from '../../../rules/index.ts';
import { replayGame } from '../../../tools/sim/replay.ts';
import { runSimulation } from '../../../tools/sim/run.ts';
import type { SimOptions } from '../../../tools/sim/run.ts';
import { gameSeed } from '../../../server/games/seeds.ts';
import { median, percentile, wilsonInterval } from '../../../server/games/stats.ts';

const options: SimOptions = {
  games: 8,
  seed: 'fixed',
  scenarioId: 'baseline-2025',
  us: 'random',
  china: 'random',
};

describe('runSimulation (issue 2)', () => {
  it('prints the same summary for the same arguments', () => {
    const { gamesPerSec: _first, ...first } = runSimulation(options).summary;
    const { gamesPerSec: _second, ...second } = runSimulation(options).summary;
    expect(second).toEqual(first);
    expect(first.fingerprint).toMatch(/^[0-9a-f]{16}$/);
  });

  it('gives another fingerprint for another seed', () => {
    const first = runSimulation(options).summary;
    const other = runSimulation({ ...options, seed: 'other' }).summary;
    expect(other.fingerprint).not.toBe(first.fingerprint);
  });

  it('accounts for every game in wins, end reasons and lengths', () => {
    const { summary, rows } = runSimulation({ ...options, us: 'greedy', china: 'greedy', games: 5 });
    expect(summary.games).toBe(5);
    expect(summary.wins.us + summary.wins.china + summary.wins.draw).toBe(5);
    expect(Object.keys(summary.endReasons).sort()).toEqual([...endReasons].sort());
    expect(Object.values(summary.endReasons).reduce((a, b) => a + b, 0)).toBe(5);
    expect(summary.lengthRounds.median).toBeGreaterThanOrEqual(1);
    expect(summary.lengthRounds.p95).toBeGreaterThanOrEqual(summary.lengthRounds.median);
    expect(rows.map((row) => row.seed)).toEqual([0, 1, 2, 3, 4].map((i) => gameSeed(options.seed, i)));
  });

  it('replays game i to the same final fingerprint as the run', () => {
    for (const bots of [
      { us: 'random', china: 'random' },
      { us: 'us-chokehold', china: 'china-efficiency-open-source' },
    ]) {
      const { rows } = runSimulation({ ...options, ...bots, games: 4 });
      for (const row of rows) {
        const replay = replayGame({ scenarioId: options.scenarioId, seed: row.seed, ...bots });
        expect(replay.fingerprint).toBe(row.fingerprint);
        expect(replay.state.result?.reason).toBe(row.reason);
      }
    }
  });
});

describe('statistics', () => {
  it('takes nearest-rank percentiles', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.95)).toBe(10);
    expect(percentile([], 0.5)).toBe(0);
  });

  it('brackets the observed rate with the Wilson interval', () => {
    const [low, high] = wilsonInterval(50, 100);
    expect(low).toBeCloseTo(0.404, 3);
    expect(high).toBeCloseTo(0.596, 3);
    expect(wilsonInterval(0, 0)).toEqual([0, 1]);
  });
});
