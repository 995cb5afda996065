import { describe, expect, it } from 'vitest';
import type { Fab, GameState } from '../../rules/index.ts';
import { baselineScenarioId, cloneState, createGame } from '../../rules/index.ts';
import { collectIncome, roundIncomeBn } from '../../rules/mechanics/budget.ts';
import {
  algorithmicMultiplier,
  levelMultipliers,
  openSourceModel,
} from '../../rules/mechanics/efficiency.ts';
import { costPerGoodDieUsd, yieldCapFraction } from '../../rules/mechanics/fabs.ts';
import { clusterEfficiency } from '../../rules/mechanics/interconnect.ts';
import { produce } from '../../rules/mechanics/production.ts';
import { takeSubsidy } from '../../rules/mechanics/subsidies.ts';
import { serviceTools, servicingAllowed, toolPassCapacityK } from '../../rules/mechanics/tools.ts';
import { endRound } from '../../rules/round.ts';

/** The six baseline claims of the design brief (§4), each measured with the engine's own functions. */

const baseline = (): GameState => createGame({ scenarioId: baselineScenarioId, seed: 'claims' });

function chinaN7Fab(state: GameState): Fab {
  const fab = state.sides.china.fabs.find((f) => f.node === 'n7' && f.route === 'duv');
  if (!fab) throw new Error('the baseline gives China no DUV 7nm-class fab');
  return fab;
}

