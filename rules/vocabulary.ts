/** Closed vocabularies of the game, as `as const` arrays with derived unions (no enums). */

export const sides = ['us', 'china'] as const;
export type Side = (typeof sides)[number];
export type BySide<T> = { us: T; china: T };

export const rivalOf = (side: Side): Side => (side === 'us' ? 'china' : 'us');

/** boardgame.io seats: "0" is the US, "1" is China. */
export const playerIdBySide: BySide<'0' | '1'> = { us: '0', china: '1' };
export const sideOfPlayerId = (playerId: string | null | undefined): Side | undefined =>
  playerId === '0' ? 'us' : playerId === '1' ? 'china' : undefined;

export const nodes = ['n7', 'n5', 'n3', 'n2'] as const;
export type Node = (typeof nodes)[number];

export const lithographyRoutes = ['euv', 'duv'] as const;
export type LithographyRoute = (typeof lithographyRoutes)[number];

export const eras = [1, 2, 3] as const;
export type Era = (typeof eras)[number];

export const cardOwners = ['us', 'china', 'neutral'] as const;
export type CardOwner = (typeof cardOwners)[number];

/** Research tracks that fill with progress points and complete once. */
export const researchTracks = ['domesticEuv', 'domesticHbm', 'domesticSpares'] as const;
export type ResearchTrack = (typeof researchTracks)[number];

export const endReasons = ['computeLead', 'selfReliance', 'chokehold', 'escalation', 'finalScore'] as const;
export type EndReason = (typeof endReasons)[number];

export const learningObjectives = [
  'yields',
  'lithography',
  'toolWear',
  'subsidies',
  'ecosystem',
  'memory',
  'interconnect',
  'efficiency',
  'openSource',
  'exportControls',
  'escalation',
  'power',
  'marketFiat',
] as const;
export type LearningObjective = (typeof learningObjectives)[number];
