import type { LearningObjective, ResearchTrack } from '../vocabulary.ts';
import type { Card } from './card-types.ts';
import type { Effect, EffectKind, EventHandlerName } from './effects.ts';

/**
 * Which effects teach which learning objective (RULEBOOK §4, §17): a card may carry a learning tag only if
 * one of its effects touches what the tag is about. The map is data, in one place, so the tags stay
 * honest when a card's effects change.
 *
 * An effect touches a *topic*: its kind, except research progress, which touches its track
 * (`researchProgress.domesticEuv`), and a named handler, which touches the kinds its code changes.
 */
export type EffectTopic =
  Exclude<EffectKind, 'handler' | 'researchProgress'> | `researchProgress.${ResearchTrack}`;

/** What each named event handler changes (rules/mechanics/events.ts), as the topics of plain effects. */
export const handlerTopics: Record<EventHandlerName, readonly EffectTopic[]> = {
  /** US fab capacity falls, both budgets fall, escalation rises. */
  taiwanStraitCrisis: ['capacity', 'budget', 'escalation'],
  /** China gains HBM and downgraded chips; export controls tighten (and so escalate). */
  stockpileRush: ['hbm', 'chips', 'exportControls'],
  /** China gains efficiency and developers; US influence falls. */
  talentExchange: ['efficiencyProgress', 'developers', 'influence'],
};

/**
 * The topics that teach each objective. Choices that need a reason:
 * - lithography: the lithography route decides what a side can make (§5, §6). Domestic EUV research,
 *   fab capacity, the DUV scanners' tool groups and the wear multi-patterning puts on them, and chips
 *   delivered at a node's performance (the node is the lithography's). A yield change is `yields`.
 * - toolWear: wear, tool groups and the domestic-spares track that repairs them (§6, §13).
 * - memory: HBM stock and the domestic HBM track (§9, §13).
 * - subsidies: dependency, the price of state money (§7).
 * - ecosystem: developers and library maturity (§8).
 * - openSource: the paradox (§11), adoption (influence) for the opener and efficiency for the rival.
 * - marketFiat: captive developers and China's purchase ban, a step of its retaliation track (§8, §12).
 * - exportControls: either side's export controls, the US track and China's retaliation track (§12).
 * - escalation: escalation itself, and the controls and retaliation that escalate as they rise (§4, §12).
 */
export const objectiveTopics: Record<LearningObjective, readonly EffectTopic[]> = {
  yields: ['yield'],
  lithography: ['researchProgress.domesticEuv', 'capacity', 'toolGroups', 'toolWear', 'chips'],
  toolWear: ['toolWear', 'toolGroups', 'researchProgress.domesticSpares'],
  subsidies: ['dependency'],
  ecosystem: ['developers', 'maturity'],
  memory: ['hbm', 'researchProgress.domesticHbm'],
  interconnect: ['interconnect'],
  efficiency: ['efficiencyProgress'],
  openSource: ['efficiencyProgress', 'influence'],
  exportControls: ['exportControls', 'retaliation'],
  escalation: ['escalation', 'exportControls', 'retaliation'],
  power: ['power'],
  marketFiat: ['developers', 'retaliation'],
};

/** The topics one effect touches. */
export function effectTopics(effect: Effect): readonly EffectTopic[] {
  if (effect.kind === 'handler') return handlerTopics[effect.name];
  if (effect.kind === 'researchProgress') return [`researchProgress.${effect.track}`];
  return [effect.kind];
}

/** Every topic a card's event touches. */
export function cardTopics(card: Pick<Card, 'effects'>): ReadonlySet<EffectTopic> {
  return new Set(card.effects.flatMap(effectTopics));
}

/** The card's learning tags that none of its effects touch (empty when the tags are honest). */
export function unbackedObjectives(card: Pick<Card, 'effects' | 'objectives'>): LearningObjective[] {
  const topics = cardTopics(card);
  return card.objectives.filter(
    (objective) => !objectiveTopics[objective].some((topic) => topics.has(topic)),
  );
}
