import type { PlayerView, Side } from '../../rules/index.ts';
import { useLargeType } from '../display/large-type.ts';
import type { ChainType, CountdownLayout, Placed, StationLayout } from './chain-layout.ts';
import {
  chainTypeFor,
  countdownIconSize,
  countdownPipHeight,
  layoutCountdown,
  layoutStation,
} from './chain-layout.ts';
import { formatNumber, sideTitle } from './format.ts';
import { Icon } from './icons.tsx';
import type { Station } from './supply-chain-model.ts';
import { maxFabBars, researchCountdowns, supplyChainStations } from './supply-chain-model.ts';

function PlacedItem({ item }: { item: Placed }) {
  switch (item.kind) {
    case 'text':
      return (
        <text
          x={item.x}
          y={item.y}
          fontSize={item.size}
          fontWeight={item.weight}
          textAnchor={item.anchor}
          className={`station-${item.style}`}
        >
          {item.text}
        </text>
      );
    case 'bar': {
      const { bar, width, height, x, y } = item;
      return (
        <g transform={`translate(${x} ${y})`}>
          <title>{bar.description ?? `${bar.label}${bar.note ? `, ${bar.note}` : ''}: ${bar.text}`}</title>
          <rect width={width} height={height} rx={height / 2} className="bar-track" />
          <rect width={width * bar.fill} height={height} rx={height / 2} className="bar-fill" />
          {bar.cap === undefined ? null : (
            <line x1={width * bar.cap} x2={width * bar.cap} y1={-3} y2={height + 3} className="bar-cap" />
          )}
        </g>
      );
    }
    case 'wear': {
      const { fractions, width, height } = item;
      const slot = width / Math.max(fractions.length, 1);
      return (
        <g transform={`translate(${item.x} ${item.y})`}>
          <title>{`DUV tool wear: ${fractions.map((value) => `${formatNumber(value * 100, 0)}%`).join(', ')}`}</title>
          {fractions.map((value, group) => (
            <g key={`wear-${String(group)}`} transform={`translate(${group * slot} 0)`}>
              <rect width={slot - 3} height={height} rx={2} className="bar-track" />
              <rect
                y={height - height * value}
                width={slot - 3}
                height={height * value}
                rx={2}
                className="wear-fill"
              />
            </g>
          ))}
        </g>
      );
    }
  }
}

function StationBox({
  station,
  layout,
  type,
  x,
  y,
  height,
  changed,
}: {
  station: Station;
  layout: StationLayout;
  type: ChainType;
  x: number;
  y: number;
  height: number;
  changed: boolean;
}) {
  return (
    <g
      transform={`translate(${x} ${y})`}
      className={`station station-${station.id}${changed ? ' changed' : ''}`}
    >
      <title>{layout.fullText}</title>
      <rect width={type.stationWidth} height={height} rx={8} className="station-box" />
      <Icon name={station.icon} x={type.inset} y={7} size={type.iconSize} />
      {layout.items.map((item, index) => (
        <PlacedItem key={`${item.kind}-${String(index)}`} item={item} />
      ))}
    </g>
  );
}

