import { describe, expect, it } from 'vitest';
import type { Fab } from '../../rules/index.ts';
import {
  advanceConstruction,
  buildableNodes,
  clampYield,
  costPerGoodDieUsd,
  fabWithMostToLearn,
  goodDiesPerWafer,
  learnYield,
  learnYieldByAction,
  routeFor,
  startFab,
  waferCostUsd,
  yieldCapFraction,
} from '../../rules/mechanics/fabs.ts';
import { produce } from '../../rules/mechanics/production.ts';
import { newGame } from './helpers.ts';

const fab = (overrides: Partial<Fab>): Fab => ({
  id: 99,
  node: 'n7',
  route: 'duv',
  capacityKWafersPerRound: 10,
  yieldFraction: 0.4,
  roundsUntilOnline: 0,
  ...overrides,
});

describe('fabs and yields (RULEBOOK §5)', () => {
  const { params } = newGame();

  it('counts good dies as dies per wafer times yield (RULEBOOK §5)', () => {
    expect(goodDiesPerWafer(params, fab({ node: 'n7', yieldFraction: 0.5 }))).toBeCloseTo(
      params.nodes.diesPerWafer.n7 * 0.5,
    );
    expect(goodDiesPerWafer(params, fab({ yieldFraction: 0 }))).toBe(0);
  });

  it("charges China's wafers the wafer-cost multiplier (RULEBOOK §5)", () => {
    const us = waferCostUsd(params, 'us', 'n7');
    const china = waferCostUsd(params, 'china', 'n7');
    expect(us).toBe(params.nodes.waferCostKUsd.n7 * 1000);
    expect(china / us).toBeCloseTo(params.budget.waferCostMultiplier.china);
  });

  it('spreads the wafer price over the working dies: halving yield doubles the cost per good die (RULEBOOK §5)', () => {
    const high = costPerGoodDieUsd(params, 'china', fab({ yieldFraction: 0.5 }));
    const low = costPerGoodDieUsd(params, 'china', fab({ yieldFraction: 0.25 }));
    expect(low / high).toBeCloseTo(2);
    expect(costPerGoodDieUsd(params, 'china', fab({ yieldFraction: 0 }))).toBe(Infinity);
  });

  it('learns a share of the gap toward the node and route cap, never past it (RULEBOOK §5)', () => {
    const f = fab({ node: 'n7', route: 'duv', yieldFraction: 0.3 });
    const cap = yieldCapFraction(params, 'duv', 'n7');
    learnYield(params, f, 0.5, 'china');
    expect(f.yieldFraction).toBeCloseTo(0.3 + (cap - 0.3) * 0.5);
    for (let i = 0; i < 50; i++) learnYield(params, f, 0.9, 'china');
    expect(f.yieldFraction).toBeLessThanOrEqual(cap);
    expect(f.yieldFraction).toBeGreaterThan(cap - 1e-3);
  });

  it('caps yield at the node and route cap and floors it at zero (RULEBOOK §5)', () => {
    const high = fab({ route: 'duv', node: 'n5', yieldFraction: 0.9 });
    clampYield(params, high, 'china');
    expect(high.yieldFraction).toBe(params.yieldCap.duv.n5);
    const low = fab({ yieldFraction: -0.2 });
    clampYield(params, low, 'china');
    expect(low.yieldFraction).toBe(0);
  });

  it("China's own EUV lines learn toward a share of the mature EUV caps (RULEBOOK §5)", () => {
    const domestic = fab({ node: 'n5', route: 'euv', yieldFraction: 0.3 });
    for (let i = 0; i < 50; i++) learnYield(params, domestic, 0.9, 'china');
    expect(domestic.yieldFraction).toBeCloseTo(
      params.yieldCap.euv.n5 * params.yieldCap.domesticEuvYieldShare,
      3,
    );
    const tsmc = fab({ node: 'n5', route: 'euv', yieldFraction: 0.3 });
    for (let i = 0; i < 50; i++) learnYield(params, tsmc, 0.9, 'us');
    expect(tsmc.yieldFraction).toBeCloseTo(params.yieldCap.euv.n5, 3);
  });

  it('caps DUV multi-patterning below EUV at every node (RULEBOOK §5)', () => {
    for (const node of ['n7', 'n5', 'n3', 'n2'] as const)
      expect(yieldCapFraction(params, 'duv', node)).toBeLessThan(yieldCapFraction(params, 'euv', node));
  });

  it('a yield-learning action works on the producing fab with the largest gap (RULEBOOK §5)', () => {
    const state = newGame();
    const china = state.sides.china;
    china.fabs = [
      fab({ id: 1, node: 'n7', yieldFraction: 0.45 }),
      fab({ id: 2, node: 'n5', yieldFraction: 0.1 }),
      fab({ id: 3, node: 'n7', yieldFraction: 0, roundsUntilOnline: 1 }),
    ];
    expect(fabWithMostToLearn(state, 'china')?.id).toBe(2);
    learnYieldByAction(state, 'china');
    expect(china.fabs[1]?.yieldFraction).toBeCloseTo(
      0.1 + (params.yieldCap.duv.n5 - 0.1) * params.fabs.yieldLearningActionShare,
    );
    expect(china.fabs[0]?.yieldFraction).toBe(0.45);
    expect(china.fabs[2]?.yieldFraction).toBe(0);
    for (const f of china.fabs) f.yieldFraction = yieldCapFraction(params, f.route, f.node);
    china.fabs.pop();
    expect(fabWithMostToLearn(state, 'china')).toBeUndefined();
  });

  it('China builds on DUV until its domestic EUV lands, never below 5nm on DUV nor 2nm on EUV (RULEBOOK §5, §13)', () => {
    const state = newGame();
    expect(routeFor(state, 'china')).toBe('duv');
    expect(buildableNodes(state, 'china')).toEqual(['n5', 'n7']);
    state.sides.china.researchDone.domesticEuv = true;
    expect(routeFor(state, 'china')).toBe('euv');
    expect(buildableNodes(state, 'china')).toEqual(['n3', 'n5', 'n7']);
  });

  it('the US and China on EUV are offered their own nodes in the same game (RULEBOOK §5)', () => {
    const state = newGame();
    state.year = state.params.fabs.usN2FirstYear;
    state.sides.china.researchDone.domesticEuv = true;
    expect(buildableNodes(state, 'china')).toEqual(['n3', 'n5', 'n7']);
    expect(buildableNodes(state, 'us')).toEqual(['n2', 'n3', 'n5']);
  });

  it('the US builds 2nm only from its first 2nm year (RULEBOOK §5)', () => {
    const state = newGame();
    state.year = state.params.fabs.usN2FirstYear - 1;
    expect(buildableNodes(state, 'us')).not.toContain('n2');
    state.year = state.params.fabs.usN2FirstYear;
    expect(buildableNodes(state, 'us')).toEqual(['n2', 'n3', 'n5']);
    expect(routeFor(state, 'us')).toBe('euv');
  });

  it('a new fab starts at the new-fab yield and comes online after its build rounds (RULEBOOK §5)', () => {
    const state = newGame();
    const before = state.sides.us.fabs.length;
    startFab(state, 'us', 'n3');
    const built = state.sides.us.fabs[before];
    expect(built).toMatchObject({
      node: 'n3',
      route: 'euv',
      yieldFraction: state.params.fabs.newFabYieldFraction,
      capacityKWafersPerRound: state.params.fabs.newFabCapacityKWafersPerRound,
      roundsUntilOnline: state.params.fabs.fabBuildRounds,
    });
    expect(state.nextFabId).toBe((built?.id ?? 0) + 1);
    for (let i = 0; i < state.params.fabs.fabBuildRounds; i++) advanceConstruction(state, 'us');
    expect(built?.roundsUntilOnline).toBe(0);
    advanceConstruction(state, 'us');
    expect(built?.roundsUntilOnline).toBe(0);
  });

  it('a fab under construction produces nothing (RULEBOOK §5)', () => {
    const state = newGame();
    state.sides.us.fabs = [fab({ route: 'euv', node: 'n3', roundsUntilOnline: 1, yieldFraction: 0.7 })];
    produce(state, 'us');
    expect(state.sides.us.last.wafersK).toBe(0);
    expect(state.sides.us.last.goodDiesK).toBe(0);
  });

  it('production is limited by the money to pay for the wafers (RULEBOOK §5, §7)', () => {
    const state = newGame();
    state.sides.us.fabs = [
      fab({ route: 'euv', node: 'n5', capacityKWafersPerRound: 100, yieldFraction: 0.8 }),
    ];
    state.retaliationLevel = 0; // no mineral-ban surcharge
    state.sides.us.budgetBn = 0.17; // 10 thousand wafers at $17k
    produce(state, 'us');
    expect(state.sides.us.last.wafersK).toBeCloseTo(10);
    expect(state.sides.us.budgetBn).toBeCloseTo(0);
    expect(state.sides.us.last.costPerGoodDieUsd).toBeCloseTo(
      costPerGoodDieUsd(state.params, 'us', fab({ route: 'euv', node: 'n5', yieldFraction: 0.8 })),
    );
  });
});
