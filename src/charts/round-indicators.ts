import type { RoundIndicators, RoundRecord, Side } from '../../rules/index.ts';

/**
 * What each round record says of a side beyond its production figures, for the indicator charts (the
 * board's and the debrief's). Records written before rules 2.1.0 (or migrated from 2.0.0) carry
 * `indicators: null`: they read as `undefined`, a gap in a chart, never as a zero.
 */
export type { RoundIndicators } from '../../rules/index.ts';

/**
 * A round record as the charts read it: the rules' own (a board's `view.history`), or one from a class
 * export, whose records from before rules 2.1.0 lack `indicators`.
 */
export type ChartedRoundRecord = Omit<RoundRecord, 'indicators'> & {
  indicators?: { us?: RoundIndicators; china?: RoundIndicators } | null;
};

export type IndicatorField = keyof RoundIndicators;

interface RecordWithIndicators {
  indicators?: { us?: Partial<RoundIndicators>; china?: Partial<RoundIndicators> } | null;
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
