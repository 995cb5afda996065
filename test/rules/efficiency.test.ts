import { describe, expect, it } from 'vitest';
import {
  addEfficiencyProgress,
  algorithmicMultiplier,
  levelMultipliers,
  maxEfficiencyLevel,
} from '../../rules/mechanics/efficiency.ts';
import { computeRound } from '../../rules/mechanics/compute.ts';
import { newGame } from './helpers.ts';

describe('algorithmic efficiency (RULEBOOK §10)', () => {
  const { params } = newGame();

  it('level 0 multiplies by 1 and each level by its own factor (RULEBOOK §10)', () => {
    const [l1 = 0, l2 = 0] = levelMultipliers(params);
    expect(algorithmicMultiplier(params, 0)).toBe(1);
    expect(algorithmicMultiplier(params, 1)).toBeCloseTo(l1);
    expect(algorithmicMultiplier(params, 2)).toBeCloseTo(l1 * l2);
  });

  it('there are four levels and nothing beyond the last (RULEBOOK §10)', () => {
    expect(maxEfficiencyLevel(params)).toBe(4);
    expect(algorithmicMultiplier(params, 9)).toBe(algorithmicMultiplier(params, 4));
  });

  it('progress converts into levels at the points per level, carrying the remainder (RULEBOOK §10)', () => {
    const state = newGame();
    const perLevel = state.params.efficiency.progressPointsPerLevel;
    state.sides.us.efficiencyLevel = 0;
    addEfficiencyProgress(state, 'us', perLevel * 2 + 1);
    expect(state.sides.us.efficiencyLevel).toBe(2);
    expect(state.sides.us.efficiencyProgress).toBe(1);
  });

  it('progress beyond the last level is dropped (RULEBOOK §10)', () => {
    const state = newGame();
    state.sides.china.efficiencyLevel = 3;
    addEfficiencyProgress(state, 'china', 100);
    expect(state.sides.china.efficiencyLevel).toBe(4);
    expect(state.sides.china.efficiencyProgress).toBe(0);
  });

  it('negative progress never goes below zero or loses a level (RULEBOOK §10)', () => {
    const state = newGame();
    state.sides.us.efficiencyProgress = 1;
    addEfficiencyProgress(state, 'us', -5);
    expect(state.sides.us.efficiencyProgress).toBe(0);
    expect(state.sides.us.efficiencyLevel).toBe(1);
  });

  it('a higher level multiplies effective compute (RULEBOOK §9, §10)', () => {
    const low = newGame();
    const high = newGame();
    high.sides.us.efficiencyLevel = 3;
    computeRound(low, 'us');
    computeRound(high, 'us');
    expect(high.sides.us.last.effectiveComputeEflops / low.sides.us.last.effectiveComputeEflops).toBeCloseTo(
      algorithmicMultiplier(low.params, 3) / algorithmicMultiplier(low.params, 1),
    );
  });
});
