import { roundIncomeBn } from '../mechanics/budget.ts';
import { goodDiesPerWafer } from '../mechanics/fabs.ts';
import { researchPointsNeeded } from '../mechanics/research.ts';
import type { GameState, SideState } from '../state.ts';
import type { BySide, Side } from '../vocabulary.ts';
import { researchTracks } from '../vocabulary.ts';
import { projectRoundInPlace } from '../round-projection.ts';

/**
 * The greedy bot's static evaluation of a position for one side (higher is better). Most terms are
 * "US minus China" and flip sign for China; money and escalation risk are each side's own. Design
 * numbers, tuned by watching bot games: not a model of the world.
 */

export const evaluationWeights = {
  win: 1e6,
  /** Per step of the compute-lead track (and per projected point this round). */
  leadStep: 10,
  /** The chokehold or self-reliance condition met if the round ended now. */
  imminentVictory: 40,
  /** Per natural-log unit of the training-compute ratio. */
  computeLogRatio: 4,
  /**
   * Per natural-log unit of growth potential, US minus China: what a side's fabs (built or building)
   * add per round against the compute it has installed. The frontier race scores growth, so a side
   * must value fabs before they produce.
   */
  growthPotential: 30,
  /** Per natural-log unit of the ratio of fab output (including fabs under construction). */
  fabOutputLogRatio: 2,
  developersLogRatio: 3,
  influenceStep: 0.8,
  /** Per export-control level: its bite (tool sales, HBM, servicing) lands after the one-round horizon. */
  exportControlLevel: 2.5,
  efficiencyLevel: 1.5,
  /**
   * China's self-reliance tracks, per completed share. Measured: at a third of these values the greedy
   * China researched too little (a scripted self-reliance China beat it) and the greedy US let China's
   * research run (it Entity-listed too rarely); see docs/BALANCE.md.
   */
  domesticEuv: 60,
  domesticHbm: 40,
  domesticSpares: 20,
  selfRelianceEcosystem: 20,
  /** China's closed loop past research: an EUV fab of its own, and dependency held within the bound. */
  selfRelianceEuvFab: 40,
  selfRelianceDependency: 10,
  /** Per China tool group's remaining life, up to the groups its DUV fabs can keep busy. */
  toolGroupLife: 2,
  /** Per Entity List listing on a track China has not finished: every later action on it costs more. */
  sanctionListing: 5,
  budgetPerBn: 0.25,
  /** Rounds of income (after dependency, lost sales and captive revenue) counted at the budget's rate. */
  incomeHorizonRounds: 3,
  /** Per escalation level above the safe band, for the side that owns the risk. */
  escalationStep: 2,
};

/** One number per term of the evaluation; evaluationWeightsBySide holds each side's. */
export type EvaluationWeights = Record<keyof typeof evaluationWeights, number>;

/**
 * Each side's weights. The US's budget is worth less: it earns far more than its operations can spend,
 * and at China's rate the greedy US hoarded hundreds of billions instead of building (measured: US win
 * rate against the self-reliance script 39% → 66%). China values its own loop twice as much as the US
 * counts it: at the shared weights the self-reliance script (the greedy bot plus bonuses for the loop)
 * beat China's search bot (US search 30% against the script, 49% against the search, 100 games each);
 * at twice them the search is the stronger China (26% against 36%). The US at twice them fought
 * China's research harder and lost more (20%). docs/BALANCE.md, "The search bot".
 *
 * China also weighs its tools' life five times the shared weight and its spares research twice again:
 * at the shared weights its search let the noose close where the scripts (which research spares,
 * service and buy tools once the chokehold nears) slipped it, and lost to the US's Entity List script
 * (US 56%). At these weights its search beats every US script and is choked in a fifth as many games
 * (422 → 91 of 2,000; docs/BALANCE.md, "China's search reads the chokehold").
 *
 * China weighs the two contests software decides, developers six times and influence two and a half
 * times the shared weight: at the shared weights its search left them to the efficiency and open-source
 * script (the greedy bot plus bonuses for research, open weights and ecosystem), which won the ecosystem
 * contest nearly three rounds a game and beat the US's search (US 44%) where China's search lost to it.
 * At these weights the search is the stronger China (US 31% against it, 43% against the script, 400
 * games; docs/BALANCE.md, "China's search takes the software contests").
 */
const chinaLoopWeightFactor = 2;
const chinaToolLifeFactor = 5;
const chinaSparesFactor = 2;
const chinaDevelopersFactor = 6;
const chinaInfluenceFactor = 2.5;

export const evaluationWeightsBySide: Readonly<BySide<Readonly<EvaluationWeights>>> = {
  us: { ...evaluationWeights, budgetPerBn: 0.1 },
  china: {
    ...evaluationWeights,
    domesticEuv: evaluationWeights.domesticEuv * chinaLoopWeightFactor,
    domesticHbm: evaluationWeights.domesticHbm * chinaLoopWeightFactor,
    domesticSpares: evaluationWeights.domesticSpares * chinaLoopWeightFactor * chinaSparesFactor,
    selfRelianceEcosystem: evaluationWeights.selfRelianceEcosystem * chinaLoopWeightFactor,
    selfRelianceEuvFab: evaluationWeights.selfRelianceEuvFab * chinaLoopWeightFactor,
    toolGroupLife: evaluationWeights.toolGroupLife * chinaToolLifeFactor,
    developersLogRatio: evaluationWeights.developersLogRatio * chinaDevelopersFactor,
    influenceStep: evaluationWeights.influenceStep * chinaInfluenceFactor,
  },
};
const sign = (side: Side): number => (side === 'us' ? 1 : -1);
const logRatio = (a: number, b: number): number => Math.log((a + 1e-6) / (b + 1e-6));
const shareOf = (value: number, target: number): number => (target > 0 ? Math.min(1, value / target) : 1);

