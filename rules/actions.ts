import type { GameState } from './state.ts';
import type { Node, ResearchTrack, Side } from './vocabulary.ts';
import { researchTracks } from './vocabulary.ts';
import { changeExportControls, changeRetaliation, usMaterialsCostMultiplier } from './mechanics/controls.ts';
import { investInEcosystem, startPorting } from './mechanics/ecosystem.ts';
import { addEfficiencyProgress, maxEfficiencyLevel, openSourceModel } from './mechanics/efficiency.ts';
import { changeEscalation } from './mechanics/escalation.ts';
import {
  buildableNodes,
  fabBuildCostBn,
  fabWithMostToLearn,
  learnYieldByAction,
  startFab,
} from './mechanics/fabs.ts';
import { buildPower, powerCostBn } from './mechanics/power.ts';
import {
  addResearchProgress,
  listEntities,
  researchActionCostBn,
  researchPointsNeeded,
  researchSlotsLeft,
} from './mechanics/research.ts';
import { subsidyTrancheBn, takeSubsidy } from './mechanics/subsidies.ts';
import {
  addToolGroups,
  serviceCostBn,
  serviceTools,
  servicingAllowed,
  toolGroupCostBn,
  toolPurchaseAllowed,
} from './mechanics/tools.ts';

/**
 * The action menus (RULEBOOK §3): what a side may spend operations points on. Each action is data (cost,
 * who may take it) plus a small requirement check and a small effect from its mechanic's module.
 */

export const actionIds = [
  'buildFab',
  'learnYield',
  'buyToolGroup',
  'serviceTools',
  'researchDomestic',
  'buildPower',
  'researchEfficiency',
  'upgradeInterconnect',
  'investEcosystem',
  'portWorkloads',
  'openSourceModel',
  'takeSubsidy',
  'mandateDomesticChips',
  'sanctionEntities',
  'tightenControls',
  'loosenControls',
  'retaliate',
  'deEscalate',
] as const;
export type ActionId = (typeof actionIds)[number];

/** What an action needs besides its id: the node for a fab, the track for research. */
export interface ActionChoice {
  action: ActionId;
  node?: Node;
  track?: ResearchTrack;
}

export interface ActionDefinition {
  title: string;
  sides: readonly Side[];
  opsCost: number;
  costBn: (state: GameState, side: Side, choice: ActionChoice) => number;
  /** Why the action cannot be taken now, or undefined when it can. */
  unavailable: (state: GameState, side: Side, choice: ActionChoice) => string | undefined;
  perform: (state: GameState, side: Side, choice: ActionChoice) => void;
}

const both: readonly Side[] = ['us', 'china'];
const usOnly: readonly Side[] = ['us'];
const chinaOnly: readonly Side[] = ['china'];
const free = (): number => 0;

