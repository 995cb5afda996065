import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { percentile } from '../../../server/games/stats.ts';
import { Counts } from '../../../tools/sim/counts.ts';

describe('counted values', () => {
  it('give the nearest-rank percentiles and extremes of the values they count', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -5, max: 40 }), { maxLength: 200 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (values, fraction) => {
          const counts = new Counts();
          for (const value of values) counts.add(value);
          expect(counts.size).toBe(values.length);
          expect(counts.percentile(fraction)).toBe(percentile(values, fraction));
          const sorted = [...values].sort((a, b) => a - b);
          expect(counts.extremes()).toEqual({ min: sorted[0] ?? 0, max: sorted.at(-1) ?? 0 });
        },
      ),
    );
  });

  it('list each value once with its count, in the order the values first came', () => {
    const counts = new Counts();
    for (const value of [3, 1, 3, 2, 1, 3]) counts.add(value);
    expect([...counts.entries()]).toEqual([
      [3, 3],
      [1, 2],
      [2, 1],
    ]);
  });
});
