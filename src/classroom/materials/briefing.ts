import { frontierClassAnchorYear } from '../../../rules/mechanics/scoring.ts';
import type {
  ActionChoice,
  ActionId,
  GameState,
  Node,
  Parameters,
  ResearchTrack,
  Side,
} from '../../../rules/index.ts';
import {
  actionDefinitions,
  cards,
  createGame,
  menuOf,
  nodes,
  researchTracks,
  scenarioById,
} from '../../../rules/index.ts';
import type { Scenario } from '../../../rules/content/scenario-types.ts';
import { formatBn, formatNumber, formatPercent, sideTitle } from '../../board/format.ts';
import { researchTrackTitle } from '../../board/hints.ts';
import type { ScenarioGuide } from './scenario-guides.ts';
import { scenarioGuide } from './scenario-guides.ts';

/**
 * A side's briefing for a scenario, one printed page: how it wins, what limits it, what it starts
 * with, and its first-round options. Every number is read from the rules: the scenario's parameters
 * and its starting state (`createGame`), the action menu (`menuOf`, with each action's cost and
 * availability at the start), the catalogue's cards.
 */

export interface FirstRoundOption {
  title: string;
  opsCost: number;
  costBn: number;
  /** Why it cannot be taken at the start, or undefined when it can. */
  unavailable: string | undefined;
}

export interface SideBriefing {
  scenario: Scenario;
  side: Side;
  guide: ScenarioGuide | undefined;
  params: Parameters;
  goals: string[];
  limits: string[];
  start: { label: string; value: string }[];
  firstRound: FirstRoundOption[];
  /** The side's own era-1 cards: the events it may draw first. */
  ownCards: { title: string; ops: number; source: string }[];
}

const lastYear = (params: Parameters): number => params.calendar.startYear + params.calendar.roundCount - 1;
const thousands = (valueK: number): string => `${formatNumber(valueK, 0)}k`;

function goalsOf(side: Side, params: Parameters): string[] {
  const { scoring, escalation, calendar } = params;
  const race = `At every round end four contests move the compute-lead track: the frontier race (grow training compute ${formatPercent(scoring.frontierOnePointGain)} faster than your rival for 1 point, ${formatPercent(scoring.frontierTwoPointGain)} for 2), frontier class (China's training compute against the year's bar, ${scoring.frontierClassEflops2025} EFLOPS in ${frontierClassAnchorYear} rising ×${scoring.frontierClassGrowthPerYear} a year: China scores 1 at or above it, the US 1 below it), the adoption race (gain ${scoring.adoptionRaceMargin} more influence than your rival) and the developer ecosystem`;
  const finalScore = `If nobody has won after round ${calendar.roundCount} (${lastYear(params)}), the side the lead track favours wins; level is a draw.`;
  const escalationGoal = `Never be the side that pushes escalation to ${escalation.limit}: that side loses at once.`;
  if (side === 'us') {
    return [
      `Push the compute-lead track to +${scoring.leadToWin}. ${race} (the US scores with ${scoring.ecosystemUsDeveloperRatio} times China's independent developers).`,
      `Or choke China's chipmaking: at ${scoring.chokeholdRoundsToHold} round ends in a row China's fabs could make fewer than ${thousands(scoring.chokeholdGoodWafersK)} working advanced wafers, wafers run times yield (EUV research alone does not save it; better yields do).`,
      finalScore,
      escalationGoal,
    ];
  }
  return [
    `Pull the compute-lead track to −${scoring.leadToWin}. ${race} (China scores with ${formatPercent(scoring.ecosystemChinaDeveloperShare)} of the US's independent developers).`,
    `Or become self-reliant: at ${scoring.selfRelianceRoundsToHold} round ends in a row, domestic EUV fabs producing ${thousands(scoring.selfRelianceEuvWafersK)} wafers, domestic HBM done with ${thousands(scoring.selfRelianceChipsK)} chips packaged, domestic spares done, ${scoring.selfRelianceDevelopersM}M independent developers, library maturity ${scoring.selfRelianceMaturity} and dependency at most ${scoring.selfRelianceMaxDependency}.`,
    finalScore,
    escalationGoal,
  ];
}

