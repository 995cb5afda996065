import { z } from 'zod';
import { cardOwners, eras, learningObjectives, researchTracks } from '../vocabulary.ts';
import { effectTargets, eventHandlerNames } from './effects.ts';
import type { Card } from './card-types.ts';
import type { Effect } from './effects.ts';
import type { Scenario } from './scenario-types.ts';

const target = z.enum(effectTargets);
const finite = z.number();

export const effectSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('budget'), target, amountBn: finite }),
  z.object({ kind: z.literal('influence'), target, amount: finite }),
  z.object({ kind: z.literal('developers'), target, amountM: finite }),
  z.object({ kind: z.literal('maturity'), target, amount: finite }),
  z.object({ kind: z.literal('efficiencyProgress'), target, points: finite }),
  z.object({ kind: z.literal('researchProgress'), target, track: z.enum(researchTracks), points: finite }),
  z.object({ kind: z.literal('yield'), target, deltaFraction: finite.min(-1).max(1) }),
  z.object({ kind: z.literal('capacity'), target, share: finite.min(-1).max(2) }),
  z.object({ kind: z.literal('toolWear'), target, delta: finite.min(-1).max(1) }),
  z.object({ kind: z.literal('toolGroups'), target, count: z.number().int() }),
  z.object({ kind: z.literal('chips'), target, amountK: finite, performancePflops: finite.positive() }),
  z.object({ kind: z.literal('power'), target, amountGw: finite }),
  z.object({ kind: z.literal('hbm'), target, amountKChips: finite }),
  z.object({ kind: z.literal('interconnect'), target, levels: z.number().int() }),
  z.object({ kind: z.literal('dependency'), target, amount: finite }),
  z.object({ kind: z.literal('exportControls'), levels: z.number().int() }),
  z.object({ kind: z.literal('retaliation'), levels: z.number().int() }),
  z.object({ kind: z.literal('escalation'), delta: z.number().int() }),
  z.object({ kind: z.literal('computeLead'), delta: z.number().int() }),
  z.object({ kind: z.literal('handler'), name: z.enum(eventHandlerNames) }),
]) satisfies z.ZodType<Effect>;

export const cardSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'card ids are kebab-case'),
    title: z.string().min(3),
    era: z.union(eras.map((era) => z.literal(era)) as [z.ZodLiteral<1>, z.ZodLiteral<2>, z.ZodLiteral<3>]),
    owner: z.enum(cardOwners),
    ops: z.number().int().min(1).max(4),
    flavour: z.string().min(10),
    effects: z.array(effectSchema).min(1),
    removeAfterEvent: z.boolean(),
    source: z.string().min(5),
    date: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'dates are YYYY-MM'),
    objectives: z.array(z.enum(learningObjectives)).min(1),
  })
  .strict() satisfies z.ZodType<Card>;

export const scenarioSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
    title: z.string().min(3),
    summary: z.string().min(10),
    counterfactual: z.boolean(),
    overrides: z.record(z.string(), finite),
  })
  .strict() satisfies z.ZodType<Scenario>;

/** Throws a readable error naming every bad entry: content is checked loudly at load. */
export function checkCards(cards: readonly unknown[]): Card[] {
  const problems: string[] = [];
  const parsed: Card[] = [];
  const seen = new Set<string>();
  cards.forEach((raw, index) => {
    const result = cardSchema.safeParse(raw);
    if (!result.success) {
      problems.push(
        `card #${index}: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
      );
      return;
    }
    if (seen.has(result.data.id)) problems.push(`card ${result.data.id}: duplicate id`);
    seen.add(result.data.id);
    parsed.push(result.data);
  });
  if (problems.length > 0) throw new Error(`Invalid cards:\n${problems.join('\n')}`);
  return parsed;
}
