import type { Parameters } from '../content/parameters.ts';
import type { GameState } from '../state.ts';
import { endGame } from './victory.ts';

/**
 * Scoring and victory (RULEBOOK §14). Each round four contests move the compute-lead track; either end
 * of the track wins at once. The frontier and adoption contests are races (ground gained this round);
 * the frontier-class contest (China against the year's bar) and the ecosystem contest (the CUDA moat)
 * are standings. China wins by a closed loop of self-reliance held
 * at consecutive round ends; the US by a chokehold on China's advanced wafer output; otherwise the
 * track's sign decides after the last round.
 */

/** US ÷ Chinese training compute from the sides' last figures (a large finite number when China has none). */
export function trainingComputeRatio(state: GameState): number {
  const us = state.sides.us.last.trainingEflops;
  const china = state.sides.china.last.trainingEflops;
  if (china <= 0) return us > 0 ? 1e6 : 1;
  return Math.max(1e-6, us / china);
}

/**
 * Ground gained in the frontier race since the mark (the ratio at the last round end): positive when the
 * US pulled further ahead, negative when China closed the gap, as a share (0.1 = 10% of ground).
 */
export function frontierGain(state: GameState): number {
  const ratioChange = trainingComputeRatio(state) / state.frontierReferenceRatio;
  return ratioChange >= 1 ? ratioChange - 1 : 1 - 1 / ratioChange;
}

export function frontierPoints(state: GameState): number {
  const s = state.params.scoring;
  const gain = frontierGain(state);
  // A gain of exactly the threshold scores: ratios are quotients, so allow for their rounding.
  const size = Math.abs(gain) + 1e-9;
  const points = size >= s.frontierTwoPointGain ? 2 : size >= s.frontierOnePointGain ? 1 : 0;
  return gain >= 0 ? points : -points;
}

/** The year of `scoring.frontierClassEflops2025`: the bar of any other year grows (or shrinks) from it. */
export const frontierClassAnchorYear = 2025;

/** A year's frontier-class bar in EFLOPS of training compute (RULEBOOK §14). */
export function frontierClassBarInYear(scoring: Parameters['scoring'], year: number): number {
  return (
    scoring.frontierClassEflops2025 * scoring.frontierClassGrowthPerYear ** (year - frontierClassAnchorYear)
  );
}

/** The bar of the round being played (its year). */
export function frontierClassBarEflops(state: GameState): number {
  return frontierClassBarInYear(state.params.scoring, state.year);
}

/** China keeping up with the frontier scores 1 for China (−1); falling below the bar scores 1 for the US. */
export function frontierClassPoints(state: GameState): number {
  return state.sides.china.last.trainingEflops >= frontierClassBarEflops(state) ? -1 : 1;
}

/** Influence each side gained since the last round end, US minus China. */
export function adoptionGainMargin(state: GameState): number {
  const { us, china } = state.sides;
  return us.influence - us.influenceAtLastScoring - (china.influence - china.influenceAtLastScoring);
}

export function adoptionPoints(state: GameState): number {
  const margin = adoptionGainMargin(state);
  const needed = state.params.scoring.adoptionRaceMargin;
  if (margin >= needed) return 1;
  if (margin <= -needed) return -1;
  return 0;
}

/** Developers who chose the stack: captive developers brought by the domestic mandate do not count. */
export function independentDevelopersM(state: GameState, side: 'us' | 'china'): number {
  const own = state.sides[side];
  return Math.max(0, own.developersM - own.captiveDevelopersM);
}