describe('design claims of the baseline (design brief §4)', () => {
  it('1. China’s cost per good die on DUV 7nm-class is at least twice the US’s on the comparable node (RULEBOOK §5)', () => {
    const state = baseline();
    const { params } = state;
    const china = chinaN7Fab(state);
    const usN7: Fab = { ...china, route: 'euv', yieldFraction: yieldCapFraction(params, 'euv', 'n7') };
    expect(costPerGoodDieUsd(params, 'china', china)).toBeGreaterThanOrEqual(
      2 * costPerGoodDieUsd(params, 'us', usN7),
    );
    // Even once China's line has learned all the way to its DUV cap.
    const chinaAtCap: Fab = { ...china, yieldFraction: yieldCapFraction(params, 'duv', 'n7') };
    expect(costPerGoodDieUsd(params, 'china', chinaAtCap)).toBeGreaterThanOrEqual(
      2 * costPerGoodDieUsd(params, 'us', usN7),
    );
    // And as production measures it, with China's tools and the US's mineral surcharge in play.
    state.sides.china.fabs = [china];
    state.sides.us.fabs = [{ ...usN7, id: 99 }];
    produce(state, 'china');
    produce(state, 'us');
    expect(state.sides.china.last.goodDiesK).toBeGreaterThan(0);
    expect(state.sides.china.last.costPerGoodDieUsd).toBeGreaterThanOrEqual(
      2 * state.sides.us.last.costPerGoodDieUsd,
    );
  });

  it('2. each further algorithmic-efficiency level adds less than the one before (RULEBOOK §10)', () => {
    const { params } = baseline();
    const multipliers = levelMultipliers(params);
    expect(multipliers.length).toBeGreaterThanOrEqual(2);
    for (let i = 0; i < multipliers.length; i++) {
      expect(multipliers[i]).toBeGreaterThan(1);
      if (i > 0) expect(multipliers[i]).toBeLessThan(multipliers[i - 1] ?? 0);
    }
    // The same seen through the cumulative multiplier: ratios and absolute gains both shrink.
    const totals = multipliers.map((_, i) => algorithmicMultiplier(params, i + 1));
    const levels = [algorithmicMultiplier(params, 0), ...totals];
    for (let i = 2; i < levels.length; i++) {
      const [previous = 0, before = 0, current = 0] = [levels[i - 1], levels[i - 2], levels[i]];
      expect(current / previous).toBeGreaterThan(1);
      expect(current / previous).toBeLessThan(previous / before);
      expect(current - previous).toBeLessThan(previous - before);
    }
  });

  it('3. under a servicing ban with no domestic spares China’s DUV capacity falls round over round (RULEBOOK §6)', () => {
    const state = baseline();
    expect(servicingAllowed(state)).toBe(false);
    expect(state.sides.china.researchDone.domesticSpares).toBe(false);
    const passCapacity: number[] = [];
    const waferCapacity: number[] = [];
    for (let round = 0; round < 4; round++) {
      passCapacity.push(toolPassCapacityK(state));
      produce(state, 'china');
      waferCapacity.push(state.sides.china.last.advancedCapacityKWafers);
    }
    passCapacity.push(toolPassCapacityK(state));
    for (let i = 1; i < passCapacity.length; i++)
      expect(passCapacity[i]).toBeLessThan(passCapacity[i - 1] ?? 0);
    for (let i = 1; i < waferCapacity.length; i++)
      expect(waferCapacity[i]).toBeLessThan(waferCapacity[i - 1] ?? 0);

    // The same through whole rounds of the game's own upkeep, until the chokehold ends it.
    const game = baseline();
    const measured: number[] = [];
    for (let round = 0; round < 4 && !game.result; round++) {
      endRound(game);
      measured.push(game.sides.china.last.advancedCapacityKWafers);
    }
    expect(measured.length).toBeGreaterThanOrEqual(3);
    for (let i = 1; i < measured.length; i++) expect(measured[i]).toBeLessThan(measured[i - 1] ?? 0);

    // Contrast: where servicing is allowed and done, capacity holds.
    const serviced = createGame({ scenarioId: 'servicing-ban-lifted', seed: 'claims' });
    expect(servicingAllowed(serviced)).toBe(true);
    const held: number[] = [];
    for (let round = 0; round < 4; round++) {
      serviceTools(serviced);
      produce(serviced, 'china');
      held.push(serviced.sides.china.last.advancedCapacityKWafers);
    }
    expect(held.at(-1)).toBeCloseTo(held[0] ?? 0);
  });

  it('4. subsidy money raises dependency, and dependency costs income later (RULEBOOK §7)', () => {
    for (const side of ['us', 'china'] as const) {
      const without = baseline();
      const withSubsidy = cloneState(without);
      takeSubsidy(withSubsidy, side);
      expect(withSubsidy.sides[side].budgetBn).toBeGreaterThan(without.sides[side].budgetBn);
      expect(withSubsidy.sides[side].dependency).toBeGreaterThan(without.sides[side].dependency);
      for (let round = 0; round < 3; round++) {
        expect(roundIncomeBn(withSubsidy, side)).toBeLessThan(roundIncomeBn(without, side));
        collectIncome(withSubsidy, side);
        collectIncome(without, side);
      }
    }
  });

  it('5. open-sourcing raises the open-sourcer’s influence and the rival’s efficiency (RULEBOOK §11)', () => {
    // China, a level ahead at the start, releases: the US catches up a level.
    const state = baseline();
    const { params } = state;
    const influence = state.sides.china.influence;
    const usMultiplier = algorithmicMultiplier(params, state.sides.us.efficiencyLevel);
    openSourceModel(state, 'china');
    expect(state.sides.china.influence).toBeGreaterThan(influence);
    expect(algorithmicMultiplier(params, state.sides.us.efficiencyLevel)).toBeGreaterThan(usMultiplier);

    // The US releases from level to level: China's progress toward its next level grows, then lands.
    const us = baseline();
    us.sides.us.efficiencyLevel = us.sides.china.efficiencyLevel;
    const chinaMultiplier = algorithmicMultiplier(params, us.sides.china.efficiencyLevel);
    const usInfluence = us.sides.us.influence;
    for (let i = 0; i < params.efficiency.progressPointsPerLevel; i++) openSourceModel(us, 'us');
    expect(us.sides.us.influence).toBeGreaterThan(usInfluence);
    expect(algorithmicMultiplier(params, us.sides.china.efficiencyLevel)).toBeGreaterThan(chinaMultiplier);
  });

  it('6. cluster efficiency falls with cluster size, faster for the weaker interconnect (RULEBOOK §9)', () => {
    const state = baseline();
    const { params } = state;
    const usLevel = state.sides.us.interconnectLevel;
    const chinaLevel = state.sides.china.interconnectLevel;
    expect(chinaLevel).toBeLessThan(usLevel);
    const sizes = [1e3, 1e4, 1e5, 1e6];
    const us = sizes.map((chips) => clusterEfficiency(params, chips, usLevel));
    const china = sizes.map((chips) => clusterEfficiency(params, chips, chinaLevel));
    for (let i = 1; i < sizes.length; i++) {
      expect(us[i]).toBeLessThan(us[i - 1] ?? 0);
      expect(china[i]).toBeLessThan(china[i - 1] ?? 0);
      // Falls faster: a smaller share of the smaller cluster's efficiency is kept, and more is lost.
      const usKept = (us[i] ?? 0) / (us[i - 1] ?? 1);
      const chinaKept = (china[i] ?? 0) / (china[i - 1] ?? 1);
      expect(chinaKept).toBeLessThan(usKept);
      expect((china[i - 1] ?? 0) - (china[i] ?? 0)).toBeGreaterThan((us[i - 1] ?? 0) - (us[i] ?? 0));
    }
  });
});
