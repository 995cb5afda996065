import { describe, expect, it } from 'vitest';
import { computeRound } from '../../rules/mechanics/compute.ts';
import { buildPower, growPower, powerCostBn, poweredChipsK } from '../../rules/mechanics/power.ts';
import { newGame } from './helpers.ts';

describe('power (RULEBOOK §9)', () => {
  it('only the chips the grid can power count (RULEBOOK §9)', () => {
    const state = newGame();
    const { chipPowerKw } = state.params.power;
    state.sides.us.chipsK = 10_000;
    state.sides.us.powerGw = 4;
    expect(poweredChipsK(state, 'us')).toBeCloseTo((4 * 1000) / chipPowerKw.us);
    state.sides.us.powerGw = 1000;
    expect(poweredChipsK(state, 'us')).toBe(10_000);
  });

  it('unpowered chips add no compute (RULEBOOK §9)', () => {
    const powered = newGame();
    const dark = newGame();
    dark.sides.us.powerGw = 0;
    computeRound(powered, 'us');
    computeRound(dark, 'us');
    expect(powered.sides.us.last.effectiveComputeEflops).toBeGreaterThan(0);
    expect(dark.sides.us.last.effectiveComputeEflops).toBe(0);
  });

  it('China builds power cheaper and faster than the US (RULEBOOK §9)', () => {
    const state = newGame();
    state.retaliationLevel = 0;
    expect(powerCostBn(state, 'china')).toBeLessThan(powerCostBn(state, 'us'));
    const us = state.sides.us.powerGw;
    const china = state.sides.china.powerGw;
    buildPower(state, 'us');
    buildPower(state, 'china');
    growPower(state, 'us');
    growPower(state, 'china');
    expect(state.sides.china.powerGw - china).toBeGreaterThan(state.sides.us.powerGw - us);
  });

  it('the rare-earth ban raises only the US’s power cost (RULEBOOK §9, §12)', () => {
    const state = newGame();
    state.retaliationLevel = 2;
    const us = powerCostBn(state, 'us');
    const china = powerCostBn(state, 'china');
    state.retaliationLevel = 3;
    expect(powerCostBn(state, 'us')).toBeCloseTo(us * state.params.controls.rareEarthUsPowerCostMultiplier);
    expect(powerCostBn(state, 'china')).toBe(china);
  });
});
