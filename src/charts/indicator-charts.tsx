import type { Parameters, RoundRecord } from '../../rules/index.ts';
import { boardIndicatorSeries } from './board-indicators.ts';
import { IndicatorFigure } from './indicator-figure.tsx';
import { ChartLegend } from './line-chart.tsx';

/**
 * The board's indicators, one chart each, round by round, with the legend that tells the lines apart.
 * Its module loads on demand (src/board/indicators-panel.tsx): a board whose panel stays folded never
 * downloads it.
 */
export default function IndicatorCharts({
  history,
  params,
}: {
  history: readonly RoundRecord[];
  params: Parameters;
}) {
  if (history.length === 0)
    return <p className="quiet">The charts fill in as rounds end: no round has ended yet.</p>;
  return (
    <>
      <ChartLegend keys={['us', 'china', 'shared']} />
      <div className="indicator-charts">
        {boardIndicatorSeries(history, params).map((series) => (
          <IndicatorFigure key={series.definition.id} series={series} params={params} />
        ))}
      </div>
    </>
  );
}