/** DUV tool groups China's DUV fabs (built or building) could keep busy at full capacity. */
function toolGroupsNeeded(state: GameState, china: SideState): number {
  const { nodes, tools } = state.params;
  let passesK = 0;
  for (const fab of china.fabs)
    if (fab.route === 'duv') passesK += fab.capacityKWafersPerRound * nodes.duvPatterningPasses[fab.node];
  return passesK / tools.waferKPerToolGroupSingleExposure;
}

/** ln(1 + new compute a round ÷ installed compute): how fast a side's fabs can grow its fleet. */
function growthPotential(state: GameState, own: SideState): number {
  const installedPflopsK = Math.max(1, own.chipsK * own.chipPerformancePflops);
  return Math.log(1 + fabOutputPflopsK(state, own) / installedPflopsK);
}

/** Thousands of PFLOPS a side's fabs would add per round at their current yields, online or not. */
function fabOutputPflopsK(state: GameState, own: SideState): number {
  let total = 0;
  for (const fab of own.fabs) {
    total +=
      fab.capacityKWafersPerRound *
      goodDiesPerWafer(state.params, fab) *
      state.params.nodes.chipPerformancePflops[fab.node];
  }
  return total;
}

function selfRelianceProgress(state: GameState, w: Readonly<EvaluationWeights>): number {
  const china = state.sides.china;
  const { scoring } = state.params;
  const share = (track: 'domesticEuv' | 'domesticHbm' | 'domesticSpares'): number =>
    china.researchDone[track]
      ? 1
      : shareOf(china.researchProgress[track], researchPointsNeeded(state, track));
  const pendingMaturity = china.portingRoundsLeft > 0 ? state.params.ecosystem.portingMaturityGain : 0;
  const hasEuvFab = china.fabs.some((fab) => fab.route === 'euv');
  const excessDependency = Math.max(0, china.dependency - scoring.selfRelianceMaxDependency);
  return (
    w.selfRelianceEuvFab * (hasEuvFab ? 1 : 0) -
    w.selfRelianceDependency * excessDependency +
    w.domesticEuv * share('domesticEuv') +
    w.domesticHbm * share('domesticHbm') +
    w.domesticSpares * share('domesticSpares') +
    w.selfRelianceEcosystem *
      (shareOf(china.maturity + pendingMaturity, scoring.selfRelianceMaturity) +
        shareOf(china.developersM - china.captiveDevelopersM, scoring.selfRelianceDevelopersM))
  );
}

/** Terms from the US side's point of view, read before the projection changes the state. */
function standingForUs(state: GameState, w: Readonly<EvaluationWeights>): number {
  const { us, china } = state.sides;
  const toolLife = Math.min(
    toolGroupsNeeded(state, china) + 1,
    china.toolGroupWear.reduce((sum, wear) => sum + (1 - wear), 0),
  );
  let listings = 0;
  for (const track of researchTracks)
    if (!china.researchDone[track]) listings += china.sanctionsOnTrack[track];
  return (
    w.growthPotential * (growthPotential(state, us) - growthPotential(state, china)) +
    w.fabOutputLogRatio * logRatio(fabOutputPflopsK(state, us), fabOutputPflopsK(state, china)) +
    w.developersLogRatio * logRatio(us.developersM, china.developersM) +
    w.influenceStep * (us.influence - china.influence) +
    w.exportControlLevel * state.exportControlLevel +
    w.efficiencyLevel *
      (us.efficiencyLevel - china.efficiencyLevel + (us.efficiencyProgress - china.efficiencyProgress) / 2) -
    selfRelianceProgress(state, w) -
    w.toolGroupLife * toolLife +
    w.sanctionListing * listings
  );
}

function ownRisk(state: GameState, side: Side, w: Readonly<EvaluationWeights>): number {
  const safeLevel = state.params.escalation.limit - 3;
  return (
    w.budgetPerBn * state.sides[side].budgetBn - w.escalationStep * Math.max(0, state.escalation - safeLevel)
  );
}

/**
 * Scores `state` for `side`; `roundStillOpen` adds what the round's end would score now (leave it
 * false once the round has been scored). Changes `state`: pass a disposable copy.
 */
export function evaluateDisposable(
  state: GameState,
  side: Side,
  roundStillOpen: boolean,
  w: Readonly<EvaluationWeights> = evaluationWeightsBySide[side],
): number {
  const result = state.result;
  if (result) return result.winner === 'draw' ? 0 : result.winner === side ? w.win : -w.win;
  const s = sign(side);
  let forUs = w.leadStep * state.computeLead + standingForUs(state, w);
  const risk = ownRisk(state, side, w);
  const projection = projectRoundInPlace(state);
  forUs += w.computeLogRatio * logRatio(projection.trainingEflops.us, projection.trainingEflops.china);
  if (roundStillOpen) {
    forUs += w.leadStep * projection.points;
    if (projection.chokehold) forUs += w.imminentVictory * (1 + state.chokeholdRoundsHeld);
    if (projection.selfReliance) forUs -= w.imminentVictory * (1 + state.selfRelianceRoundsHeld);
  }
  const roundsLeft = Math.max(0, state.params.calendar.roundCount - state.round + 1);
  const income = w.budgetPerBn * Math.min(w.incomeHorizonRounds, roundsLeft) * roundIncomeBn(state, side);
  return s * forUs + risk + income;
}
