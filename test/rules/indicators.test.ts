import { describe, expect, it } from 'vitest';
import type { GameState } from '../../rules/index.ts';
import { roundIndicators, sides } from '../../rules/index.ts';
import { meanToolWearFraction, meanYieldFraction } from '../../rules/mechanics/indicators.ts';
import { endRound } from '../../rules/round.ts';
import { newGame } from './helpers.ts';

/** The debrief's indicators in each round's record (issue 13; RULEBOOK §2, "Round end"). */

describe("a round's record keeps the debrief's indicators", () => {
  it("records each side's standing at the round's end, by the names the debrief charts", () => {
    const state: GameState = newGame('indicators');
    endRound(state);
    const record = state.history.at(-1);
    expect(record?.round).toBe(1);
    // Recorded at the round's end: the next round's start changes none of these.
    for (const side of sides) {
      const own = state.sides[side];
      expect(record?.indicators?.[side]).toEqual({
        budgetBn: own.budgetBn,
        meanYieldFraction: meanYieldFraction(state, side),
        meanToolWearFraction: meanToolWearFraction(state, side),
        dependency: own.dependency,
        independentDevelopersM: own.developersM - own.captiveDevelopersM,
        maturity: own.maturity,
        chipsK: own.chipsK,
        influence: own.influence,
      });
    }
    expect(Object.keys(record?.indicators?.us ?? {}).sort()).toEqual(
      [
        'budgetBn',
        'chipsK',
        'dependency',
        'independentDevelopersM',
        'influence',
        'maturity',
        'meanToolWearFraction',
        'meanYieldFraction',
      ].sort(),
    );
  });

  it('weights yield by capacity over producing fabs only, and is 0 with none producing', () => {
    const state = newGame('indicators-yield');
    state.sides.china.fabs = [
      {
        id: 1,
        node: 'n7',
        route: 'duv',
        capacityKWafersPerRound: 30,
        yieldFraction: 0.4,
        roundsUntilOnline: 0,
      },
      {
        id: 2,
        node: 'n5',
        route: 'duv',
        capacityKWafersPerRound: 10,
        yieldFraction: 0.2,
        roundsUntilOnline: 0,
      },
      // Under construction: no wafers, so its yield is not the side's.
      {
        id: 3,
        node: 'n5',
        route: 'duv',
        capacityKWafersPerRound: 50,
        yieldFraction: 0.9,
        roundsUntilOnline: 2,
      },
    ];
    expect(meanYieldFraction(state, 'china')).toBeCloseTo((30 * 0.4 + 10 * 0.2) / 40);
    state.sides.china.fabs = state.sides.china.fabs.filter((fab) => fab.roundsUntilOnline > 0);
    expect(meanYieldFraction(state, 'china')).toBe(0);
  });

  it("averages China's tool-group wear; the US's tools are not tracked, so its wear reads 0", () => {
    const state = newGame('indicators-wear');
    state.sides.china.toolGroupWear = [0.1, 0.3, 0.5];
    expect(meanToolWearFraction(state, 'china')).toBeCloseTo(0.3);
    expect(state.sides.us.toolGroupWear).toEqual([]);
    expect(roundIndicators(state, 'us').meanToolWearFraction).toBe(0);
    state.sides.china.toolGroupWear = [];
    expect(roundIndicators(state, 'china').meanToolWearFraction).toBe(0);
  });

  it("counts only independent developers: the mandate's captive ones are not the ecosystem's (RULEBOOK §8)", () => {
    const state = newGame('indicators-developers');
    state.sides.china.developersM = 3;
    state.sides.china.captiveDevelopersM = 1.25;
    expect(roundIndicators(state, 'china').independentDevelopersM).toBeCloseTo(1.75);
  });
});
