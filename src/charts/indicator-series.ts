import type { Side } from '../../rules/index.ts';
import type { IndicatorDefinition, IndicatorId } from './indicators.ts';
import { indicatorDefinitions } from './indicators.ts';
import type { ChartedRoundRecord } from './round-indicators.ts';

/**
 * Indicators of one game (a board's, a debrief table's), round by round: one value per round record, in
 * round order, for each line of the chart. A value the record does not carry is `undefined` (a gap),
 * never a zero.
 */

export type LineKey = Side | 'shared';

export interface SeriesLine {
  key: LineKey;
  values: (number | undefined)[];
}

/** A rule's threshold drawn across a chart, one value a round (the frontier-class bar of each year). */
export interface ReferenceLine {
  label: string;
  values: (number | undefined)[];
}

export interface IndicatorSeries {
  definition: IndicatorDefinition;
  rounds: number[];
  years: number[];
  lines: SeriesLine[];
  reference?: ReferenceLine;
}

export function lineKeysOf(definition: IndicatorDefinition): LineKey[] {
  switch (definition.lines) {
    case 'bySide':
      return ['us', 'china'];
    case 'shared':
      return ['shared'];
    case 'china':
      return ['china'];
  }
}

/** The records in round order, one per round (a repeated round keeps its last record). */
export function orderedRecords<Charted extends ChartedRoundRecord>(records: readonly Charted[]): Charted[] {
  const byRound = new Map<number, Charted>();
  for (const record of records) byRound.set(record.round, record);
  return [...byRound.values()].sort((a, b) => a.round - b.round);
}

export function indicatorSeries(
  definition: IndicatorDefinition,
  records: readonly ChartedRoundRecord[],
): IndicatorSeries {
  const ordered = orderedRecords(records);
  return {
    definition,
    rounds: ordered.map((record) => record.round),
    years: ordered.map((record) => record.year),
    lines: lineKeysOf(definition).map((key) => ({
      key,
      // A shared track reads the same whichever side is asked.
      values: ordered.map((record) => definition.read(record, key === 'shared' ? 'us' : key)),
    })),
  };
}

/** Every indicator's series for one game's records. */
export function everyIndicatorSeries(
  records: readonly ChartedRoundRecord[],
): Record<IndicatorId, IndicatorSeries> {
  return Object.fromEntries(
    indicatorDefinitions.map((definition) => [definition.id, indicatorSeries(definition, records)]),
  ) as Record<IndicatorId, IndicatorSeries>;
}

/** The first and last value a line has (gaps skipped), for summaries: undefined when it has none. */
export function firstAndLast(
  values: readonly (number | undefined)[],
): { first: number; last: number } | undefined {
  const present = values.filter((value): value is number => value !== undefined);
  const first = present[0];
  const last = present[present.length - 1];
  return first === undefined || last === undefined ? undefined : { first, last };
}
