import type { PlayerView, Side } from '../../rules/index.ts';
import { formatNumber, sideTitle } from './format.ts';
import { Icon } from './icons.tsx';
import type { ResearchCountdown, Station } from './supply-chain-model.ts';
import { researchCountdowns, supplyChainStations } from './supply-chain-model.ts';

/** Station geometry in SVG units (1 unit ≈ 1 CSS pixel at the layouts' usual widths). */
const stationWidth = 170;
const gap = 18;
const headerHeight = 30;
const lineHeight = 16;
const barHeight = 30;
/** A bar's label and figure share a line when both fit in a station (about this many characters). */
const lineCharacters = 25;
const wearHeight = 30;
const padding = 8;

function stationHeight(station: Station): number {
  const barLines = station.bars.reduce(
    (sum, bar) =>
      sum + barHeight + (bar.label.length + bar.text.length + 1 <= lineCharacters ? 0 : lineHeight),
    0,
  );
  return (
    headerHeight + station.lines.length * lineHeight + barLines + (station.wear ? wearHeight : 0) + padding
  );
}

function StationBox({
  station,
  x,
  y,
  height,
  changed,
}: {
  station: Station;
  x: number;
  y: number;
  height: number;
  changed: boolean;
}) {
  let cursor = headerHeight;
  const lines = station.lines.map((line) => {
    cursor += lineHeight;
    return (
      <text key={`line-${line}`} x={10} y={cursor - 4} className="station-line">
        {line}
      </text>
    );
  });
  const bars = station.bars.map((bar, index) => {
    const oneLine = bar.label.length + bar.text.length + 1 <= lineCharacters;
    const top = cursor + 2 + (oneLine ? 0 : lineHeight);
    cursor += barHeight + (oneLine ? 0 : lineHeight);
    const width = stationWidth - 20;
    return (
      <g key={`bar-${String(index)}`} transform={`translate(10 ${top})`}>
        <title>{`${bar.label}: ${bar.text}`}</title>
        <text y={oneLine ? 10 : 10 - lineHeight} className="station-line">
          {bar.label}
        </text>
        <text
          x={oneLine ? width : 0}
          y={10}
          textAnchor={oneLine ? 'end' : 'start'}
          className="station-figure"
        >
          {bar.text}
        </text>
        <rect y={14} width={width} height={8} rx={4} className="bar-track" />
        <rect y={14} width={width * bar.fill} height={8} rx={4} className="bar-fill" />
        {bar.cap === undefined ? null : (
          <line x1={width * bar.cap} x2={width * bar.cap} y1={11} y2={25} className="bar-cap" />
        )}
      </g>
    );
  });
  const wear = station.wear;
  return (
    <g
      transform={`translate(${x} ${y})`}
      className={`station station-${station.id}${changed ? ' changed' : ''}`}
    >
      <rect width={stationWidth} height={height} rx={8} className="station-box" />
      <Icon name={station.icon} x={8} y={7} size={18} />
      <text x={32} y={21} className="station-title">
        {station.title}
      </text>
      {lines}
      {bars}
      {wear ? (
        <g transform={`translate(10 ${cursor + 2})`}>
          <title>{`DUV tool wear: ${wear.map((value) => `${formatNumber(value * 100, 0)}%`).join(', ')}`}</title>
          {wear.map((value, index) => {
            const slot = (stationWidth - 20) / Math.max(wear.length, 1);
            return (
              <g key={`wear-${String(index)}`} transform={`translate(${index * slot} 0)`}>
                <rect width={slot - 3} height={20} rx={2} className="bar-track" />
                <rect y={20 - 20 * value} width={slot - 3} height={20 * value} rx={2} className="wear-fill" />
              </g>
            );
          })}
        </g>
      ) : null}
    </g>
  );
}

/** Research countdowns side by side, or one under another when the chain is narrow. */
const countdownHeight = 40;

