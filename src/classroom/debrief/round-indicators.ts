import type { Side } from '../../../rules/index.ts';

/**
 * What each round record says of a side beyond its production figures, for the debrief's charts.
 *
 * Rules 2.1.0 adds `indicators: BySide<RoundIndicators>` to every `RoundRecord` in `G.history`, with
 * exactly these fields. Until that version is merged the shape is declared here; at the merge this
 * becomes `export type { RoundIndicators } from '../../../rules/index.ts'`. Records written before
 * 2.1.0 (or migrated from 2.0.0) have no indicators: they read as `undefined`, a gap in a chart, never
 * as a zero.
 */
export interface RoundIndicators {
  budgetBn: number;
  /** Capacity-weighted yield of the side's producing fabs; 0 when none produces. */
  meanYieldFraction: number;
  /** Mean wear of the side's DUV tool groups; 0 when it has none or they are not tracked (the US). */
  meanToolWearFraction: number;
  dependency: number;
  /** Developers minus those the domestic mandate brought (captive developers count for nothing). */
  independentDevelopersM: number;
  maturity: number;
  chipsK: number;
  influence: number;
}

export type IndicatorField = keyof RoundIndicators;

interface RecordWithIndicators {
  indicators?: { us?: Partial<RoundIndicators>; china?: Partial<RoundIndicators> };
}

/** One side's indicator in one record, or undefined where the record does not carry it. */
export function readIndicator(
  record: RecordWithIndicators,
  side: Side,
  field: IndicatorField,
): number | undefined {
  const value = record.indicators?.[side]?.[field];
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}
