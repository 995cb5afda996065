import type { ActionId, Parameters, Side } from '../../../rules/index.ts';
import type { ExportedRoundRecord, TableResult } from './export-format.ts';
import type { IndicatorId } from '../../charts/indicators.ts';
import type { IndicatorSeries } from '../../charts/indicator-series.ts';
import { orderedRecords, everyIndicatorSeries } from '../../charts/indicator-series.ts';
import type { TimelineEntry, TimelineRound } from './timeline.ts';
import { decisionTimeline } from './timeline.ts';
import type { TableExport } from './export-format.ts';

/** What the debrief knows of one table: its records in order, every indicator's series and its decisions. */
export interface TableFacts {
  records: ExportedRoundRecord[];
  series: Record<IndicatorId, IndicatorSeries>;
  timeline: TimelineRound[];
  result: TableResult | null;
  params: Parameters;
}

export function tableFacts(table: TableExport, params: Parameters): TableFacts {
  const records = orderedRecords(table.rounds);
  return {
    records,
    series: everyIndicatorSeries(records),
    timeline: decisionTimeline(table, records),
    result: table.result,
    params,
  };
}

type ActionEntry = Extract<TimelineEntry, { kind: 'action' }>;

/** The actions a side (or either side) took, with the round of each. */
export function actionsTaken(
  facts: Pick<TableFacts, 'timeline'>,
  action: ActionId,
  side?: Side,
): { round: number; entry: ActionEntry }[] {
  return facts.timeline.flatMap(({ round, entries }) =>
    entries
      .filter((entry): entry is ActionEntry => entry.kind === 'action' && entry.action === action)
      .filter((entry) => side === undefined || entry.side === side)
      .map((entry) => ({ round, entry })),
  );
}

/** A line's values in round order, with the round each belongs to (gaps left out). */
export function presentValues(
  facts: Pick<TableFacts, 'series'>,
  id: IndicatorId,
  key: Side | 'shared',
): { round: number; value: number }[] {
  const series = facts.series[id];
  const line = series.lines.find((candidate) => candidate.key === key);
  if (!line) return [];
  return line.values.flatMap((value, index) => {
    const round = series.rounds[index];
    return value === undefined || round === undefined ? [] : [{ round, value }];
  });
}
