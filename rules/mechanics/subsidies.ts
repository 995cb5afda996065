import type { GameState } from '../state.ts';
import type { Side } from '../vocabulary.ts';

/**
 * Subsidies and dependency (RULEBOOK §7): state money comes now; the dependency it creates taxes every
 * later round's income and slows the ecosystem's organic growth.
 */

export function subsidyTrancheBn(state: GameState, side: Side): number {
  const own = state.sides[side];
  const left = state.params.subsidy.poolBn[side] - own.subsidyTakenBn;
  return Math.max(0, Math.min(state.params.subsidy.trancheBn[side], left));
}

export function takeSubsidy(state: GameState, side: Side): void {
  const own = state.sides[side];
  const amountBn = subsidyTrancheBn(state, side);
  own.budgetBn += amountBn;
  own.subsidyTakenBn += amountBn;
  own.dependency += amountBn * state.params.subsidy.dependencyPerBn;
}

export function dependencyCostBn(state: GameState, side: Side): number {
  return state.sides[side].dependency * state.params.subsidy.dependencyCostBnPerPoint;
}
