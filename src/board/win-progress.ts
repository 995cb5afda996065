import type { PlayerView, Side } from '../../rules/index.ts';
import { cloneState, publicState } from '../../rules/index.ts';
import { projectRoundInPlace } from '../../rules/round-projection.ts';
import { domesticEuvLandingYear, researchPointsNeeded } from '../../rules/mechanics/research.ts';
import {
  frontierClassBarEflops,
  frontierGain,
  isChokehold,
  roundPoints,
  selfRelianceLinks,
  totalPoints,
} from '../../rules/mechanics/scoring.ts';
import { formatEflopsCompact, formatNumber, formatThousands } from './format.ts';
import { measured } from './supply-chain-model.ts';

/**
 * Each side's progress toward every way the game ends (RULEBOOK §14), for the "how to win" panel. The
 * verdicts come from the rules' scoring functions; the figures beside them from the view.
 */

export interface Check {
  text: string;
  met: boolean;
}

export interface WinCondition {
  id: string;
  side: Side | 'both';
  title: string;
  /** 0–1: how near this win is. */
  progress: number;
  summary: string;
  checks: Check[];
}

const share = (value: number, max: number): number => (max > 0 ? Math.min(1, Math.max(0, value / max)) : 0);

const signed = (points: number): string =>
  points === 0 ? '0' : `${points > 0 ? 'US' : 'China'} +${Math.abs(points)}`;

