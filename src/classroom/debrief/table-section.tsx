import type { Parameters } from '../../../rules/index.ts';
import { sideShort } from '../../board/format.ts';
import { IndicatorFigure } from '../../charts/indicator-figure.tsx';
import { indicatorDefinitions } from '../../charts/indicators.ts';
import { ChartLegend } from '../../charts/line-chart.tsx';
import type { TableDebrief } from './class-debrief.ts';
import { PromptList } from './prompt-list.tsx';
import { TableLog } from './table-log.tsx';
import { TimelineView } from './timeline-view.tsx';

/** A table's debrief: how it ended, every indicator round by round, its decisions, and what to discuss. */
export function TableSection({
  table,
  params,
  scenarioId,
}: {
  table: TableDebrief;
  params: Parameters;
  scenarioId: string;
}) {
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
              <IndicatorFigure
                key={definition.id}
                series={table.series[definition.id]}
                params={params}
                labelPrefix={`${table.label}: `}
              />
            ))}
          </div>
          <div className="debrief-charts-paper print-only" aria-hidden="true">
            {indicatorDefinitions.map((definition) => (
              <IndicatorFigure
                key={definition.id}
                series={table.series[definition.id]}
                params={params}
                size="paper"
                labelPrefix={`${table.label}: `}
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
      <TableLog scenarioId={scenarioId} log={table.log} records={table.records} result={table.result} />
    </section>
  );
}
