import type { Parameters } from '../../rules/index.ts';
import { valueScale } from './chart-scale.ts';
import type { IndicatorSeries } from './indicator-series.ts';
import { ChartData, LineChart } from './line-chart.tsx';

/**
 * One indicator's chart with its words around it: the heading with its unit, the drawing on its own
 * scale, a note where a line is left out on purpose, and every figure in a table beneath (on screen).
 */
export function IndicatorFigure({
  series,
  params,
  size = 'full',
  labelPrefix,
}: {
  series: IndicatorSeries;
  params: Parameters;
  size?: 'full' | 'paper';
  /** Said before the chart's summary, e.g. "Table 2: " on a debrief page that has several games. */
  labelPrefix?: string;
}) {
  const scale = valueScale(series.definition, params, [
    ...series.lines.flatMap((line) => line.values),
    ...(series.reference?.values ?? []),
  ]);
  return (
    <figure className="chart-figure">
      <figcaption>
        <span className="chart-title">{series.definition.title}</span>{' '}
        <span className="chart-unit">{series.definition.unit}</span>
      </figcaption>
      <LineChart series={series} scale={scale} size={size} labelPrefix={labelPrefix} />
      {size === 'full' && series.definition.note ? (
        <p className="chart-note">{series.definition.note}</p>
      ) : null}
      {size === 'full' ? <ChartData series={series} /> : null}
    </figure>
  );
}
