import type { GameState } from '../state.ts';
import type { Side } from '../vocabulary.ts';

/**
 * Software ecosystems (RULEBOOK §8): CUDA's moat against CANN's walled garden. Library maturity sets how
 * much of the hardware's compute a side actually uses; developers count toward adoption and
 * self-reliance. Porting costs money now and pays off rounds later.
 */

export function utilisation(state: GameState, side: Side): number {
  const { ecosystem, mandate } = state.params;
  const own = state.sides[side];
  const base =
    ecosystem.utilisationFloor + ((1 - ecosystem.utilisationFloor) * own.maturity) / ecosystem.maturityMax;
  const penalty = own.domesticMandate ? mandate.utilisationPenalty : 0;
  return Math.max(0, Math.min(1, base - penalty));
}

export function addMaturity(state: GameState, side: Side, amount: number): void {
  const own = state.sides[side];
  own.maturity = Math.max(0, Math.min(state.params.ecosystem.maturityMax, own.maturity + amount));
}

export function investInEcosystem(state: GameState, side: Side): void {
  const { ecosystem } = state.params;
  addMaturity(state, side, ecosystem.investMaturityGain);
  state.sides[side].developersM += ecosystem.investDevelopersGainM;
}

export function startPorting(state: GameState, side: Side): void {
  state.sides[side].portingRoundsLeft = state.params.ecosystem.portingRounds;
}

/** Upkeep: a running port counts down and lands; developers grow, slowed by dependency. */
export function growEcosystem(state: GameState, side: Side): void {
  const { ecosystem, subsidy, mandate } = state.params;
  const own = state.sides[side];
  if (own.portingRoundsLeft > 0) {
    own.portingRoundsLeft -= 1;
    if (own.portingRoundsLeft === 0) {
      addMaturity(state, side, ecosystem.portingMaturityGain);
      own.developersM += ecosystem.portingDevelopersGainM;
    }
  }
  const drag = Math.max(0, 1 - own.dependency * subsidy.developerGrowthPenaltyPerPoint);
  own.developersM += own.developersM * ecosystem.developerGrowthPerRound[side] * drag;
  if (own.domesticMandate) {
    own.developersM += mandate.captiveDevelopersGainMPerRound;
    own.captiveDevelopersM += mandate.captiveDevelopersGainMPerRound;
  }
}
