import type { GameState } from '../state.ts';
import type { Side } from '../vocabulary.ts';
import { usRevenueLossBn } from './controls.ts';
import { dependencyCostBn } from './subsidies.ts';

/** Upkeep income (RULEBOOK §7): base income plus inference revenue and captive sales, less dependency and lost sales. */
export function roundIncomeBn(state: GameState, side: Side): number {
  const { params } = state;
  const own = state.sides[side];
  let income =
    params.budget.baseIncomeBn[side] + own.last.inferenceEflops * params.compute.inferenceRevenueBnPerEflops;
  if (own.domesticMandate) income += params.mandate.captiveRevenueBnPerRound;
  income -= dependencyCostBn(state, side);
  if (side === 'us') income -= usRevenueLossBn(state);
  return income;
}

export function collectIncome(state: GameState, side: Side): void {
  const own = state.sides[side];
  const income = roundIncomeBn(state, side);
  own.last.incomeBn = income;
  own.budgetBn = Math.max(0, own.budgetBn + income);
}
