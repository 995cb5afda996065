import type { Bar, ResearchCountdown, Station } from './supply-chain-model.ts';
import { maxFabBars } from './supply-chain-model.ts';
import type { FontWeight } from './svg-text.ts';
import { textWidth, wrapText } from './svg-text.ts';
import { formatNumber } from './format.ts';

/**
 * Where a supply chain's words, bars and gauges sit inside each station, in the drawing's units: every
 * line measured and wrapped to its station's width, so no word runs out of a box at any type size. Pure
 * (tested in test/src/chain-layout.test.ts); src/board/supply-chain.tsx draws what it places.
 */

/** The chain's type and geometry: the ordinary board's, and projector mode's larger type. */
export interface ChainType {
  stationWidth: number;
  /** Between stations: room for the arrow that links them. */
  gap: number;
  /** From a station's edges to its words and bars. */
  inset: number;
  iconSize: number;
  titleSize: number;
  lineSize: number;
  lineHeight: number;
  barThickness: number;
  wearHeight: number;
  /** Fab bars a station in a one-row chain draws at most, the rest summed in a line. */
  fabBars: number;
  /** A figure's weight: bold beside its label, or plain where large type needs the room. */
  figureWeight: FontWeight;
}

export const chainTypes = {
  normal: {
    stationWidth: 170,
    gap: 18,
    inset: 7,
    iconSize: 18,
    titleSize: 13,
    lineSize: 11.5,
    lineHeight: 15,
    barThickness: 8,
    wearHeight: 20,
    fabBars: maxFabBars,
    figureWeight: 'bold',
  },
  // A projector's chain has the same width in the same 7 columns: only larger type fits in it.
  large: {
    stationWidth: 170,
    gap: 12,
    inset: 6,
    iconSize: 20,
    titleSize: 16,
    lineSize: 14.5,
    lineHeight: 17,
    barThickness: 10,
    wearHeight: 20,
    // Two bars and a line for the rest: a big fleet's station stays within a projector's screen.
    fabBars: 2,
    figureWeight: 'normal',
  },
  // A phone's chain is one column of stations about as wide as the screen, so a unit of the drawing is
  // about a CSS pixel: its words read at 13 px and more, not scaled down with a row of stations.
  phone: {
    stationWidth: 330,
    gap: 16,
    inset: 8,
    iconSize: 20,
    titleSize: 15.5,
    lineSize: 14,
    lineHeight: 18,
    barThickness: 9,
    wearHeight: 20,
    fabBars: maxFabBars,
    figureWeight: 'bold',
  },
  // Large type on a phone (projector mode, or a system asking for more contrast): larger still.
  phoneLarge: {
    stationWidth: 330,
    gap: 20,
    inset: 8,
    iconSize: 22,
    titleSize: 18,
    lineSize: 16.5,
    lineHeight: 21,
    barThickness: 10,
    wearHeight: 22,
    fabBars: maxFabBars,
    figureWeight: 'bold',
  },
} as const satisfies Record<string, ChainType>;

/** The chain's type for its layout: one column is a phone's; large type for projector mode. */
export function chainTypeFor(columns: number, largeType: boolean): ChainType {
  if (columns === 1) return largeType ? chainTypes.phoneLarge : chainTypes.phone;
  return largeType ? chainTypes.large : chainTypes.normal;
}

export type TextStyle = 'title' | 'line' | 'figure' | 'note';

export type Placed =
  | {
      kind: 'text';
      text: string;
      x: number;
      y: number;
      size: number;
      weight: FontWeight;
      style: TextStyle;
      anchor: 'start' | 'end';
    }
  | { kind: 'bar'; bar: Bar; x: number; y: number; width: number; height: number }
  | { kind: 'wear'; fractions: readonly number[]; x: number; y: number; width: number; height: number };

export interface StationLayout {
  height: number;
  /** Everything the station says in full, for its tooltip: what a short title or a wrap leaves out. */
  fullText: string;
  items: Placed[];
}

const weightOf = (style: TextStyle, type: ChainType): FontWeight =>
  style === 'title' ? 'bold' : style === 'figure' ? type.figureWeight : 'normal';

/** The words inside a station, between its insets. */
export const innerWidth = (type: ChainType): number => type.stationWidth - 2 * type.inset;

/** Where a line's baseline sits below the top of its line box. */
const baseline = (type: ChainType): number => Math.round(type.lineHeight * 0.76);

/** A bar's label and figure on one line, when both fit with a space between them. */
export function barFitsOneLine(bar: Bar, type: ChainType): boolean {
  if (bar.note !== undefined) return false;
  const gapWidth = type.lineSize * 0.4;
  return (
    textWidth(bar.label, type.lineSize) + gapWidth + textWidth(bar.text, type.lineSize, type.figureWeight) <=
    innerWidth(type)
  );
}

/** Where a station's title starts: after its icon. */
const titleX = (type: ChainType): number => type.inset + type.iconSize + 5;

