import { describe, expect, it } from 'vitest';
import { wilsonInterval } from '../../../server/games/stats.ts';
import { leadChanges, rate } from '../../../tools/sim/summary.ts';
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

describe('swing indicators', () => {
  it('counts sign changes of the lead, skipping zero', () => {
    expect(leadChanges([1, 2, -1, 0, -2, 3])).toBe(2);
    expect(leadChanges([0, 0, 1])).toBe(0);
    expect(leadChanges([])).toBe(0);
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
