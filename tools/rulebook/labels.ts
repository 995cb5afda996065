import type { CardOwner, LearningObjective, LithographyRoute, Node, Side } from '../../rules/index.ts';

/** Readable names for the engine's vocabularies, as the rulebook prints them. */

export const sideLabel: Record<Side, string> = { us: 'US', china: 'China' };

export const ownerLabel: Record<CardOwner, string> = { us: 'US', china: 'China', neutral: 'Neutral' };

export const nodeLabel: Record<Node, string> = {
  n7: '7nm-class',
  n5: '5nm-class',
  n3: '3nm-class',
  n2: '2nm-class',
};

export const routeLabel: Record<LithographyRoute, string> = {
  euv: 'EUV (single exposure)',
  duv: 'DUV (multi-patterning)',
};

export const objectiveLabel: Record<LearningObjective, string> = {
  yields: 'yields',
  lithography: 'lithography',
  toolWear: 'tool wear',
  subsidies: 'subsidies',
  ecosystem: 'software ecosystem',
  memory: 'memory wall',
  interconnect: 'interconnect',
  efficiency: 'algorithmic efficiency',
  openSource: 'open source',
  exportControls: 'export controls',
  escalation: 'escalation',
  power: 'power',
  marketFiat: 'market by fiat',
};
