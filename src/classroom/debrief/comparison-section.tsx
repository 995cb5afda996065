import { useRef } from 'react';
import type { Parameters } from '../../../rules/index.ts';
import { sideShort } from '../../board/format.ts';
import { valueScale } from '../../charts/chart-scale.ts';
import type { TableDebrief } from './class-debrief.ts';
import type { IndicatorDefinition } from '../../charts/indicators.ts';
import { indicatorDefinitions } from '../../charts/indicators.ts';
import { ChartLegend, lineName, LineChart, miniChartFont } from '../../charts/line-chart.tsx';
import { firstAndLast } from '../../charts/indicator-series.ts';
import type { BoxSize } from './use-box-size.ts';
import { useBoxSize } from './use-box-size.ts';

/**
 * The class side by side: a row per indicator, a column per table, every chart of a row on one scale so
 * the tables compare at a glance; the end of each table above its column and in full below. On screen the
 * table fills the width and each chart its cell (a projector's columns are wide); on paper the charts
 * keep their small fixed size.
 */

const reasonWords: Record<string, string> = {
  computeLead: 'compute lead',
  selfReliance: 'self-reliance',
  chokehold: 'chokehold',
  escalation: 'escalation',
  finalScore: 'final score',
  time: 'time ran out',
};

/** The column heading's few words on how a table ended: "China wins, round 7: self-reliance". */
export function shortEnd(table: Pick<TableDebrief, 'result' | 'timeline'>): string {
  const { result } = table;
  if (!result) return `still playing, round ${table.timeline.length}`;
  const who = result.winner === 'draw' ? 'Draw' : `${sideShort(result.winner)} wins`;
  return `${who}, round ${result.round}: ${reasonWords[result.reason] ?? result.reason}`;
}

/** Why some columns are empty: a table's figures are recorded as each round ends. */
export function noRoundEnded(names: readonly string[]): string {
  const list =
    names.length === 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;
  const verb = names.length === 1 ? 'has' : 'have';
  return `${list} ${verb} not ended a round yet: a table's charts fill in as its rounds end.`;
}

/**
 * A screen comparison chart's drawing box for a cell of `widthPx`: as wide as the cell, its text at about
 * the page's size (so a projector's charts grow with its columns rather than their text), and taller the
 * wider it is, within bounds a row of thirteen indicators can afford.
 */
export function comparisonChartBox({ widthPx, fontPx }: BoxSize): { width: number; height: number } {
  const pxPerUnit = (0.9 * fontPx) / miniChartFont;
  const width = Math.max(150, Math.round(widthPx / pxPerUnit));
  return { width, height: Math.round(Math.min(120, Math.max(84, width * 0.32))) };
}

function endsInWords(definition: IndicatorDefinition, table: TableDebrief): string {
  return table.series[definition.id].lines
    .map((line) => {
      const ends = firstAndLast(line.values);
      const name = definition.lines === 'bySide' ? `${lineName(line.key)} ` : '';
      return ends ? `${name}${definition.format(ends.first)} → ${definition.format(ends.last)}` : `${name}–`;
    })
    .join('; ');
}

export function ComparisonSection({
  tables,
  params,
  part,
  onPaper = false,
}: {
  tables: readonly TableDebrief[];
  params: Parameters;
  /** On paper, which tables this page holds ("tables 6–10") when the comparison takes several pages. */
  part?: string;
  /** The printed comparison: small fixed charts, not fitted to the screen's cells. */
  onPaper?: boolean;
}) {
  // Unique on the page: the screen's comparison and each printed part are all in it.
  const paperId = onPaper ? `-paper${(part ?? '').replace(/\D+/g, '-')}` : '';
  const headingId = `debrief-comparison-heading${paperId}`;
  const firstCell = useRef<HTMLTableCellElement>(null);
  const cell = useBoxSize(firstCell);
  const box = cell && !onPaper ? comparisonChartBox(cell) : undefined;
  const unfinished = tables.filter((table) => table.records.length === 0).map((table) => table.label);
  return (
    <section className="debrief-comparison" aria-labelledby={headingId}>
      <h2 id={headingId}>The class side by side{part ? ` (${part})` : ''}</h2>
      <p className="quiet">
        Each row is one indicator, each column one table; the charts of a row share one scale. Years run left
        to right.
      </p>
      {unfinished.length > 0 ? <p className="notice">{noRoundEnded(unfinished)}</p> : null}
      <ChartLegend keys={['us', 'china', 'shared']} />
      {/* Scrolls sideways on a phone: focusable, for the keyboard. */}
      <div className="comparison-scroll" tabIndex={0} role="region" aria-label="The indicators by table">
        <table
          className={`comparison${onPaper ? ' comparison-paper' : ''}`}
          style={{ ['--table-count' as string]: tables.length }}
        >
          <thead>
            <tr>
              <th scope="col">Indicator</th>
              {tables.map((table) => (
                <th key={table.key} scope="col" title={table.endText}>
                  {table.label}
                  <span className="comparison-end">{shortEnd(table)}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {indicatorDefinitions.map((definition, row) => {
              const rowValues = tables.flatMap((table) =>
                table.series[definition.id].lines.flatMap((line) => line.values),
              );
              const scale = valueScale(definition, params, rowValues);
              return (
                <tr key={definition.id}>
                  <th scope="row">
                    {definition.title}
                    <span className="chart-unit">{definition.unit}</span>
                  </th>
                  {tables.map((table, column) => (
                    <td key={table.key} ref={row === 0 && column === 0 && !onPaper ? firstCell : undefined}>
                      <LineChart
                        series={table.series[definition.id]}
                        scale={scale}
                        size="mini"
                        labelPrefix={`${table.label}: `}
                        box={box}
                      />
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <h3>How each table ended</h3>
      <ul className="comparison-ends">
        {tables.map((table) => (
          <li key={table.key}>
            <strong>{table.label}.</strong> {table.endText}
          </li>
        ))}
      </ul>
      <details className="chart-data">
        <summary>Figures: each table's first and last round</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">Indicator</th>
              {tables.map((table) => (
                <th key={table.key} scope="col">
                  {table.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {indicatorDefinitions.map((definition) => (
              <tr key={definition.id}>
                <th scope="row">
                  {definition.title} ({definition.unit})
                </th>
                {tables.map((table) => (
                  <td key={table.key}>{endsInWords(definition, table)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}