export const actionDefinitions: Record<ActionId, ActionDefinition> = {
  buildFab: {
    title: 'Build a fab',
    sides: both,
    opsCost: 2,
    costBn: (state, side, { node }) =>
      node ? fabBuildCostBn(state.params, node) * (side === 'us' ? usMaterialsCostMultiplier(state) : 1) : 0,
    unavailable: (state, side, { node }) => {
      if (!node) return 'a fab needs a node';
      return buildableNodes(state, side).includes(node)
        ? undefined
        : `cannot build ${node} on this route yet`;
    },
    perform: (state, side, { node }) => {
      if (node) startFab(state, side, node);
    },
  },
  learnYield: {
    title: 'Yield learning',
    sides: both,
    opsCost: 1,
    costBn: (state) => state.params.fabs.yieldLearningActionCostBn,
    unavailable: (state, side) =>
      fabWithMostToLearn(state, side) ? undefined : 'every fab is at its yield cap',
    perform: (state, side) => {
      learnYieldByAction(state, side);
    },
  },
  buyToolGroup: {
    title: 'Buy a DUV tool group',
    sides: chinaOnly,
    opsCost: 1,
    costBn: (state) => toolGroupCostBn(state),
    unavailable: (state) =>
      toolPurchaseAllowed(state) ? undefined : 'tool sales are banned and domestic tools are not ready',
    perform: (state) => {
      state.sides.china.toolSpendThisRoundBn += toolGroupCostBn(state);
      addToolGroups(state, 1);
    },
  },
  serviceTools: {
    title: 'Service DUV tools',
    sides: chinaOnly,
    opsCost: 1,
    costBn: (state) => serviceCostBn(state),
    unavailable: (state) => {
      if (!servicingAllowed(state)) return 'servicing is banned and domestic spares are not ready';
      return state.sides.china.toolGroupWear.some((wear) => wear > 0) ? undefined : 'no tool is worn';
    },
    perform: (state) => {
      state.sides.china.toolSpendThisRoundBn += serviceCostBn(state);
      serviceTools(state);
    },
  },
  researchDomestic: {
    title: 'Domestic research',
    sides: chinaOnly,
    opsCost: 1,
    costBn: (state, _side, { track }) =>
      track && researchTracks.includes(track) ? researchActionCostBn(state, track) : 0,
    unavailable: (state, _side, { track }) => {
      if (!track || !researchTracks.includes(track)) return 'research needs a track';
      const china = state.sides.china;
      if (china.researchDone[track]) return 'that track is complete';
      if (china.researchProgress[track] >= researchPointsNeeded(state, track))
        return 'the track is full and waits for its landing';
      if (researchSlotsLeft(state, track) <= 0)
        return state.sides.us.researchActionsThisRound[track] > 0
          ? 'the programme has absorbed all it can this round (Entity List listings took slots)'
          : 'the programme has absorbed all it can this round';
      return undefined;
    },
    perform: (state, _side, { track }) => {
      if (!track) return;
      state.sides.china.researchActionsThisRound[track] += 1;
      addResearchProgress(state, track, state.params.research.trackPointsPerAction);
    },
  },
  buildPower: {
    title: 'Build power',
    sides: both,
    opsCost: 1,
    costBn: (state, side) => powerCostBn(state, side),
    unavailable: () => undefined,
    perform: (state, side) => {
      buildPower(state, side);
    },
  },
  researchEfficiency: {
    title: 'Algorithmic research',
    sides: both,
    opsCost: 1,
    costBn: (state) => state.params.efficiency.actionCostBn,
    unavailable: (state, side) =>
      state.sides[side].efficiencyLevel < maxEfficiencyLevel(state.params)
        ? undefined
        : 'efficiency is at its last level',
    perform: (state, side) => {
      addEfficiencyProgress(state, side, state.params.efficiency.progressPerAction[side]);
    },
  },
  upgradeInterconnect: {
    title: 'Upgrade interconnect',
    sides: both,
    opsCost: 2,
    costBn: (state) => state.params.interconnect.upgradeCostBn,
    unavailable: (state, side) =>
      state.sides[side].interconnectLevel < state.params.interconnect.maxLevel
        ? undefined
        : 'interconnect is at its top level',
    perform: (state, side) => {
      state.sides[side].interconnectLevel += 1;
    },
  },
  investEcosystem: {
    title: 'Invest in the software ecosystem',
    sides: both,
    opsCost: 1,
    costBn: (state) => state.params.ecosystem.investCostBn,
    unavailable: (state, side) =>
      state.sides[side].maturity < state.params.ecosystem.maturityMax
        ? undefined
        : 'libraries are fully mature',
    perform: (state, side) => {
      investInEcosystem(state, side);
    },
  },
  portWorkloads: {
    title: 'Port workloads to the domestic stack',
    sides: chinaOnly,
    opsCost: 2,
    costBn: (state) => state.params.ecosystem.portingCostBn,
    unavailable: (state) =>
      state.sides.china.portingRoundsLeft > 0 ? 'a port is already under way' : undefined,
    perform: (state, side) => {
      startPorting(state, side);
    },
  },
  openSourceModel: {
    title: 'Open-source a model',
    sides: both,
    opsCost: 1,
    costBn: (state) => state.params.openSource.actionCostBn,
    unavailable: (state, side) => {
      const own = state.sides[side];
      if (own.efficiencyLevel < 1) return 'nothing efficient to release yet';
      return own.openSourcedInRound === state.round ? 'already open-sourced a model this round' : undefined;
    },
    perform: (state, side) => {
      state.sides[side].openSourcedInRound = state.round;
      openSourceModel(state, side);
    },
  },
  takeSubsidy: {
    title: 'Take a subsidy tranche',
    sides: both,
    opsCost: 1,
    costBn: free,
    unavailable: (state, side) =>
      subsidyTrancheBn(state, side) > 0 ? undefined : 'the subsidy pool is spent',
    perform: (state, side) => {
      takeSubsidy(state, side);
    },
  },
  mandateDomesticChips: {
    title: 'Mandate domestic chips',
    sides: chinaOnly,
    opsCost: 1,
    costBn: free,
    unavailable: (state) =>
      state.sides.china.domesticMandate ? 'the mandate is already in force' : undefined,
    perform: (state) => {
      state.sides.china.domesticMandate = true;
    },
  },
  sanctionEntities: {
    title: 'Entity List additions',
    sides: usOnly,
    opsCost: 1,
    costBn: (state) => state.params.research.sanctionCostBn,
    unavailable: (state, _side, { track }) => {
      if (!track || !researchTracks.includes(track)) return 'a listing targets a track';
      const china = state.sides.china;
      const { research } = state.params;
      if (china.researchDone[track]) return 'that track is already complete';
      if (china.sanctionsOnTrack[track] >= research.maxSanctionsPerTrack)
        return 'every entity on that track is already listed';
      if (state.sides.us.researchActionsThisRound[track] >= research.sanctionsPerTrackPerRound)
        return 'that track was already listed this round';
      return undefined;
    },
    perform: (state, _side, { track }) => {
      if (track) listEntities(state, track);
    },
  },
  tightenControls: {
    title: 'Tighten export controls',
    sides: usOnly,
    opsCost: 1,
    costBn: (state) => state.params.controls.toggleCostBn,
    unavailable: (state) =>
      state.exportControlLevel < state.params.controls.maxLevel
        ? undefined
        : 'controls are at their tightest',
    perform: (state, side) => {
      changeExportControls(state, side, 1);
    },
  },
  loosenControls: {
    title: 'Loosen export controls',
    sides: usOnly,
    opsCost: 1,
    costBn: (state) => state.params.controls.toggleCostBn,
    unavailable: (state) =>
      state.exportControlLevel > 0 ? undefined : 'there are no controls left to loosen',
    perform: (state, side) => {
      changeExportControls(state, side, -1);
    },
  },
  retaliate: {
    title: 'Retaliate',
    sides: chinaOnly,
    opsCost: 1,
    costBn: (state) => state.params.controls.toggleCostBn,
    unavailable: (state) =>
      state.retaliationLevel < state.params.controls.retaliationMaxLevel
        ? undefined
        : 'retaliation is at its limit',
    perform: (state, side) => {
      changeRetaliation(state, side, 1);
    },
  },
  deEscalate: {
    title: 'De-escalate',
    sides: both,
    opsCost: 2,
    costBn: (state) => state.params.escalation.deEscalateCostBn,
    unavailable: (state) => (state.escalation > 0 ? undefined : 'escalation is already at its floor'),
    perform: (state, side) => {
      changeEscalation(state, side, -1);
    },
  },
};

/** A side's action menu, in menu order (`actionIds`). */
export function menuOf(side: Side): ActionId[] {
  return actionIds.filter((action) => actionDefinitions[action].sides.includes(side));
}