/** Research countdowns side by side, or one under another when the chain is narrow. */
function Countdowns({
  countdowns,
  y,
  slotWidth,
  perRow,
  rowTops,
  fontSize,
}: {
  fontSize: number;
  countdowns: CountdownLayout[];
  y: number;
  slotWidth: number;
  perRow: number;
  rowTops: number[];
}) {
  return (
    <g transform={`translate(0 ${y})`} className="research-countdowns">
      {countdowns.map(({ countdown, label, lines, pipsY }, index) => {
        const left = (index % perRow) * slotWidth;
        const top = rowTops[Math.floor(index / perRow)] ?? 0;
        const pip = Math.min(18, (slotWidth - 20) / Math.max(countdown.needed, 1));
        return (
          <g key={countdown.title} transform={`translate(${left} ${top})`}>
            <title>{label}</title>
            <Icon name="research" x={0} y={0} size={countdownIconSize} />
            {lines.map((line) => (
              <text
                key={`line-${line.y}`}
                x={countdownIconSize + 6}
                y={line.y}
                fontSize={fontSize}
                className="station-line"
              >
                {line.text}
              </text>
            ))}
            {Array.from({ length: countdown.needed }, (_, step) => {
              const filled = countdown.done ? 1 : Math.min(1, Math.max(0, countdown.progress - step));
              return (
                <g key={`pip-${String(step)}`} transform={`translate(${step * pip} ${pipsY})`}>
                  <rect width={pip - 3} height={countdownPipHeight} rx={2} className="bar-track" />
                  <rect width={(pip - 3) * filled} height={countdownPipHeight} rx={2} className="bar-fill" />
                </g>
              );
            })}
          </g>
        );
      })}
    </g>
  );
}

/** One side's supply chain, lithography to developers, as an SVG path of stations (a column on a phone). */
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
  const type = chainTypeFor(columns, useLargeType());
  const { stationWidth, gap } = type;
  // Only a chain in one row (a projector's) must keep its height down; a narrower one scrolls anyway.
  const fabBars = columns >= 7 ? type.fabBars : maxFabBars;
  const stations = supplyChainStations(view, side, fabBars).map((station) => ({
    station,
    layout: layoutStation(station, type),
  }));
  const rows: (typeof stations)[] = [];
  for (let index = 0; index < stations.length; index += columns)
    rows.push(stations.slice(index, index + columns));
  const rowHeights = rows.map((row) => Math.max(...row.map(({ layout }) => layout.height)));
  const rowTops = rowHeights.map((_, index) =>
    rowHeights.slice(0, index).reduce((sum, height) => sum + height + gap, 0),
  );
  const width = columns * stationWidth + (columns - 1) * gap;
  const chainHeight = rowHeights.reduce((sum, height) => sum + height + gap, 0) - gap;

  const countdownsPerRow = columns >= 4 ? 3 : 1;
  const slotWidth = width / countdownsPerRow;
  const countdowns = researchCountdowns(view, side).map((countdown) =>
    layoutCountdown(countdown, slotWidth, type),
  );
  const countdownRowHeights: number[] = [];
  countdowns.forEach((countdown, index) => {
    const row = Math.floor(index / countdownsPerRow);
    countdownRowHeights[row] = Math.max(countdownRowHeights[row] ?? 0, countdown.height);
  });
  const countdownRowTops = countdownRowHeights.map((_, index) =>
    countdownRowHeights.slice(0, index).reduce((sum, height) => sum + height, 0),
  );
  const countdownsHeight = countdownRowHeights.reduce((sum, height) => sum + height, 0);
  const height = chainHeight + (countdowns.length ? 12 + countdownsHeight : 0);

  const placed = stations.map(({ station, layout }, index) => {
    const row = Math.floor(index / columns);
    const column = index % columns;
    return {
      station,
      layout,
      x: column * (stationWidth + gap),
      y: rowTops[row] ?? 0,
      height: rowHeights[row] ?? 0,
    };
  });
  const links = placed.slice(1).map((to, index) => {
    const from = placed[index];
    if (!from) return '';
    if (from.y === to.y) {
      const midY = from.y + 7 + type.iconSize / 2;
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
      {placed.map(({ station, layout, x, y, height: boxHeight }) => (
        <StationBox
          key={station.id}
          station={station}
          layout={layout}
          type={type}
          x={x}
          y={y}
          height={boxHeight}
          changed={changed.has(station.id)}
        />
      ))}
      {countdowns.length ? (
        <Countdowns
          countdowns={countdowns}
          y={chainHeight + 12}
          slotWidth={slotWidth}
          perRow={countdownsPerRow}
          rowTops={countdownRowTops}
          fontSize={type.lineSize}
        />
      ) : null}
    </svg>
  );
}
