import { describe, expect, it } from 'vitest';
import type { GameRow } from '../../../server/games/game-row.ts';
import { wilsonInterval } from '../../../server/games/stats.ts';
import {
  actionUsage,
  chinaLedShare,
  comebackRate,
  leadChanges,
  lengthHistogram,
  meanProductionBillShare,
  minMax,
  rate,
} from '../../../tools/sim/summary.ts';
import { crossings50, sweepValues } from '../../../tools/sim/sweep.ts';

describe('the Wilson interval', () => {
  // Published 95% Wilson score intervals (z = 1.96), e.g. Newcombe (1998), Table I.
  it.each([
    [0, 10, 0, 0.2775],
    [5, 10, 0.2366, 0.7634],
    [10, 10, 0.7225, 1],
    [81, 100, 0.7222, 0.8749],
  ])('%i of %i is [%f, %f]', (successes, trials, lo, hi) => {
    const [low, high] = wilsonInterval(successes, trials);
    expect(low).toBeCloseTo(lo, 3);
    expect(high).toBeCloseTo(hi, 3);
    expect(rate(successes, trials)).toEqual({ p: successes / trials, lo: low, hi: high });
  });
});

const row = (winner: GameRow['winner'], leadByRound: number[]): GameRow => ({
  index: 0,
  seed: 's:0',
  us: 'random',
  china: 'random',
  overrides: {},
  winner,
  reason: 'finalScore',
  rounds: leadByRound.length,
  moves: 0,
  margin: leadByRound.at(-1) ?? 0,
  escalation: 0,
  sides: {
    us: {
      effectiveComputeEflops: 0,
      developersM: 0,
      maturity: 0,
      researchPoints: 0,
      researchDone: 0,
      toolGroups: 0,
      budgetBn: 0,
    },
    china: {
      effectiveComputeEflops: 0,
      developersM: 0,
      maturity: 0,
      researchPoints: 0,
      researchDone: 0,
      toolGroups: 0,
      budgetBn: 0,
    },
  },
  leadByRound,
  escalationByRound: leadByRound.map(() => 0),
  actions: { us: {}, china: {} },
  productionBillShare: { us: 0, china: 0 },
  fingerprint: '0',
});

describe('swing indicators', () => {
  it('counts sign changes of the lead, skipping zero', () => {
    expect(leadChanges([1, 2, -1, 0, -2, 3])).toBe(2);
    expect(leadChanges([0, 0, 1])).toBe(0);
    expect(leadChanges([])).toBe(0);
  });

  it('counts comebacks by the side trailing after round 2 among decisive games', () => {
    const rows = [
      row('china', [1, 2, -3]), // China trailed after round 2 and won: a comeback
      row('us', [1, 2, 3]), // the leader won
      row('us', [-1, -1, 4]), // the US trailed and won: a comeback
      row('draw', [-1, -2]), // a draw: not counted
      row('us', [3]), // no round-2 record: not counted
      row('china', [1, 0]), // level after round 2: not counted
    ];
    expect(comebackRate(rows)).toMatchObject({ comebacks: 2, games: 3, p: 2 / 3 });
  });

  it('histograms lengths from round 1 to the longest game', () => {
    expect(lengthHistogram([row('us', [1, 1, 1]), row('us', [1]), row('us', [1, 1, 1])])).toEqual({
      '1': 1,
      '2': 0,
      '3': 2,
    });
  });
});

describe('design indicators (issue 16)', () => {
  it('counts the games in which China led the track at any round end', () => {
    const rows = [row('us', [1, -1, 2]), row('us', [1, 2, 3]), row('china', [0, -2]), row('us', [0, 0])];
    expect(chinaLedShare(rows)).toBe(0.5);
    expect(chinaLedShare([])).toBe(0);
  });

  it('reports each menu action’s uses a game, share of the side’s actions and share of games', () => {
    const a = row('us', [1]);
    a.actions = { us: { buildFab: 3, learnYield: 1 }, china: { retaliate: 2 } };
    const b = row('us', [1]);
    b.actions = { us: { buildFab: 1 }, china: {} };
    const usage = actionUsage([a, b], { us: ['buildFab', 'learnYield', 'buildPower'], china: ['retaliate'] });
    expect(usage.us.buildFab).toEqual({ usesPerGame: 2, share: 0.8, gamesShare: 1 });
    expect(usage.us.learnYield).toEqual({ usesPerGame: 0.5, share: 0.2, gamesShare: 0.5 });
    expect(usage.us.buildPower).toEqual({ usesPerGame: 0, share: 0, gamesShare: 0 });
    expect(usage.china.retaliate).toEqual({ usesPerGame: 1, share: 1, gamesShare: 0.5 });
  });

  it('averages the production bill share over games', () => {
    const a = row('us', [1]);
    a.productionBillShare = { us: 0.2, china: 0.1 };
    const b = row('us', [1]);
    b.productionBillShare = { us: 0.4, china: 0.3 };
    expect(meanProductionBillShare([a, b])).toEqual({ us: 0.3, china: 0.2 });
  });

  it('finds the extremes of 200,000 rows without overflowing the stack (issue 14)', () => {
    const values = Array.from({ length: 200_000 }, (_, i) => (i * 7919) % 8);
    expect(minMax(values)).toEqual({ min: 0, max: 7 });
    expect(minMax([])).toEqual({ min: 0, max: 0 });
  });
});

describe('sweep arithmetic', () => {
  it('spaces values evenly, both ends included', () => {
    expect(sweepValues(0, 1, 11)[3]).toBe(0.3);
    expect(sweepValues(4, 8, 3)).toEqual([4, 6, 8]);
    expect(sweepValues(5, 5, 1)).toEqual([5]);
  });

  it('interpolates the 50% crossing linearly between arms, and finds none when there is none', () => {
    expect(
      crossings50([
        { value: 0, p: 0.3 },
        { value: 10, p: 0.7 },
      ]),
    ).toEqual([5]);
    expect(
      crossings50([
        { value: 1, p: 0.2 },
        { value: 2, p: 0.5 },
        { value: 3, p: 0.9 },
      ]),
    ).toEqual([2]);
    expect(
      crossings50([
        { value: 0, p: 0.6 },
        { value: 1, p: 0.8 },
      ]),
    ).toEqual([]);
  });
});
