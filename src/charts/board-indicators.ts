import type { RoundRecord } from '../../rules/index.ts';
import type { IndicatorSeries } from './indicator-series.ts';
import { indicatorSeries } from './indicator-series.ts';
import type { IndicatorId } from './indicators.ts';
import { indicatorDefinition } from './indicators.ts';

/**
 * The indicators a board charts, in the order a player reads them (issue 12: compute both sides, the
 * lead, escalation, budget, yields, tool groups, developers); the debrief charts every indicator.
 */
export const boardIndicatorIds = [
  'computeLead',
  'effectiveCompute',
  'escalation',
  'budget',
  'meanYield',
  'toolWear',
  'independentDevelopers',
] as const satisfies readonly IndicatorId[];

/**
 * The board's charts from a view's history: the rules' round records as they are, public to every
 * viewer, so no seat's hidden cards can reach a chart.
 */
export function boardIndicatorSeries(history: readonly RoundRecord[]): IndicatorSeries[] {
  return boardIndicatorIds.map((id) => indicatorSeries(indicatorDefinition(id), history));
}
