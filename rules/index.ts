/** Silicon Curtain's rules engine: pure, deterministic, seeded. */
export { SiliconCurtain, gameoverOf } from './game.ts';
export type { SetupData } from './game.ts';
export { createGame, resolveParameters } from './setup.ts';
export type { GameOptions } from './setup.ts';
export {
  applyMove,
  applyMoveInPlace,
  parseMove,
  performMove,
  whyIllegal,
  standsAfterRivalsHeadline,
  isRejection,
  rejectionCodes,
  moveTypes,
} from './moves.ts';
export type { Move, MoveResult, Rejection, RejectionCode, CardUse } from './moves.ts';
export { legalMoves, sidesToMove } from './legal.ts';
export { timeoutMove, lowestOpsCard } from './timeout.ts';
export {
  injectEvent,
  injectEventInPlace,
  whyNotInjectable,
  injectionRejectionCodes,
  maxPendingInjections,
} from './mechanics/injections.ts';
export type {
  InjectionRequest,
  InjectionRejection,
  InjectionRejectionCode,
  InjectionResult,
} from './mechanics/injections.ts';
export { roundIndicators } from './mechanics/indicators.ts';
export {
  figureChangesBetween,
  figureIds,
  sideFigureIds,
  tableFigureIds,
  trackFigureIds,
} from './effects-log.ts';
export type {
  FigureChange,
  FigureId,
  FigureSource,
  SideFigureId,
  TableFigureId,
  TrackFigureId,
} from './effects-log.ts';
export { roundEndText } from './round.ts';
export { observe } from './observe.ts';
export {
  legalMovesFromView,
  publicState,
  sidesToMoveFromView,
  stateFromView,
  whyIllegalFromView,
} from './view-state.ts';
export type { PlayerView, Viewer } from './observe.ts';
export { fingerprint } from './fingerprint.ts';
export { cloneState } from './clone.ts';
export { cards, cardById, scenarios, scenarioById, baselineScenarioId } from './content/catalog.ts';
export { defaultParameters } from './content/parameters.ts';
export { completeParameters } from './content/parameter-completion.ts';
export type { Parameters } from './content/parameters.ts';
export { parameterPaths, getParameter, withOverrides } from './parameter-paths.ts';
export { actionDefinitions, actionIds, menuOf } from './actions.ts';
export type { ActionId, ActionChoice } from './actions.ts';
export type * from './state.ts';
export * from './vocabulary.ts';
export { RULES_VERSION, PRE_VERSIONING_RULES_VERSION } from './version.ts';
export { migrations, migrationChain, migrateState, migrateFrom2_0 } from './migrations.ts';
export type {
  RulesMigration,
  GameStateV2_0,
  GameStateV2_2,
  GameStateV2_3,
  GameStateV2_4,
  RoundRecordV2_0,
  RoundFiguresV2_2,
} from './migrations.ts';
