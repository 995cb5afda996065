import type { ActionId } from '../actions.ts';
import { cardById } from '../content/catalog.ts';
import { frontierClassBarInYear } from '../mechanics/scoring.ts';
import type { Move } from '../moves.ts';
import type { PlayerView } from '../observe.ts';
import type { LearningObjective, Node, ResearchTrack, Side } from '../vocabulary.ts';

/**
 * A scripted strategy: the greedy evaluator plus standing preferences, so the bot keeps to a plan
 * (the article's choices) while the evaluator still stops it from blundering into a loss.
 */
export interface ActionPreference {
  action: ActionId;
  /** Evaluation units added when the move matches. */
  bonus: number;
  track?: ResearchTrack;
  node?: Node;
  /** Only while this holds of the public view. */
  when?: (view: PlayerView) => boolean;
}

export interface Strategy {
  name: string;
  side: Side;
  summary: string;
  actions: readonly ActionPreference[];
  /** Bonus for firing one of its own (or a neutral) card's events, by the card's learning objectives. */
  eventObjectives: Partial<Record<LearningObjective, number>>;
}

/** Escalation is at least `margin` steps below its limit (room to push it). */
export const escalationBelow =
  (margin: number) =>
  (view: PlayerView): boolean =>
    view.escalation < view.params.escalation.limit - margin;

/** Escalation is within two steps of its limit: time to de-escalate. */
export const escalationHigh = (view: PlayerView): boolean => !escalationBelow(2)(view);

/** Working wafers under this many times the chokehold's threshold: a round or two of wear from it. */
const chokeholdNearFactor = 2;

/**
 * The chokehold is near: the log has warned of it (held at one round end), or China's working wafers are
 * under twice its threshold (RULEBOOK §14), where a round or two of tool wear takes them under it. Both
 * sides' scripts read it, as players read the warning: China to keep its tools alive, the US to tighten
 * the noose.
 */
export const chokeholdNear = (view: PlayerView): boolean =>
  view.chokeholdRoundsHeld > 0 ||
  view.sides.china.last.goodWaferCapacityK < view.params.scoring.chokeholdGoodWafersK * chokeholdNearFactor;

/**
 * China's training compute is within a year's growth of the frontier-class bar, on either side of it: the
 * contest that a round of building (or denying) can still swing.
 */
export const frontierBarInReach = (view: PlayerView): boolean => {
  const bar = frontierClassBarInYear(view.params.scoring, view.year);
  const growth = view.params.scoring.frontierClassGrowthPerYear;
  const chinaEflops = view.sides.china.last.trainingEflops;
  return chinaEflops >= bar / growth && chinaEflops < bar * growth;
};

/**
 * What every China script does when the noose is near: service its worn tools and buy new groups, and
 * while servicing is banned, research the domestic spares that lift the ban.
 */
export const escapeChokehold: readonly ActionPreference[] = [
  {
    action: 'researchDomestic',
    track: 'domesticSpares',
    bonus: 12,
    when: (view) => chokeholdNear(view) && !view.sides.china.researchDone.domesticSpares,
  },
  { action: 'serviceTools', bonus: 12, when: chokeholdNear },
  { action: 'buyToolGroup', bonus: 10, when: chokeholdNear },
];

function actionBonus(strategy: Strategy, view: PlayerView, move: Move): number {
  if (move.type !== 'takeAction') return 0;
  let bonus = 0;
  for (const preference of strategy.actions) {
    if (preference.action !== move.action) continue;
    if (preference.track !== undefined && preference.track !== move.track) continue;
    if (preference.node !== undefined && preference.node !== move.node) continue;
    if (preference.when && !preference.when(view)) continue;
    bonus += preference.bonus;
  }
  return bonus;
}

function eventBonus(strategy: Strategy, cardId: string): number {
  const card = cardById(cardId);
  if (card.owner !== strategy.side && card.owner !== 'neutral') return 0;
  let bonus = 0;
  for (const objective of card.objectives) bonus += strategy.eventObjectives[objective] ?? 0;
  return bonus;
}

/** The strategy's bonus for a legal move (0 when it has no opinion). */
export function strategyBonus(strategy: Strategy, view: PlayerView, move: Move): number {
  switch (move.type) {
    case 'takeAction':
      return actionBonus(strategy, view, move);
    case 'chooseHeadline':
      return eventBonus(strategy, move.cardId);
    case 'playCard':
      return move.use === 'event' ? eventBonus(strategy, move.cardId) : 0;
    case 'endTurn':
      return 0;
  }
}
