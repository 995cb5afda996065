import type { Parameters } from './content/parameters.ts';
import type { FigureChange } from './effects-log.ts';
import type { BySide, EndReason, LithographyRoute, Node, ResearchTrack, Side } from './vocabulary.ts';

/** All of the game's state: plain JSON data, no classes, no functions. */

export interface Fab {
  id: number;
  node: Node;
  route: LithographyRoute;
  capacityKWafersPerRound: number;
  yieldFraction: number;
  /** 0 once the fab produces. */
  roundsUntilOnline: number;
}

/** What the last production, compute and scoring step measured for one side (public). */
export interface RoundFigures {
  wafersK: number;
  goodDiesK: number;
  chipsPackagedK: number;
  costPerGoodDieUsd: number;
  effectiveComputeEflops: number;
  trainingEflops: number;
  inferenceEflops: number;
  clusterEfficiency: number;
  memoryEfficiency: number;
  utilisation: number;
  algorithmicMultiplier: number;
  incomeBn: number;
  advancedCapacityKWafers: number;
  /** The working wafers that capacity makes: each fab's running capacity times its yield (the chokehold's measure). */
  goodWaferCapacityK: number;
  /** Wafers run on EUV lines (China: its own domestic EUV). */
  euvWafersK: number;
  toolGroupsLost: number;
  /** What the side paid this round for wafers, packaging and HBM, and tools bought or serviced. */
  productionBillBn: number;
}

export interface SideState {
  budgetBn: number;
  fabs: Fab[];
  /** Wear in [0, 1) of each working DUV tool group (the US side's tools are serviced and not tracked). */
  toolGroupWear: number[];
  chipsK: number;
  /** Average dense BF16 PFLOPS of the installed chips. */
  chipPerformancePflops: number;
  powerGw: number;
  interconnectLevel: number;
  developersM: number;
  /** Developers who came by the domestic mandate: they count for neither the ecosystem contest nor self-reliance. */
  captiveDevelopersM: number;
  maturity: number;
  efficiencyLevel: number;
  efficiencyProgress: number;
  influence: number;
  /** Influence at the last round end: the adoption race scores what was gained since. */
  influenceAtLastScoring: number;
  dependency: number;
  subsidyTakenBn: number;
  researchProgress: Record<ResearchTrack, number>;
  researchDone: Record<ResearchTrack, boolean>;
  /** Research actions taken on each track this round: a programme absorbs only so much money a year. */
  researchActionsThisRound: Record<ResearchTrack, number>;
  /** Entity List listings on each of this side's tracks: each makes later research on it dearer. */
  sanctionsOnTrack: Record<ResearchTrack, number>;
  /** Tool groups bought and servicing paid since the last production: part of the next production bill. */
  toolSpendThisRoundBn: number;
  /** HBM on hand for packaging, thousands of chip sets (China; the US side's supply is not binding). */
  hbmStockKChips: number;
  domesticHbmKChipsPerRound: number;
  /** Rounds until a running porting project lands; 0 when none runs. */
  portingRoundsLeft: number;
  domesticMandate: boolean;
  /** The last round in which this side shelved a card (0: never): once a round. */
  shelvedInRound: number;
  /** The last round in which this side open-sourced a model (0: never): once a round. */
  openSourcedInRound: number;
  last: RoundFigures;
}

/** A side's standing at a round's end, as the debrief charts it (public). */
export interface RoundIndicators {
  budgetBn: number;
  /** Capacity-weighted yield of the side's producing fabs; 0 when none produces. */
  meanYieldFraction: number;
  /** Mean wear of the side's DUV tool groups; 0 when it has none or they are not tracked (the US). */
  meanToolWearFraction: number;
  dependency: number;
  /** Developers less the mandate's captive ones: those the ecosystem contest counts. */
  independentDevelopersM: number;
  maturity: number;
  chipsK: number;
  influence: number;
}

/** One round's public record, kept for charts and the debrief. */
export interface RoundRecord {
  round: number;
  year: number;
  computeLead: number;
  escalation: number;
  frontierPoints: number;
  /** The frontier-class contest's point (rules 2.4.0; 0 in a round recorded before it). */
  frontierClassPoints: number;
  adoptionPoints: number;
  ecosystemPoints: number;
  figures: BySide<RoundFigures>;
  /** null: a round recorded under rules before 2.1.0, which kept no indicators (the debrief shows a gap). */
  indicators: BySide<RoundIndicators> | null;
}

/** A card's event the facilitator brought in for the start of a later round (RULEBOOK §4). */
export interface PendingInjection {
  cardId: string;
  atRound: number;
}

export interface LogEntry {
  round: number;
  side: Side | null;
  text: string;
  /**
   * The public figures the step that wrote this entry changed (an event, an action, a round end);
   * absent when it changed none, and in every entry written under rules before effects were recorded.
   */
  effects?: FigureChange[];
}

export interface GameResult {
  winner: Side | 'draw';
  reason: EndReason;
  round: number;
}

export type Phase = 'headline' | 'action' | 'over';

/** A card played for operations whose points are still being spent. */
export interface OpsInProgress {
  cardId: string;
  opsRemaining: number;
}

export interface GameState {
  scenarioId: string;
  params: Parameters;
  /** The seeded PRNG's four 32-bit words: hidden from both seats. */
  rng: [number, number, number, number];
  round: number;
  year: number;
  phase: Phase;
  activeSide: Side;
  actionRoundsLeft: BySide<number>;
  ops: OpsInProgress | null;
  /** Draw pile, top at the end: its order is hidden. */
  deck: string[];
  discard: string[];
  removed: string[];
  hands: BySide<string[]>;
  /** Headline cards chosen this round: secret until both have chosen. */
  headlines: BySide<string | null>;
  exportControlLevel: number;
  retaliationLevel: number;
  escalation: number;
  /** Whether anything raised escalation this round: a round in which nothing did cools it. */
  escalatedThisRound: boolean;
  /** Positive: the US leads. */
  computeLead: number;
  /** US ÷ Chinese training compute at the last round end (at the start, of the starting fleets): the frontier race's mark. */
  frontierReferenceRatio: number;
  /** Consecutive round ends at which China has met every self-reliance condition. */
  selfRelianceRoundsHeld: number;
  /** Consecutive round ends at which China's working wafers have been under the chokehold threshold. */
  chokeholdRoundsHeld: number;
  sides: BySide<SideState>;
  history: RoundRecord[];
  log: LogEntry[];
  nextFabId: number;
  /**
   * Events the facilitator scheduled, in the order they were brought in: each resolves at the start of
   * its round. Secret from both seats and spectators, like the deck (RULEBOOK §15).
   */
  pendingInjections: PendingInjection[];
  result: GameResult | null;
}