export function winConditions(view: PlayerView): WinCondition[] {
  const state = publicState(view);
  const { scoring, escalation, calendar } = view.params;
  const china = view.sides.china;
  const lead = view.computeLead;

  // What a round end now would measure: the rules' own production and compute on a copy of the public state.
  const projected = cloneState(state);
  projectRoundInPlace(projected);
  const domains = roundPoints(projected);
  const total = totalPoints(domains);
  const barEflops = frontierClassBarEflops(projected);
  const chinaTrainingEflops = projected.sides.china.last.trainingEflops;
  const gainPercent = Math.round(Math.abs(frontierGain(projected)) * 100);
  const gainer = frontierGain(projected) >= 0 ? 'the US' : 'China';
  const leadCondition: WinCondition = {
    id: 'computeLead',
    side: 'both',
    title: 'Compute lead',
    progress: share(Math.abs(lead), scoring.leadToWin),
    summary: `The US wins at +${scoring.leadToWin}, China at −${scoring.leadToWin}; now ${lead > 0 ? '+' : ''}${lead}.`,
    checks: view.result
      ? []
      : [
          {
            text: `A round end now would score about: frontier ${signed(domains.frontier)} (${gainer} gaining ${gainPercent}% of ground), frontier class ${signed(domains.frontierClass)}, adoption ${signed(domains.adoption)}, ecosystem ${signed(domains.ecosystem)}: ${signed(total)} in all.`,
            met: false,
          },
          {
            text: `Frontier class: China trains ${formatEflopsCompact(chinaTrainingEflops)} against ${view.year}’s bar of ${formatEflopsCompact(barEflops)}; at or above it China scores 1, below it the US does.`,
            met: chinaTrainingEflops >= barEflops,
          },
        ],
  };

  const euvNeeded = researchPointsNeeded(state, 'domesticEuv');
  const hbmNeeded = researchPointsNeeded(state, 'domesticHbm');
  const sparesNeeded = researchPointsNeeded(state, 'domesticSpares');
  const links = selfRelianceLinks(projected);
  const independentM = china.developersM - china.captiveDevelopersM;
  const track = (done: boolean, progress: number, needed: number): string =>
    done ? 'done' : `${formatNumber(progress, 1)} / ${needed}`;
  const selfRelianceChecks: Check[] = [
    {
      text: china.researchDone.domesticEuv
        ? `EUV fabs run ${formatNumber(projected.sides.china.last.euvWafersK, 0)}k of ${formatThousands(scoring.selfRelianceEuvWafersK, 'wafers')}`
        : china.researchProgress.domesticEuv >= euvNeeded
          ? `Domestic EUV full: it lands at the start of ${domesticEuvLandingYear(state)}`
          : `Domestic EUV ${track(false, china.researchProgress.domesticEuv, euvNeeded)}`,
      met: links.euvProducing,
    },
    {
      text: china.researchDone.domesticHbm
        ? `HBM done; ${formatNumber(projected.sides.china.last.chipsPackagedK, 0)}k of ${formatThousands(scoring.selfRelianceChipsK, 'chips')} packaged`
        : `Domestic HBM ${track(false, china.researchProgress.domesticHbm, hbmNeeded)}`,
      met: links.hbmSupplying,
    },
    {
      text: `Domestic spares ${track(china.researchDone.domesticSpares, china.researchProgress.domesticSpares, sparesNeeded)}`,
      met: links.sparesReady,
    },
    {
      text: `Independent developers ${formatNumber(independentM, 2)}M of ${scoring.selfRelianceDevelopersM}M`,
      met: links.developersReady,
    },
    {
      text: `Library maturity ${formatNumber(china.maturity, 1)} of ${scoring.selfRelianceMaturity}`,
      met: links.maturityReady,
    },
    {
      text: `Dependency ${formatNumber(china.dependency, 1)}, at most ${scoring.selfRelianceMaxDependency}`,
      met: links.dependencyBounded,
    },
  ];
  const allMet = selfRelianceChecks.every((check) => check.met);
  const selfReliance: WinCondition = {
    id: 'selfReliance',
    side: 'china',
    title: 'China: self-reliance',
    progress: share(selfRelianceChecks.filter((check) => check.met).length, selfRelianceChecks.length),
    summary: `All six links at ${scoring.selfRelianceRoundsToHold} round ends in a row: held ${view.selfRelianceRoundsHeld} so far${allMet ? ', all met now' : ''}.`,
    checks: selfRelianceChecks,
  };

  const goodWafers = china.last.goodWaferCapacityK;
  const threshold = scoring.chokeholdGoodWafersK;
  const chokeholdNow = measured(view) && isChokehold(state);
  const chokeholdChecks: Check[] = [
    {
      text: measured(view)
        ? `China’s fabs could make ${formatThousands(goodWafers, 'working wafers')} (${formatThousands(china.last.advancedCapacityKWafers, 'wafers')} run)`
        : 'China’s working wafers: measured at the round’s end',
      met: measured(view) && goodWafers < threshold,
    },
  ];
  const chokehold: WinCondition = {
    id: 'chokehold',
    side: 'us',
    title: 'US: chokehold',
    // Nearer as China's working wafers fall toward the threshold (its EUV research does not count).
    progress: chokeholdNow ? 1 : measured(view) ? share(threshold, Math.max(goodWafers, threshold)) : 0,
    summary: `At ${scoring.chokeholdRoundsToHold} round ends in a row, China’s fabs could make under ${formatThousands(threshold, 'working advanced wafers')} (wafers × yield), domestic EUV or not: held ${view.chokeholdRoundsHeld} so far.`,
    checks: chokeholdChecks,
  };

  const escalationCondition: WinCondition = {
    id: 'escalation',
    side: 'both',
    title: 'Escalation',
    progress: share(view.escalation, escalation.limit),
    summary: `The side whose move pushes escalation to ${escalation.limit} loses; now ${view.escalation}. It cools by ${escalation.coolingPerRound} only after a round in which nothing raised it${view.escalatedThisRound ? ' (this round it was raised)' : ''}.`,
    checks: [],
  };

  const finalScore: WinCondition = {
    id: 'finalScore',
    side: 'both',
    title: 'Final score',
    progress: share(view.round, calendar.roundCount),
    summary: `After round ${calendar.roundCount} the side the lead favours wins (level is a draw); this is round ${view.round}.`,
    checks: [],
  };

  return [leadCondition, selfReliance, chokehold, escalationCondition, finalScore];
}
