import type { Parameters } from '../../../rules/index.ts';

/**
 * What a facilitator needs to teach each scenario (rules/content/scenarios.ts): the policy question it
 * asks, the arc a game usually follows (its numbers read from the scenario's parameters; the measured
 * win rates come from docs/BALANCE.md, in the guide), and five debrief prompts by id
 * (src/classroom/debrief/prompts.ts). The facilitator guide (docs/CLASSROOM.md) and the side briefings
 * print them; a test keeps every scenario covered.
 */

export interface ScenarioGuide {
  policyQuestion: string;
  /** The usual course of a game, from the scenario's parameters. */
  arc: (params: Parameters) => string;
  /** Five discussion prompts' ids, the most telling first. */
  promptIds: readonly [string, string, string, string, string];
}

const lastYear = (params: Parameters): number => params.calendar.startYear + params.calendar.roundCount - 1;
const firstEuvFabYear = (params: Parameters): number =>
  params.research.domesticEuvEarliestYear + params.fabs.fabBuildRounds;
const signed = (points: number): string =>
  points > 0 ? `+${points}` : points < 0 ? `−${Math.abs(points)}` : '0';

export const scenarioGuides: Readonly<Record<string, ScenarioGuide>> = {
  'baseline-2025': {
    policyQuestion:
      'Can clever software and state money let China close the AI-compute gap while the US holds the hardware, the software ecosystem and the export controls?',
    arc: (params) =>
      `The US starts far ahead in compute but scores only by growing faster, so China's efficiency lead and cheap power usually pull the lead track its way in the first rounds. From the middle of the game the US's new fabs, and China's worn tools and thin HBM supply, pull it back, unless China closes its self-reliance loop: its domestic EUV lands in ${params.research.domesticEuvEarliestYear} at the earliest and a fab started then produces from ${firstEuvFabYear(params)}, so without a card's help the loop cannot close before ${firstEuvFabYear(params) + params.scoring.selfRelianceRoundsToHold - 1}.`,
    promptIds: ['efficiency-diminishing', 'euv-loop', 'tool-wear', 'cuda-moat', 'subsidy-dependency'],
  },
  'china-euv-2028': {
    policyQuestion:
      "If China's domestic EUV programme runs on schedule, is lithography alone enough for self-reliance?",
    arc: (params) =>
      `China's EUV track needs ${params.research.domesticEuvPoints} points and starts with ${params.start.chinaResearchPoints.domesticEuv}, so the line can land in ${params.research.domesticEuvEarliestYear}. China wins more often than in the baseline, most often by self-reliance, yet the loop still needs domestic HBM, spares, ${params.scoring.selfRelianceDevelopersM}M independent developers and library maturity ${params.scoring.selfRelianceMaturity}: ask which link arrived last.`,
    promptIds: ['euv-loop', 'cuda-moat', 'events-memory', 'tool-wear', 'subsidy-dependency'],
  },
  'servicing-ban-lifted': {
    policyQuestion: 'How much of the US chokehold rests on spare parts and servicing?',
    arc: (params) =>
      `Export controls start at level ${params.start.exportControlLevel}, below the servicing ban (level ${params.controls.servicingBanLevel}), so China's scanners are serviced and its DUV lines run at full capacity from the start. China is favoured: serviced tools do not wear down into the chokehold, so the US must grow faster or decide whether tightening to the servicing ban is worth the escalation it costs.`,
    promptIds: [
      'tool-wear',
      'yield-cost',
      'events-exportControls',
      'events-escalation',
      'efficiency-diminishing',
    ],
  },
  'taiwan-crisis': {
    policyQuestion: 'When escalation is already high, which moves are worth the risk of a crisis?',
    arc: (params) =>
      `Escalation starts at ${params.start.escalation} of ${params.escalation.limit} and Taiwan's leading-edge fabs run below capacity (${params.start.usN5CapacityKWafers}k and ${params.start.usN3CapacityKWafers}k wafers a round). Escalation endings are far more common than in the baseline: every export control, retaliation and crisis card is a gamble, and De-escalate competes for operations.`,
    promptIds: [
      'events-escalation',
      'events-exportControls',
      'yield-cost',
      'efficiency-diminishing',
      'interconnect-wall',
    ],
  },
  'no-export-controls': {
    policyQuestion:
      'What do the export controls buy the US? Play this what-if beside baseline tables and compare.',
    arc: (params) =>
      `A counterfactual: the control track is capped at ${params.controls.maxLevel} and China's retaliation starts at ${params.start.retaliationLevel}, so China keeps importing leading accelerators, scanners, HBM and servicing. China wins most games, by the final score far more than by self-reliance: imported compute is enough to outgrow the US. The labelled what-if; its lesson is the difference from the baseline.`,
    promptIds: [
      'events-exportControls',
      'efficiency-diminishing',
      'yield-cost',
      'captive-market',
      'cuda-moat',
    ],
  },
  'compressed-2027': {
    policyQuestion:
      "Can China's early surge hold in a short race, or does the US's hardware catch up in time?",
    arc: (params) =>
      `The game runs ${params.calendar.roundCount} rounds, ${params.calendar.startYear}–${lastYear(params)}, with later cards arriving from round ${params.calendar.era2StartRound}; the lead track starts at ${signed(params.start.computeLead)}. That is too few years for China's loop, so the game is a race on the lead track: China's efficiency and power push early, the US's fabs pay off late, and most games go to the final score.`,
    promptIds: ['efficiency-diminishing', 'yield-cost', 'events-power', 'cuda-moat', 'open-source-paradox'],
  },
  'controls-2022': {
    policyQuestion:
      'October 2022, before the first controls: should the US impose them, and how hard, knowing each step raises escalation?',
    arc: (params) =>
      `The game starts in ${params.calendar.startYear} with export controls at level ${params.start.exportControlLevel} and escalation at ${params.start.escalation}: China still buys leading chips, tools, HBM and servicing, and its 7nm-class yield starts at ${Math.round(params.start.chinaN7Yield * 100)}%. Every level of control is a live decision for the US, and escalation endings are common for both sides.`,
    promptIds: [
      'events-exportControls',
      'events-escalation',
      'tool-wear',
      'subsidy-dependency',
      'open-source-paradox',
    ],
  },
};

export function scenarioGuide(scenarioId: string): ScenarioGuide | undefined {
  return Object.hasOwn(scenarioGuides, scenarioId) ? scenarioGuides[scenarioId] : undefined;
}
