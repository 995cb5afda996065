import { describe, expect, it } from 'vitest';
import { computeRound } from '../../rules/mechanics/compute.ts';
import { utilisation } from '../../rules/mechanics/ecosystem.ts';
import { algorithmicMultiplier } from '../../rules/mechanics/efficiency.ts';
import { clusterEfficiency } from '../../rules/mechanics/interconnect.ts';
import { memoryEfficiency } from '../../rules/mechanics/memory.ts';
import { produce } from '../../rules/mechanics/production.ts';
import { newGame } from './helpers.ts';

describe('compute (RULEBOOK §9)', () => {
  it('effective compute is chips × performance × cluster × memory × utilisation × algorithms (RULEBOOK §9)', () => {
    const state = newGame();
    const { params } = state;
    const us = state.sides.us;
    us.chipsK = 2000;
    us.chipPerformancePflops = 1.5;
    us.powerGw = 1000;
    computeRound(state, 'us');
    const cluster = clusterEfficiency(
      params,
      2000 * 1000 * params.compute.trainingShare,
      us.interconnectLevel,
    );
    const memory = memoryEfficiency(params.memory.usBandwidthTBps, params.memory.halfSaturationTBps);
    const expected =
      ((2000 * 1000 * 1.5) / 1000) *
      cluster *
      memory *
      utilisation(state, 'us') *
      algorithmicMultiplier(params, us.efficiencyLevel);
    expect(us.last.effectiveComputeEflops).toBeCloseTo(expected);
    expect(us.last.trainingEflops).toBeCloseTo(expected * params.compute.trainingShare);
    expect(us.last.trainingEflops + us.last.inferenceEflops).toBeCloseTo(expected);
    expect(us.last.clusterEfficiency).toBeCloseTo(cluster);
  });
});

describe('production (RULEBOOK §5, §9)', () => {
  it('old chips retire and new packaged chips join at their node’s performance (RULEBOOK §5, §9)', () => {
    const state = newGame();
    const { params } = state;
    const us = state.sides.us;
    state.retaliationLevel = 0;
    us.budgetBn = 1000;
    us.fabs = [
      {
        id: 1,
        node: 'n3',
        route: 'euv',
        capacityKWafersPerRound: 10,
        yieldFraction: 0.5,
        roundsUntilOnline: 0,
      },
    ];
    const chips = us.chipsK;
    const performance = us.chipPerformancePflops;
    produce(state, 'us');
    const newChips = 10 * params.nodes.diesPerWafer.n3 * 0.5;
    const kept = chips * (1 - params.compute.chipRetirementPerRound);
    expect(us.last.goodDiesK).toBeCloseTo(newChips);
    expect(us.chipsK).toBeCloseTo(kept + newChips);
    expect(us.chipPerformancePflops).toBeCloseTo(
      (kept * performance + newChips * params.nodes.chipPerformancePflops.n3) / (kept + newChips),
    );
  });

  it('China packages only what its HBM allows, plus downgraded imports while they are allowed (RULEBOOK §9, §12)', () => {
    const state = newGame();
    const { params } = state;
    const china = state.sides.china;
    state.exportControlLevel = params.controls.hbmBanLevel; // no HBM imports, downgraded chips still allowed
    state.retaliationLevel = 0;
    china.hbmStockKChips = 100;
    china.chipsK = 0;
    produce(state, 'china');
    const hbmK = 100 + params.memory.chinaBaseHbmKChipsPerRound; // the stock and CXMT's own output
    expect(china.last.goodDiesK).toBeGreaterThan(hbmK);
    expect(china.last.chipsPackagedK).toBe(hbmK);
    expect(china.hbmStockKChips).toBe(0);
    expect(china.chipsK).toBeCloseTo(hbmK + params.controls.downgradedChipImportsKPerRound);
  });
});