function limitsOf(side: Side, state: GameState): string[] {
  const { params } = state;
  const { controls, power, compute, subsidy, escalation } = params;
  const own = state.sides[side];
  const poweredK = (own.powerGw * 1000) / power.chipPowerKw[side];
  const common = [
    `Escalation starts at ${state.escalation} of ${escalation.limit} and cools only after a quiet round.`,
    `Each subsidy tranche (${formatBn(subsidy.trancheBn[side])}) adds ${formatNumber(subsidy.trancheBn[side] * subsidy.dependencyPerBn, 1)} dependency, which costs ${formatBn(subsidy.dependencyCostBnPerPoint)} of income a round from then on.`,
  ];
  if (side === 'us') {
    return [
      `Every round ${formatPercent(compute.chipRetirementPerRound)} of installed chips retire: standing still means shrinking.`,
      `Power: ${formatNumber(own.powerGw, 0)} GW carries ${thousands(poweredK)} chips; you have ${thousands(own.chipsK)}. The grid grows ${power.organicGrowthGwPerRound.us} GW a round; Build power adds ${power.gwPerAction.us} GW for ${formatBn(power.buildCostBnPerAction.us)}.`,
      `Export controls start at level ${state.exportControlLevel} of ${controls.maxLevel}; each level you add raises escalation and costs US revenue.`,
      ...common,
    ];
  }
  const servicing =
    state.exportControlLevel >= controls.servicingBanLevel
      ? `Servicing is banned (export controls at ${state.exportControlLevel}, the ban from ${controls.servicingBanLevel}): worn tool groups are lost until domestic spares are done.`
      : `Servicing is allowed while export controls stay below ${controls.servicingBanLevel} (they start at ${state.exportControlLevel}).`;
  return [
    `Your DUV fabs learn toward ${formatPercent(params.yieldCap.duv.n7)} yield at 7nm-class and ${formatPercent(params.yieldCap.duv.n5)} at 5nm-class, and your wafers cost ${formatNumber(params.budget.waferCostMultiplier.china, 2)} times the US's.`,
    servicing,
    `HBM: a stockpile of ${thousands(own.hbmStockKChips)} sets and ${thousands(params.memory.chinaBaseHbmKChipsPerRound)} a round from CXMT; imports only below export-control level ${controls.hbmBanLevel} (they start at ${state.exportControlLevel}).`,
    `Domestic EUV needs ${params.research.domesticEuvPoints} research points (you start with ${own.researchProgress.domesticEuv}) and lands in ${params.research.domesticEuvEarliestYear} at the earliest.`,
    ...common,
  ];
}

function startOf(side: Side, state: GameState): { label: string; value: string }[] {
  const own = state.sides[side];
  return [
    { label: 'Budget', value: formatBn(own.budgetBn) },
    { label: 'Chips installed', value: thousands(own.chipsK) },
    {
      label: 'Fabs',
      value: own.fabs.map((fab) => `${fab.node.slice(1)}nm-class ${fab.route.toUpperCase()}`).join(', '),
    },
    { label: 'Power', value: `${formatNumber(own.powerGw, 0)} GW` },
    { label: 'Developers', value: `${formatNumber(own.developersM, 2)}M` },
    { label: 'Library maturity', value: formatNumber(own.maturity, 1) },
    { label: 'Algorithmic-efficiency level', value: String(own.efficiencyLevel) },
    { label: 'Effective compute', value: `${formatNumber(own.last.effectiveComputeEflops, 0)} EFLOPS` },
  ];
}

/** Actions that name a research track: China's research, the US's Entity List listings. */
const tracked: readonly ActionId[] = ['researchDomestic', 'sanctionEntities'];

/** Every action on the side's menu as it stands at the start: one option per node or track where it needs one. */
function firstRoundOf(side: Side, state: GameState): FirstRoundOption[] {
  return menuOf(side).flatMap((action) => {
    const definition = actionDefinitions[action];
    const choices: { choice: ActionChoice; detail: string | undefined }[] =
      action === 'buildFab'
        ? nodes.map((node: Node) => ({ choice: { action, node }, detail: `${node.slice(1)}nm-class` }))
        : tracked.includes(action)
          ? researchTracks.map((track: ResearchTrack) => ({
              choice: { action, track },
              detail: researchTrackTitle(track),
            }))
          : [{ choice: { action }, detail: undefined }];
    const options = choices.map(({ choice, detail }) => ({
      title: detail ? `${definition.title} (${detail})` : definition.title,
      opsCost: definition.opsCost,
      costBn: definition.costBn(state, side, choice),
      unavailable: definition.unavailable(state, side, choice),
    }));
    // A fab at a node the side can never build there says so once, not four times.
    return action === 'buildFab' && options.some((option) => option.unavailable === undefined)
      ? options.filter((option) => option.unavailable === undefined)
      : options;
  });
}

export function sideBriefing(scenarioId: string, side: Side): SideBriefing | undefined {
  const scenario = scenarioById(scenarioId);
  if (!scenario) return undefined;
  // The seed deals the hands, which a briefing does not show: every number here is the same for any seed.
  const state = createGame({ scenarioId, seed: 'briefing' });
  return {
    scenario,
    side,
    guide: scenarioGuide(scenarioId),
    params: state.params,
    goals: goalsOf(side, state.params),
    limits: limitsOf(side, state),
    start: startOf(side, state),
    firstRound: firstRoundOf(side, state),
    ownCards: cards
      .filter((card) => card.era === 1 && card.owner === side)
      .map((card) => ({ title: card.title, ops: card.ops, source: card.source })),
  };
}

export const briefingTitle = (briefing: Pick<SideBriefing, 'scenario' | 'side'>): string =>
  `${sideTitle(briefing.side)} — ${briefing.scenario.title}`;
