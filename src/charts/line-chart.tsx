import { sideShort } from '../board/format.ts';
import type { ValueScale } from './chart-scale.ts';
import { scaleFraction, segments } from './chart-scale.ts';
import type { IndicatorSeries, LineKey, ReferenceLine } from './indicator-series.ts';
import { firstAndLast } from './indicator-series.ts';
import './charts.css';

/**
 * A small line chart of one indicator, round by round, in plain SVG (no chart library): the US solid
 * with round markers, China dashed with square markers, a shared track solid with diamonds, so the
 * lines differ without colour. Its `<title>` and label summarise it in words; the data table below it
 * (ChartData) holds every value. A gap in the data is a gap in the line.
 */

/** `full` on screen, `mini` in the debrief comparison's cells, `paper` on a printed table page (seven abreast). */
type Size = 'full' | 'mini' | 'paper';

const geometry: Record<
  Size,
  {
    width: number;
    height: number;
    left: number;
    right: number;
    top: number;
    bottom: number;
    font: number;
    marker: number;
  }
> = {
  full: { width: 360, height: 190, left: 58, right: 14, top: 12, bottom: 26, font: 12, marker: 3.5 },
  mini: { width: 200, height: 84, left: 40, right: 16, top: 9, bottom: 21, font: 13, marker: 2.8 },
  paper: { width: 240, height: 104, left: 46, right: 16, top: 8, bottom: 18, font: 14, marker: 3 },
};

/** The font size of a comparison chart, in its own units (a wider drawing keeps it: comparison-section.tsx). */
export const miniChartFont = geometry.mini.font;

/** A drawing this wide (in its own units) has room for every tick and year, as a full chart has. */
const roomyWidth = 320;

/**
 * At most `room` of the ticks, evenly spaced and with both ends: every n-th, n the smallest that fits
 * and divides the ticks' intervals (five ticks halve to three, keeping a middle zero).
 */
export function thinned(ticks: readonly number[], room: number): number[] {
  const intervals = ticks.length - 1;
  if (ticks.length <= Math.max(2, room)) return [...ticks];
  let step = Math.ceil(intervals / Math.max(1, room - 1));
  while (intervals % step !== 0) step++;
  return ticks.filter((_, index) => index % step === 0);
}

export const lineName = (key: LineKey): string => (key === 'shared' ? 'Both sides' : sideShort(key));

function Marker({ lineKey, x, y, size }: { lineKey: LineKey; x: number; y: number; size: number }) {
  if (lineKey === 'china')
    return (
      <rect x={x - size} y={y - size} width={size * 2} height={size * 2} className="marker marker-china" />
    );
  if (lineKey === 'shared')
    return (
      <polygon
        points={`${x},${y - size * 1.3} ${x + size * 1.3},${y} ${x},${y + size * 1.3} ${x - size * 1.3},${y}`}
        className="marker marker-shared"
      />
    );
  return <circle cx={x} cy={y} r={size} className="marker marker-us" />;
}

/** The chart in words, for its `<title>` and screen readers. */
export function chartSummary(series: IndicatorSeries, labelPrefix = ''): string {
  const { definition, years, rounds } = series;
  const first = years[0];
  const last = years[years.length - 1];
  const when =
    first === undefined || last === undefined
      ? 'no rounds yet'
      : first === last
        ? `${first}`
        : `${first} to ${last}`;
  const parts = series.lines.map((line) => {
    const ends = firstAndLast(line.values);
    if (!ends) return `${lineName(line.key)}: no figures`;
    return `${lineName(line.key)} ${definition.format(ends.first)} to ${definition.format(ends.last)}`;
  });
  const referenceEnds = series.reference ? firstAndLast(series.reference.values) : undefined;
  if (series.reference && referenceEnds)
    parts.push(
      `${series.reference.label} ${definition.format(referenceEnds.first)} to ${definition.format(referenceEnds.last)} (thin black dashes)`,
    );
  const missing = rounds.filter((_, index) => series.lines.every((line) => line.values[index] === undefined));
  const gap =
    missing.length > 0
      ? `; no figures for round${missing.length === 1 ? '' : 's'} ${missing.join(', ')}`
      : '';
  return `${labelPrefix}${definition.title} (${definition.unit}), ${when}: ${parts.join('; ')}${gap}.`;
}

