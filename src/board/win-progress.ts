import type { PlayerView, Side } from '../../rules/index.ts';
import { publicState } from '../../rules/index.ts';
import { researchPointsNeeded } from '../../rules/mechanics/research.ts';
import {
  adoptionPoints,
  ecosystemPoints,
  frontierPoints,
  isChokehold,
  meetsSelfReliance,
} from '../../rules/mechanics/scoring.ts';
import { formatNumber, formatThousands } from './format.ts';
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

  const domains = {
    frontier: frontierPoints(state),
    adoption: adoptionPoints(state),
    ecosystem: ecosystemPoints(state),
  };
  const total = domains.frontier + domains.adoption + domains.ecosystem;
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
            text: measured(view)
              ? `A round end now would score: frontier ${signed(domains.frontier)}, adoption ${signed(domains.adoption)}, ecosystem ${signed(domains.ecosystem)}: ${signed(total)} in all.`
              : `A round end now would score: adoption ${signed(domains.adoption)}, ecosystem ${signed(domains.ecosystem)}; frontier is measured at the round’s end.`,
            met: false,
          },
        ],
  };

  const developersGoal = scoring.selfRelianceDevelopersM;
  const maturityGoal = scoring.selfRelianceMaturity;
  const euvNeeded = researchPointsNeeded(state, 'domesticEuv');
  const hbmNeeded = researchPointsNeeded(state, 'domesticHbm');
  const selfRelianceChecks: Check[] = [
    {
      text: china.researchDone.domesticEuv
        ? 'Domestic EUV done'
        : china.researchProgress.domesticEuv >= euvNeeded
          ? `Domestic EUV ready: it lands on a roll each round from ${view.params.research.domesticEuvEarliestYear}`
          : `Domestic EUV ${formatNumber(china.researchProgress.domesticEuv, 1)} / ${euvNeeded}`,
      met: china.researchDone.domesticEuv,
    },
    {
      text: `Domestic HBM ${china.researchDone.domesticHbm ? 'done' : `${formatNumber(china.researchProgress.domesticHbm, 1)} / ${hbmNeeded}`}`,
      met: china.researchDone.domesticHbm,
    },
    {
      text: `Developers ${formatNumber(china.developersM, 2)}M of ${developersGoal}M`,
      met: china.developersM >= developersGoal,
    },
    {
      text: `Library maturity ${formatNumber(china.maturity, 1)} of ${maturityGoal}`,
      met: china.maturity >= maturityGoal,
    },
  ];
  const selfReliance: WinCondition = {
    id: 'selfReliance',
    side: 'china',
    title: 'China: self-reliance',
    progress: share(selfRelianceChecks.filter((check) => check.met).length, selfRelianceChecks.length),
    summary: `All four at ${scoring.selfRelianceRoundsToHold} round ends in a row: held ${view.selfRelianceRoundsHeld} so far${meetsSelfReliance(state) ? ', all met now' : ''}.`,
    checks: selfRelianceChecks,
  };

  const capacity = china.last.advancedCapacityKWafers;
  const chokeholdNow = measured(view) && isChokehold(state);
  const chokeholdChecks: Check[] = [
    { text: 'China has no domestic EUV', met: !china.researchDone.domesticEuv },
    {
      text: measured(view)
        ? `China’s advanced capacity ${formatThousands(capacity, 'wafers')}`
        : 'China’s advanced capacity: measured at the round’s end',
      met: measured(view) && capacity < scoring.chokeholdCapacityKWafers,
    },
  ];
  const chokehold: WinCondition = {
    id: 'chokehold',
    side: 'us',
    title: 'US: chokehold',
    progress: chokeholdNow
      ? 1
      : share(chokeholdChecks.filter((check) => check.met).length, chokeholdChecks.length),
    summary: `At a round end, China without domestic EUV and its advanced wafer capacity under ${formatThousands(scoring.chokeholdCapacityKWafers, 'wafers')}.`,
    checks: chokeholdChecks,
  };

  const escalationCondition: WinCondition = {
    id: 'escalation',
    side: 'both',
    title: 'Escalation',
    progress: share(view.escalation, escalation.limit),
    summary: `The side whose move pushes escalation to ${escalation.limit} loses; now ${view.escalation}. It cools by ${escalation.coolingPerRound} each round.`,
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