function Countdowns({
  countdowns,
  y,
  width,
  perRow,
}: {
  countdowns: ResearchCountdown[];
  y: number;
  width: number;
  perRow: number;
}) {
  const slot = width / perRow;
  return (
    <g transform={`translate(0 ${y})`} className="research-countdowns">
      {countdowns.map((countdown, index) => {
        const left = (index % perRow) * slot;
        const top = Math.floor(index / perRow) * countdownHeight;
        const pip = Math.min(18, (slot - 20) / Math.max(countdown.needed, 1));
        const label = countdown.done
          ? `${countdown.title}: done`
          : countdown.progress >= countdown.needed
            ? `${countdown.title}: full, lands at the start of ${countdown.landsInYear}`
            : `${countdown.title}: ${formatNumber(countdown.progress, 1)} / ${countdown.needed}${countdown.listings > 0 ? `, ${countdown.listings} listed` : ''}`;
        return (
          <g key={countdown.title} transform={`translate(${left} ${top})`}>
            <title>{label}</title>
            <Icon name="research" x={0} y={0} size={16} />
            <text x={22} y={13} className="station-line">
              {label}
            </text>
            {Array.from({ length: countdown.needed }, (_, step) => {
              const filled = countdown.done ? 1 : Math.min(1, Math.max(0, countdown.progress - step));
              return (
                <g key={`pip-${String(step)}`} transform={`translate(${step * pip} 20)`}>
                  <rect width={pip - 3} height={10} rx={2} className="bar-track" />
                  <rect width={(pip - 3) * filled} height={10} rx={2} className="bar-fill" />
                </g>
              );
            })}
          </g>
        );
      })}
    </g>
  );
}

/** One side's supply chain, lithography to developers, as an SVG path of stations. */
export function SupplyChain({
  view,
  side,
  columns,
  changed,
}: {
  view: PlayerView;
  side: Side;
  columns: number;
  changed: ReadonlySet<string>;
}) {
  const stations = supplyChainStations(view, side);
  const countdowns = researchCountdowns(view, side);
  const rows: Station[][] = [];
  for (let index = 0; index < stations.length; index += columns)
    rows.push(stations.slice(index, index + columns));
  const rowHeights = rows.map((row) => Math.max(...row.map(stationHeight)));
  const rowTops = rowHeights.map((_, index) =>
    rowHeights.slice(0, index).reduce((sum, height) => sum + height + gap, 0),
  );
  const width = columns * stationWidth + (columns - 1) * gap;
  const chainHeight = rowHeights.reduce((sum, height) => sum + height + gap, 0) - gap;
  const countdownsPerRow = columns >= 4 ? countdowns.length : 1;
  const countdownRows = countdowns.length ? Math.ceil(countdowns.length / countdownsPerRow) : 0;
  const height = chainHeight + (countdownRows ? 12 + countdownRows * countdownHeight : 0);

  const placed = stations.map((station, index) => {
    const row = Math.floor(index / columns);
    const column = index % columns;
    return {
      station,
      x: column * (stationWidth + gap),
      y: rowTops[row] ?? 0,
      height: rowHeights[row] ?? 0,
    };
  });
  const links = placed.slice(1).map((to, index) => {
    const from = placed[index];
    if (!from) return '';
    if (from.y === to.y) {
      const midY = from.y + 22;
      return `M${from.x + stationWidth} ${midY}H${to.x - 2}`;
    }
    // A new row: down from the last station and back to the row's start.
    const turnY = from.y + from.height + gap / 2;
    return `M${from.x + stationWidth / 2} ${from.y + from.height}V${turnY}H${to.x + stationWidth / 2}V${to.y - 2}`;
  });

  return (
    <svg
      className={`supply-chain chain-${side}`}
      viewBox={`0 0 ${width} ${height}`}
      role="group"
      aria-label={`${sideTitle(side)} supply chain`}
      data-side={side}
    >
      <title>{`${sideTitle(side)} supply chain: lithography to developers`}</title>
      <defs>
        <marker
          id={`arrow-${side}`}
          viewBox="0 0 10 10"
          refX={8}
          refY={5}
          markerWidth={6}
          markerHeight={6}
          orient="auto"
        >
          <path d="M0 0 10 5 0 10z" className="chain-arrow" />
        </marker>
      </defs>
      {links.map((path, index) => (
        <path
          key={`link-${String(index)}`}
          d={path}
          className="chain-link"
          markerEnd={`url(#arrow-${side})`}
        />
      ))}
      {placed.map(({ station, x, y, height: boxHeight }) => (
        <StationBox
          key={station.id}
          station={station}
          x={x}
          y={y}
          height={boxHeight}
          changed={changed.has(station.id)}
        />
      ))}
      {countdowns.length ? (
        <Countdowns countdowns={countdowns} y={chainHeight + 12} width={width} perRow={countdownsPerRow} />
      ) : null}
    </svg>
  );
}