/** The full title when it fits beside the icon, else the short one, else the full one wrapped. */
export function titleLines(station: Station, type: ChainType): string[] {
  const room = type.stationWidth - titleX(type) - 4;
  const fits = (title: string): boolean => textWidth(title, type.titleSize, 'bold') <= room;
  if (fits(station.title)) return [station.title];
  if (station.shortTitle !== undefined && fits(station.shortTitle)) return [station.shortTitle];
  return wrapText(station.title, room, type.titleSize, 'bold');
}

/** A line's words at `x`, flush left from it or (a figure beside its label) flush right against it. */
const lineText = (
  text: string,
  x: number,
  y: number,
  style: TextStyle,
  type: ChainType,
  anchor: 'start' | 'end' = 'start',
): Placed => ({
  kind: 'text',
  text,
  x,
  y,
  size: type.lineSize,
  weight: weightOf(style, type),
  style,
  anchor,
});

export function layoutStation(station: Station, type: ChainType): StationLayout {
  const items: Placed[] = [];
  const width = innerWidth(type);
  const left = type.inset;
  const right = type.stationWidth - type.inset;

  const titles = titleLines(station, type);
  const titleLeading = type.titleSize * 1.2;
  const iconTop = 7;
  titles.forEach((title, index) => {
    items.push({
      kind: 'text',
      text: title,
      x: titleX(type),
      y: Math.round(iconTop + type.iconSize / 2 + type.titleSize * 0.36 + index * titleLeading),
      size: type.titleSize,
      weight: 'bold',
      style: 'title',
      anchor: 'start',
    });
  });
  let cursor = iconTop + Math.max(type.iconSize, titleLeading * titles.length) + 5;

  const write = (text: string, style: TextStyle): void => {
    for (const line of wrapText(text, width, type.lineSize, weightOf(style, type))) {
      items.push(lineText(line, left, cursor + baseline(type), style, type));
      cursor += type.lineHeight;
    }
  };

  for (const line of station.lines) write(line, 'line');

  for (const bar of station.bars) {
    if (barFitsOneLine(bar, type)) {
      const y = cursor + baseline(type);
      items.push(lineText(bar.label, left, y, 'line', type));
      items.push(lineText(bar.text, right, y, 'figure', type, 'end'));
      cursor += type.lineHeight;
    } else {
      write(bar.label, 'line');
      if (bar.note !== undefined) write(bar.note, 'note');
      write(bar.text, 'figure');
    }
    items.push({ kind: 'bar', bar, x: left, y: cursor + 1, width, height: type.barThickness });
    cursor += type.barThickness + 6;
  }
  for (const line of station.closingLines ?? []) write(line, 'line');

  if (station.wear) {
    const y = cursor + baseline(type);
    items.push(lineText('Tool wear', left, y, 'line', type));
    items.push(lineText(station.wear.text, right, y, 'figure', type, 'end'));
    cursor += type.lineHeight;
    items.push({
      kind: 'wear',
      fractions: station.wear.fractions,
      x: left,
      y: cursor + 1,
      width,
      height: type.wearHeight,
    });
    cursor += type.wearHeight + 5;
  }

  return { height: cursor + 4, fullText: stationText(station), items };
}

/** A station in words: its full title and every line, bar and gauge. */
export function stationText(station: Station): string {
  const bars = station.bars.map(
    (bar) => bar.description ?? `${bar.label}${bar.note ? `, ${bar.note}` : ''}: ${bar.text}`,
  );
  const wear = station.wear
    ? [
        `DUV tool wear ${station.wear.text}: ${station.wear.fractions.map((value) => `${formatNumber(value * 100, 0)}%`).join(', ')}`,
      ]
    : [];
  return [
    `${station.title}:`,
    [...station.lines, ...bars, ...(station.closingLines ?? []), ...wear].join('; '),
  ]
    .join(' ')
    .replaceAll('\u00a0', ' ');
}

/** A research track's countdown: its words wrapped to its slot, and where its pips sit. */
export interface CountdownLayout {
  countdown: ResearchCountdown;
  label: string;
  /** Each line of the label and its baseline. */
  lines: { text: string; y: number }[];
  pipsY: number;
  height: number;
}

export const countdownIconSize = 16;
const pipHeight = 10;

export function countdownLabel(countdown: ResearchCountdown): string {
  if (countdown.done) return `${countdown.title}: done`;
  if (countdown.progress >= countdown.needed)
    return `${countdown.title}: full, lands at the start of ${countdown.landsInYear}`;
  const listed = countdown.listings > 0 ? `, ${countdown.listings} listed` : '';
  return `${countdown.title}: ${formatNumber(countdown.progress, 1)} / ${countdown.needed}${listed}`;
}

export function layoutCountdown(
  countdown: ResearchCountdown,
  slotWidth: number,
  type: ChainType,
): CountdownLayout {
  const label = countdownLabel(countdown);
  const lines = wrapText(label, slotWidth - countdownIconSize - 16, type.lineSize).map((text, index) => ({
    text,
    y: index * type.lineHeight + baseline(type),
  }));
  const pipsY = lines.length * type.lineHeight + 3;
  return { countdown, label, lines, pipsY, height: pipsY + pipHeight + 10 };
}

export const countdownPipHeight = pipHeight;
