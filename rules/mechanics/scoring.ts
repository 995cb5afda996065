import type { GameState } from '../state.ts';
import { endGame } from './victory.ts';

/**
 * Scoring and victory (RULEBOOK §14). Each round three domains move the compute-lead track; either end
 * of the track wins at once. China wins by self-reliance held at consecutive round ends; the US by a
 * chokehold on China's advanced wafer output; otherwise the track's sign decides after the last round.
 */

export function frontierPoints(state: GameState): number {
  const s = state.params.scoring;
  const us = state.sides.us.last.trainingEflops;
  const china = state.sides.china.last.trainingEflops;
  if (china <= 0) return us > 0 ? 2 : 0;
  const ratio = us / china;
  if (ratio >= s.frontierUsTwoPointRatio) return 2;
  if (ratio >= s.frontierUsOnePointRatio) return 1;
  if (ratio <= s.frontierChinaTwoPointRatio) return -2;
  if (ratio <= s.frontierChinaOnePointRatio) return -1;
  return 0;
}

export function adoptionPoints(state: GameState): number {
  const margin = state.sides.us.influence - state.sides.china.influence;
  if (margin >= state.params.scoring.adoptionUsMargin) return 1;
  if (margin <= 0) return -1;
  return 0;
}

export function ecosystemPoints(state: GameState): number {
  const s = state.params.scoring;
  const us = state.sides.us.developersM;
  const china = state.sides.china.developersM;
  if (us >= china * s.ecosystemUsDeveloperRatio) return 1;
  if (china >= us * s.ecosystemChinaDeveloperShare) return -1;
  return 0;
}

export function changeComputeLead(state: GameState, delta: number): void {
  const { leadToWin } = state.params.scoring;
  state.computeLead = Math.max(-leadToWin, Math.min(leadToWin, state.computeLead + delta));
  if (state.computeLead >= leadToWin) endGame(state, 'us', 'computeLead');
  else if (state.computeLead <= -leadToWin) endGame(state, 'china', 'computeLead');
}

export function meetsSelfReliance(state: GameState): boolean {
  const s = state.params.scoring;
  const china = state.sides.china;
  return (
    china.researchDone.domesticEuv &&
    china.researchDone.domesticHbm &&
    china.developersM >= s.selfRelianceDevelopersM &&
    china.maturity >= s.selfRelianceMaturity
  );
}

export function isChokehold(state: GameState): boolean {
  const china = state.sides.china;
  return (
    !china.researchDone.domesticEuv &&
    china.last.advancedCapacityKWafers < state.params.scoring.chokeholdCapacityKWafers
  );
}

/** Scores the round and checks every victory; returns the points each domain gave (+ is the US). */
export function scoreRound(state: GameState): { frontier: number; adoption: number; ecosystem: number } {
  const points = {
    frontier: frontierPoints(state),
    adoption: adoptionPoints(state),
    ecosystem: ecosystemPoints(state),
  };
  changeComputeLead(state, points.frontier + points.adoption + points.ecosystem);
  if (state.result) return points;
  state.selfRelianceRoundsHeld = meetsSelfReliance(state) ? state.selfRelianceRoundsHeld + 1 : 0;
  if (state.selfRelianceRoundsHeld >= state.params.scoring.selfRelianceRoundsToHold) {
    endGame(state, 'china', 'selfReliance');
  } else if (isChokehold(state)) {
    endGame(state, 'us', 'chokehold');
  } else if (state.round >= state.params.calendar.roundCount) {
    const lead = state.computeLead;
    endGame(state, lead > 0 ? 'us' : lead < 0 ? 'china' : 'draw', 'finalScore');
  }
  return points;
}
