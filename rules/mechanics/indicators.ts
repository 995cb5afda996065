import type { GameState, RoundIndicators } from '../state.ts';
import type { Side } from '../vocabulary.ts';
import { independentDevelopersM } from './scoring.ts';

/**
 * The indicators a round's record keeps for the debrief (issue 13): each side's standing at the round's
 * end, by the names the debrief charts. Derived from the state, never fed back into play.
 */

/** Capacity-weighted yield of the side's producing fabs; 0 when none produces. */
export function meanYieldFraction(state: GameState, side: Side): number {
  let capacity = 0;
  let weighted = 0;
  for (const fab of state.sides[side].fabs) {
    if (fab.roundsUntilOnline > 0) continue;
    capacity += fab.capacityKWafersPerRound;
    weighted += fab.capacityKWafersPerRound * fab.yieldFraction;
  }
  return capacity > 0 ? weighted / capacity : 0;
}

/** Mean wear of the side's tool groups; 0 when it has none (the US's are serviced and not tracked). */
export function meanToolWearFraction(state: GameState, side: Side): number {
  const wear = state.sides[side].toolGroupWear;
  if (wear.length === 0) return 0;
  let total = 0;
  for (const groupWear of wear) total += groupWear;
  return total / wear.length;
}

export function roundIndicators(state: GameState, side: Side): RoundIndicators {
  const own = state.sides[side];
  return {
    budgetBn: own.budgetBn,
    meanYieldFraction: meanYieldFraction(state, side),
    meanToolWearFraction: meanToolWearFraction(state, side),
    dependency: own.dependency,
    independentDevelopersM: independentDevelopersM(state, side),
    maturity: own.maturity,
    chipsK: own.chipsK,
    influence: own.influence,
  };
}