export function ecosystemPoints(state: GameState): number {
  const s = state.params.scoring;
  const us = independentDevelopersM(state, 'us');
  const china = independentDevelopersM(state, 'china');
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

/** Each link of China's closed loop (RULEBOOK §14), as the last production measured it. */
export interface SelfRelianceLinks {
  euvProducing: boolean;
  hbmSupplying: boolean;
  sparesReady: boolean;
  developersReady: boolean;
  maturityReady: boolean;
  dependencyBounded: boolean;
}

export function selfRelianceLinks(state: GameState): SelfRelianceLinks {
  const s = state.params.scoring;
  const china = state.sides.china;
  return {
    euvProducing: china.researchDone.domesticEuv && china.last.euvWafersK >= s.selfRelianceEuvWafersK,
    hbmSupplying: china.researchDone.domesticHbm && china.last.chipsPackagedK >= s.selfRelianceChipsK,
    sparesReady: china.researchDone.domesticSpares,
    developersReady: independentDevelopersM(state, 'china') >= s.selfRelianceDevelopersM,
    maturityReady: china.maturity >= s.selfRelianceMaturity,
    dependencyBounded: china.dependency <= s.selfRelianceMaxDependency,
  };
}

export function meetsSelfReliance(state: GameState): boolean {
  const links = selfRelianceLinks(state);
  return (
    links.euvProducing &&
    links.hbmSupplying &&
    links.sparesReady &&
    links.developersReady &&
    links.maturityReady &&
    links.dependencyBounded
  );
}

export function isChokehold(state: GameState): boolean {
  const china = state.sides.china;
  // Research alone is no escape: a China whose EUV research is done but whose fabs cannot run is
  // strangled all the same (rules 2.2.0; docs/BALANCE.md).
  return china.last.goodWaferCapacityK < state.params.scoring.chokeholdGoodWafersK;
}

export interface RoundPoints {
  frontier: number;
  frontierClass: number;
  adoption: number;
  ecosystem: number;
}

/** What each contest would give at a round end now (+ is the US). */
export function roundPoints(state: GameState): RoundPoints {
  return {
    frontier: frontierPoints(state),
    frontierClass: frontierClassPoints(state),
    adoption: adoptionPoints(state),
    ecosystem: ecosystemPoints(state),
  };
}

export function totalPoints(points: RoundPoints): number {
  return points.frontier + points.frontierClass + points.adoption + points.ecosystem;
}

/** Scores the round and checks every victory; returns the points each contest gave (+ is the US). */
export function scoreRound(state: GameState): RoundPoints {
  const points = roundPoints(state);
  state.frontierReferenceRatio = trainingComputeRatio(state);
  for (const side of [state.sides.us, state.sides.china]) side.influenceAtLastScoring = side.influence;
  changeComputeLead(state, totalPoints(points));
  if (state.result) return points;
  const { selfRelianceRoundsToHold, chokeholdRoundsToHold } = state.params.scoring;
  state.selfRelianceRoundsHeld = meetsSelfReliance(state) ? state.selfRelianceRoundsHeld + 1 : 0;
  state.chokeholdRoundsHeld = isChokehold(state) ? state.chokeholdRoundsHeld + 1 : 0;
  if (state.selfRelianceRoundsHeld >= selfRelianceRoundsToHold) {
    endGame(state, 'china', 'selfReliance');
  } else if (state.chokeholdRoundsHeld >= chokeholdRoundsToHold) {
    endGame(state, 'us', 'chokehold');
  } else if (state.round >= state.params.calendar.roundCount) {
    const lead = state.computeLead;
    endGame(state, lead > 0 ? 'us' : lead < 0 ? 'china' : 'draw', 'finalScore');
  } else {
    warnOfHeldVictories(state);
  }
  return points;
}

/** Says in the log which win is one more held round end away, so neither comes as a surprise. */
function warnOfHeldVictories(state: GameState): void {
  const scoring = state.params.scoring;
  const oneMoreRoundEnd = (held: number, toHold: number): boolean => held > 0 && held === toHold - 1;
  if (oneMoreRoundEnd(state.chokeholdRoundsHeld, scoring.chokeholdRoundsToHold)) {
    state.log.push({
      round: state.round,
      side: 'us',
      text: `China is in the chokehold: its fabs could make under ${scoring.chokeholdGoodWafersK}k working wafers. If it still is at the next round end, the US wins.`,
    });
  }
  if (oneMoreRoundEnd(state.selfRelianceRoundsHeld, scoring.selfRelianceRoundsToHold)) {
    state.log.push({
      round: state.round,
      side: 'china',
      text: 'China has closed its self-reliance loop. If it still holds at the next round end, China wins.',
    });
  }
}
