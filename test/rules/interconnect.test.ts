import { describe, expect, it } from 'vitest';
import { clusterEfficiency, interconnectOverhead } from '../../rules/mechanics/interconnect.ts';
import { newGame } from './helpers.ts';

describe('interconnect and cluster scale (RULEBOOK §9)', () => {
  const { params } = newGame();

  it('a one-chip cluster loses almost nothing; efficiency falls as the cluster grows (RULEBOOK §9)', () => {
    expect(clusterEfficiency(params, 0, 3)).toBe(1);
    let previous = 1;
    for (const chips of [1e3, 1e4, 1e5, 1e6]) {
      const efficiency = clusterEfficiency(params, chips, 3);
      expect(efficiency).toBeLessThan(previous);
      expect(efficiency).toBeGreaterThan(0);
      previous = efficiency;
    }
  });

  it('each doubling of the cluster costs the level’s overhead (RULEBOOK §9)', () => {
    const reference = params.interconnect.referenceClusterChips;
    // 3 × reference chips is exactly two doublings of (1 + chips / reference).
    expect(clusterEfficiency(params, 3 * reference, 2)).toBeCloseTo(
      1 / (1 + 2 * interconnectOverhead(params, 2)),
    );
  });

  it('better interconnect levels have smaller overheads, and levels outside the table clamp (RULEBOOK §9)', () => {
    const overheads = [1, 2, 3, 4, 5].map((level) => interconnectOverhead(params, level));
    for (let i = 1; i < overheads.length; i++) expect(overheads[i]).toBeLessThan(overheads[i - 1] ?? 0);
    expect(interconnectOverhead(params, 0)).toBe(interconnectOverhead(params, 1));
    expect(interconnectOverhead(params, 9)).toBe(interconnectOverhead(params, 5));
  });

  it('the same cluster runs more efficiently on the better interconnect (RULEBOOK §9)', () => {
    for (const chips of [1e4, 1e5, 1e6])
      expect(clusterEfficiency(params, chips, 4)).toBeGreaterThan(clusterEfficiency(params, chips, 2));
  });
});
