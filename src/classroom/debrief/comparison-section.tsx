import type { Parameters } from '../../../rules/index.ts';
import { sideShort } from '../../board/format.ts';
import { valueScale } from './chart-scale.ts';
import type { TableDebrief } from './class-debrief.ts';
import type { IndicatorDefinition } from './indicators.ts';
import { indicatorDefinitions } from './indicators.ts';
import { ChartLegend, lineName, LineChart } from './line-chart.tsx';
import { firstAndLast } from './table-series.ts';

/**
 * The class side by side: a row per indicator, a column per table, every chart of a row on one scale so
 * the tables compare at a glance; the end of each table above its column and in full below.
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
}: {
  tables: readonly TableDebrief[];
  params: Parameters;
  /** On paper, which tables this page holds ("tables 6–10"). */
  part?: string;
}) {
  const headingId = `debrief-comparison-heading${part ? `-${part.replace(/\D+/g, '-')}` : ''}`;
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
        <table className="comparison" style={{ ['--table-count' as string]: tables.length }}>
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
            {indicatorDefinitions.map((definition) => {
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
                  {tables.map((table) => (
                    <td key={table.key}>
                      <LineChart
                        series={table.series[definition.id]}
                        scale={scale}
                        size="mini"
                        labelPrefix={`${table.label}: `}
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
