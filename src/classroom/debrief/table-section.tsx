import type { Parameters } from '../../../rules/index.ts';
import { sideShort } from '../../board/format.ts';
import { valueScale } from './chart-scale.ts';
import type { TableDebrief } from './class-debrief.ts';
import { indicatorDefinitions } from './indicators.ts';
import { ChartData, ChartLegend, LineChart } from './line-chart.tsx';
import { PromptList } from './prompt-list.tsx';
import { TimelineView } from './timeline-view.tsx';

/** One chart of a table's page: the heading with its unit, the drawing, a note, and the figures. */
export function IndicatorFigure({
  table,
  id,
  params,
  size = 'full',
}: {
  table: TableDebrief;
  id: keyof TableDebrief['series'];
  params: Parameters;
  size?: 'full' | 'paper';
}) {
  const series = table.series[id];
  const scale = valueScale(
    series.definition,
    params,
    series.lines.flatMap((line) => line.values),
  );
  return (
    <figure className="debrief-chart">
      <figcaption>
        <span className="chart-title">{series.definition.title}</span>{' '}
        <span className="chart-unit">{series.definition.unit}</span>
      </figcaption>
      <LineChart series={series} scale={scale} size={size} labelPrefix={`${table.label}: `} />
      {size === 'full' && series.definition.note ? (
        <p className="chart-note">{series.definition.note}</p>
      ) : null}
      {size === 'full' ? <ChartData series={series} /> : null}
    </figure>
  );
}

/** A table's debrief: how it ended, every indicator round by round, its decisions, and what to discuss. */
export function TableSection({ table, params }: { table: TableDebrief; params: Parameters }) {
  const headingId = `debrief-table-${table.key.replace('.', '-')}`;
  return (
    <section className="debrief-table" aria-labelledby={headingId} data-table={table.key}>
      <h2 id={headingId}>{table.label}</h2>
      <p className="debrief-end">{table.endText}</p>
      <p className="debrief-players">
        <span className="player-us">
          {sideShort('us')}: {table.players.us}
        </span>
        {' · '}
        <span className="player-china">
          {sideShort('china')}: {table.players.china}
        </span>
        <span className="debrief-seed">
          {' · '}match {table.matchID}, seed {String(table.seed)}
        </span>
      </p>
      {table.records.length > 0 ? <ChartLegend keys={['us', 'china', 'shared']} /> : null}
      {table.records.length === 0 ? (
        <p className="quiet">No round ended at this table, so there are no figures to chart.</p>
      ) : (
        <>
          <div className="debrief-charts screen-only">
            {indicatorDefinitions.map((definition) => (
              <IndicatorFigure key={definition.id} table={table} id={definition.id} params={params} />
            ))}
          </div>
          <div className="debrief-charts-paper print-only" aria-hidden="true">
            {indicatorDefinitions.map((definition) => (
              <IndicatorFigure
                key={definition.id}
                table={table}
                id={definition.id}
                params={params}
                size="paper"
              />
            ))}
          </div>
        </>
      )}
      <div className="debrief-columns">
        <div className="debrief-timeline">
          <h3>Decisions, round by round</h3>
          <TimelineView timeline={table.timeline} />
        </div>
        <div className="debrief-prompts">
          <h3>To discuss</h3>
          <PromptList prompts={table.prompts} />
        </div>
      </div>
    </section>
  );
}
