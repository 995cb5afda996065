import type { ResearchTrack } from '../vocabulary.ts';

/**
 * A card event is a list of effects: data the engine interprets, so a new card is a data entry.
 * `player` is the side the event works for (the card's owner, or whoever played a neutral card);
 * `opponent` is the other side.
 */
export const effectTargets = ['player', 'opponent', 'us', 'china'] as const;
export type EffectTarget = (typeof effectTargets)[number];

/** Events that data cannot say, each a small named function in the events module. */
export const eventHandlerNames = ['taiwanStraitCrisis', 'stockpileRush', 'talentExchange'] as const;
export type EventHandlerName = (typeof eventHandlerNames)[number];

export type Effect =
  | { kind: 'budget'; target: EffectTarget; amountBn: number }
  | { kind: 'influence'; target: EffectTarget; amount: number }
  | { kind: 'developers'; target: EffectTarget; amountM: number }
  | { kind: 'maturity'; target: EffectTarget; amount: number }
  | { kind: 'efficiencyProgress'; target: EffectTarget; points: number }
  | { kind: 'researchProgress'; target: EffectTarget; track: ResearchTrack; points: number }
  /** Added to every fab's yield, kept within [0, cap]. */
  | { kind: 'yield'; target: EffectTarget; deltaFraction: number }
  /** Every fab's capacity scaled by (1 + share). */
  | { kind: 'capacity'; target: EffectTarget; share: number }
  | { kind: 'toolWear'; target: EffectTarget; delta: number }
  | { kind: 'toolGroups'; target: EffectTarget; count: number }
  | { kind: 'chips'; target: EffectTarget; amountK: number; performancePflops: number }
  | { kind: 'power'; target: EffectTarget; amountGw: number }
  | { kind: 'hbm'; target: EffectTarget; amountKChips: number }
  | { kind: 'interconnect'; target: EffectTarget; levels: number }
  | { kind: 'dependency'; target: EffectTarget; amount: number }
  | { kind: 'exportControls'; levels: number }
  | { kind: 'retaliation'; levels: number }
  | { kind: 'escalation'; delta: number }
  /** Positive moves the compute-lead track toward the US. */
  | { kind: 'computeLead'; delta: number }
  | { kind: 'handler'; name: EventHandlerName };

export type EffectKind = Effect['kind'];
