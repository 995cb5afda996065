import type { GameState } from '../state.ts';
import type { Side } from '../vocabulary.ts';

/** Power (RULEBOOK §9): chips need watts. China builds power cheaply; the US grid is the bottleneck. */

export function poweredChipsK(state: GameState, side: Side): number {
  const own = state.sides[side];
  const chipsPowerable = (own.powerGw * 1000) / state.params.power.chipPowerKw[side];
  return Math.min(own.chipsK, chipsPowerable);
}

export function powerCostBn(state: GameState, side: Side): number {
  const { power, controls } = state.params;
  const rareEarths =
    side === 'us' && state.retaliationLevel >= controls.rareEarthLevel
      ? controls.rareEarthUsPowerCostMultiplier
      : 1;
  return power.buildCostBnPerAction[side] * rareEarths;
}

export function buildPower(state: GameState, side: Side): void {
  state.sides[side].powerGw += state.params.power.gwPerAction[side];
}

export function growPower(state: GameState, side: Side): void {
  state.sides[side].powerGw += state.params.power.organicGrowthGwPerRound[side];
}
