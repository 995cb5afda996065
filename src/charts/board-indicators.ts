import type { Parameters, RoundRecord } from '../../rules/index.ts';
import { frontierClassBarInYear } from '../../rules/mechanics/scoring.ts';
import type { IndicatorSeries, ReferenceLine } from './indicator-series.ts';
import { indicatorSeries } from './indicator-series.ts';
import type { IndicatorId } from './indicators.ts';
import { indicatorDefinition } from './indicators.ts';

/**
 * The indicators a board charts, in the order a player reads them (issue 12: compute both sides, the
 * lead, escalation, budget, yields, tool groups, developers); the debrief charts every indicator. The
 * compute chart is training compute: what the frontier race and the frontier-class bar are scored on.
 */
export const boardIndicatorIds = [
  'computeLead',
  'trainingCompute',
  'escalation',
  'budget',
  'meanYield',
  'toolWear',
  'independentDevelopers',
] as const satisfies readonly IndicatorId[];

/**
 * The board's charts from a view's history: the rules' round records as they are, public to every
 * viewer, so no seat's hidden cards can reach a chart. The compute chart carries each round's
 * frontier-class bar (RULEBOOK §14), from the rules' function of the record's year.
 */
export function boardIndicatorSeries(history: readonly RoundRecord[], params: Parameters): IndicatorSeries[] {
  return boardIndicatorIds.map((id) => {
    const series = indicatorSeries(indicatorDefinition(id), history);
    return id === 'trainingCompute'
      ? { ...series, reference: frontierClassLine(series.years, params) }
      : series;
  });
}

export function frontierClassLine(years: readonly number[], params: Parameters): ReferenceLine {
  return {
    label: 'frontier-class bar',
    values: years.map((year) => frontierClassBarInYear(params.scoring, year)),
  };
}