export function LineChart({
  series,
  scale,
  size,
  labelPrefix,
  box,
}: {
  series: IndicatorSeries;
  scale: ValueScale;
  size: Size;
  labelPrefix?: string | undefined;
  /** The drawing's width and height in its own units, instead of its size's (a wider cell's chart). */
  box?: { width: number; height: number } | undefined;
}) {
  const g = box ? { ...geometry[size], ...box } : geometry[size];
  const roomy = size === 'full' || g.width >= roomyWidth;
  const plotWidth = g.width - g.left - g.right;
  const plotHeight = g.height - g.top - g.bottom;
  const count = series.rounds.length;
  const x = (index: number): number =>
    g.left + (count <= 1 ? plotWidth / 2 : (index / (count - 1)) * plotWidth);
  const y = (value: number): number => g.top + (1 - scaleFraction(scale, value)) * plotHeight;
  const label = chartSummary(series, labelPrefix);
  const ticks = roomy
    ? thinned(scale.ticks, Math.floor(plotHeight / (g.font * 1.3)))
    : [scale.min, scale.max];
  const yearEvery = roomy ? (count > 9 ? 2 : 1) : Math.max(1, count - 1);
  const format = series.definition.tick ?? series.definition.format;
  return (
    <svg
      className={`line-chart line-chart-${size}`}
      viewBox={`0 0 ${g.width} ${g.height}`}
      role="img"
      aria-label={label}
      data-indicator={series.definition.id}
    >
      <title>{label}</title>
      {ticks.map((tick) => (
        <g key={`tick-${tick}`}>
          <line x1={g.left} x2={g.width - g.right} y1={y(tick)} y2={y(tick)} className="chart-grid" />
          <text
            x={g.left - 4}
            y={y(tick) + g.font / 3}
            fontSize={g.font}
            textAnchor="end"
            className="chart-tick"
          >
            {format(tick)}
          </text>
        </g>
      ))}
      {scale.marks.map((mark) => (
        <g key={`mark-${mark.value}`}>
          <line
            x1={g.left}
            x2={g.width - g.right}
            y1={y(mark.value)}
            y2={y(mark.value)}
            className="chart-mark"
          />
          {size === 'full' && mark.label ? (
            <text
              x={g.width - g.right}
              y={y(mark.value) + (mark.value >= scale.max ? g.font + 1 : -3)}
              fontSize={g.font - 1}
              textAnchor="end"
              className="chart-mark-label"
            >
              {mark.label}
            </text>
          ) : null}
        </g>
      ))}
      {series.reference ? (
        <ReferencePolyline reference={series.reference} x={x} y={y} font={g.font} full={size === 'full'} />
      ) : null}
      <line x1={g.left} x2={g.left} y1={g.top} y2={g.height - g.bottom} className="chart-axis-line" />
      {series.years.map((year, index) =>
        index % yearEvery === 0 || index === count - 1 ? (
          <text
            key={`year-${year}`}
            x={x(index)}
            y={g.height - 4}
            fontSize={g.font}
            textAnchor="middle"
            className="chart-tick"
          >
            {year}
          </text>
        ) : null,
      )}
      {series.lines.map((line) =>
        segments(line.values).map((run) => (
          <g key={`${line.key}-${run[0]?.index ?? 0}`} className={`series series-${line.key}`}>
            {run.length > 1 ? (
              <polyline
                points={run.map((point) => `${x(point.index)},${y(point.value)}`).join(' ')}
                className={`chart-series line-${line.key}`}
              />
            ) : null}
            {run.map((point) => (
              <Marker
                key={point.index}
                lineKey={line.key}
                x={x(point.index)}
                y={y(point.value)}
                size={g.marker}
              />
            ))}
          </g>
        )),
      )}
    </svg>
  );
}

/**
 * A rule's threshold round by round (the frontier-class bar): thin black dashes without markers, so it
 * never reads as a side's line; named at its last round.
 */
function ReferencePolyline({
  reference,
  x,
  y,
  font,
  full,
}: {
  reference: ReferenceLine;
  x: (index: number) => number;
  y: (value: number) => number;
  font: number;
  full: boolean;
}) {
  const runs = segments(reference.values);
  const last = runs[runs.length - 1]?.at(-1);
  return (
    <g className="chart-reference">
      {runs.map((run) => (
        <polyline
          key={`reference-${run[0]?.index ?? 0}`}
          points={
            run.length > 1
              ? run.map((point) => `${x(point.index)},${y(point.value)}`).join(' ')
              : // A single round: a short level stroke, so the bar still shows.
                run
                  .map(
                    (point) =>
                      `${x(point.index) - 12},${y(point.value)} ${x(point.index) + 12},${y(point.value)}`,
                  )
                  .join(' ')
          }
          className="chart-reference-line"
        />
      ))}
      {full && last ? (
        <text
          x={x(last.index)}
          y={y(last.value) - 5}
          fontSize={font - 1}
          textAnchor="end"
          className="chart-reference-label"
        >
          {reference.label}
        </text>
      ) : null}
    </g>
  );
}

/** The legend: the line styles and markers of the two sides and a shared track. */
export function ChartLegend({ keys }: { keys: readonly LineKey[] }) {
  return (
    <p className="chart-legend">
      {keys.map((key) => (
        <span key={key} className="legend-item">
          <svg viewBox="0 0 36 12" width="36" height="12" aria-hidden="true">
            <line x1="2" x2="34" y1="6" y2="6" className={`chart-series line-${key}`} />
            <Marker lineKey={key} x={18} y={6} size={3.5} />
          </svg>
          {lineName(key)}
          {key === 'us'
            ? ' (solid, round markers)'
            : key === 'china'
              ? ' (dashed, square markers)'
              : ' (a shared track)'}
        </span>
      ))}
    </p>
  );
}

const formatOrDash = (value: number | undefined, format: (value: number) => string): string =>
  value === undefined ? '–' : format(value);

/** Every value of a chart as a table: the chart's fallback for anyone who cannot read the drawing. */
export function ChartData({ series }: { series: IndicatorSeries }) {
  const { definition } = series;
  return (
    <details className="chart-data">
      <summary>Figures</summary>
      <table>
        <caption className="visually-hidden">
          {definition.title} ({definition.unit}) by round
        </caption>
        <thead>
          <tr>
            <th scope="col">Round</th>
            <th scope="col">Year</th>
            {series.lines.map((line) => (
              <th key={line.key} scope="col">
                {lineName(line.key)}
              </th>
            ))}
            {series.reference ? <th scope="col">{series.reference.label}</th> : null}
          </tr>
        </thead>
        <tbody>
          {series.rounds.map((round, index) => (
            <tr key={round}>
              <th scope="row">{round}</th>
              <td>{series.years[index]}</td>
              {series.lines.map((line) => {
                const value = line.values[index];
                return (
                  <td key={line.key}>
                    {value === undefined ? <span title="not recorded">–</span> : definition.format(value)}
                  </td>
                );
              })}
              {series.reference ? (
                <td>{formatOrDash(series.reference.values[index], definition.format)}</td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
