/** Hand-written inline SVG charts for the report: no scripts, no external assets, print-friendly. */

export const escapeXml = (text: string): string =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

const fmt = (value: number): string => String(Math.round(value * 100) / 100);

interface Frame {
  widthPx: number;
  heightPx: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

const frame = (widthPx = 640, heightPx = 260): Frame => ({
  widthPx,
  heightPx,
  left: 56,
  right: 16,
  top: 16,
  bottom: 44,
});

/** About five round-number ticks covering [min, max]. */
export function niceTicks(min: number, max: number, count = 5): number[] {
  if (!(max > min)) return [min];
  const raw = (max - min) / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 2.5, 5, 10].find((m) => m * magnitude >= raw) ?? 10) * magnitude;
  const ticks: number[] = [];
  for (let t = Math.ceil(min / step) * step; t <= max + step * 1e-9; t += step)
    ticks.push(Number(t.toPrecision(12)));
  return ticks;
}

/** [min, max] widened to whole tick steps, so the data never touches the frame. */
function niceDomain(min: number, max: number): [number, number] {
  const ticks = niceTicks(min, max);
  const step = (ticks[1] ?? 1) - (ticks[0] ?? 0);
  return [Math.floor(min / step) * step, Math.ceil(max / step) * step];
}

const scale =
  (domainMin: number, domainMax: number, rangeMin: number, rangeMax: number) =>
  (value: number): number =>
    domainMax === domainMin
      ? (rangeMin + rangeMax) / 2
      : rangeMin + ((value - domainMin) / (domainMax - domainMin)) * (rangeMax - rangeMin);

function svgOpen(f: Frame, title: string): string {
  return (
    `<svg viewBox="0 0 ${f.widthPx} ${f.heightPx}" ` +
    `width="${f.widthPx}" height="${f.heightPx}" role="img" aria-label="${escapeXml(title)}">` +
    `<title>${escapeXml(title)}</title>`
  );
}

function axes(
  f: Frame,
  x: (v: number) => number,
  y: (v: number) => number,
  xTicks: readonly number[],
  yTicks: readonly number[],
  labels: { x: string; y: string; yFormat?: (v: number) => string },
): string {
  const yFormat = labels.yFormat ?? fmt;
  const parts: string[] = [];
  for (const t of yTicks)
    parts.push(
      `<line class="grid" x1="${f.left}" x2="${f.widthPx - f.right}" y1="${fmt(y(t))}" y2="${fmt(y(t))}"/>`,
      `<text class="tick" x="${f.left - 6}" y="${fmt(y(t) + 4)}" text-anchor="end">${escapeXml(yFormat(t))}</text>`,
    );
  for (const t of xTicks)
    parts.push(
      `<text class="tick" x="${fmt(x(t))}" y="${f.heightPx - f.bottom + 16}" text-anchor="middle">${fmt(t)}</text>`,
    );
  parts.push(
    `<line class="axis" x1="${f.left}" x2="${f.widthPx - f.right}" y1="${f.heightPx - f.bottom}" y2="${f.heightPx - f.bottom}"/>`,
    `<line class="axis" x1="${f.left}" x2="${f.left}" y1="${f.top}" y2="${f.heightPx - f.bottom}"/>`,
    `<text class="label" x="${(f.left + f.widthPx - f.right) / 2}" y="${f.heightPx - 6}" text-anchor="middle">${escapeXml(labels.x)}</text>`,
    `<text class="label" transform="translate(14 ${(f.top + f.heightPx - f.bottom) / 2}) rotate(-90)" text-anchor="middle">${escapeXml(labels.y)}</text>`,
  );
  return parts.join('');
}

export interface Bar {
  label: string;
  value: number;
}

/** Vertical bars, one per label, with the count over each bar. */
export function barChart(title: string, bars: readonly Bar[], labels: { x: string; y: string }): string {
  const f = frame();
  const maxValue = Math.max(1, ...bars.map((b) => b.value));
  const yTicks = niceTicks(0, maxValue);
  const y = scale(0, Math.max(maxValue, yTicks.at(-1) ?? maxValue), f.heightPx - f.bottom, f.top);
  const slot = (f.widthPx - f.left - f.right) / Math.max(1, bars.length);
  const parts = [svgOpen(f, title), axes(f, () => 0, y, [], yTicks, labels)];
  bars.forEach((bar, i) => {
    const x0 = f.left + i * slot + slot * 0.15;
    const top = y(bar.value);
    parts.push(
      `<rect class="bar" x="${fmt(x0)}" y="${fmt(top)}" width="${fmt(slot * 0.7)}" height="${fmt(f.heightPx - f.bottom - top)}"/>`,
      `<text class="tick" x="${fmt(x0 + slot * 0.35)}" y="${f.heightPx - f.bottom + 16}" text-anchor="middle">${escapeXml(bar.label)}</text>`,
    );
    if (bar.value > 0)
      parts.push(
        `<text class="value" x="${fmt(x0 + slot * 0.35)}" y="${fmt(top - 4)}" text-anchor="middle">${bar.value}</text>`,
      );
  });
  parts.push('</svg>');
  return parts.join('');
}

export interface LineChart {
  title: string;
  xLabel: string;
  yLabel: string;
  points: readonly { x: number; y: number }[];
  /** A shaded band around the line (e.g. a confidence interval), one entry per point. */
  band?: readonly { lo: number; hi: number }[];
  /** Fixed y range; otherwise the data's (with 0 included). */
  yDomain?: [number, number];
  /** A dashed horizontal reference line. */
  referenceY?: number;
  /** Vertical markers with a caption (e.g. a 50% crossing). */
  markersX?: readonly { x: number; caption: string }[];
  yFormat?: (value: number) => string;
}

export function lineChart(chart: LineChart): string {
  const f = frame();
  const xs = chart.points.map((p) => p.x);
  const ys = [
    ...chart.points.map((p) => p.y),
    ...(chart.band ?? []).flatMap((b) => [b.lo, b.hi]),
    ...(chart.referenceY === undefined ? [] : [chart.referenceY]),
    0,
  ];
  const [yMin, yMax] = chart.yDomain ?? niceDomain(Math.min(...ys), Math.max(...ys, Math.min(...ys) + 1));
  const xMin = Math.min(...xs);
  const xMax = Math.max(...xs);
  const x = scale(xMin, xMax, f.left + 8, f.widthPx - f.right - 8);
  const y = scale(yMin, yMax, f.heightPx - f.bottom, f.top);
  const xTicks = xs.length <= 12 ? xs : niceTicks(xMin, xMax);
  const labels = { x: chart.xLabel, y: chart.yLabel, ...(chart.yFormat ? { yFormat: chart.yFormat } : {}) };
  const parts = [svgOpen(f, chart.title), axes(f, x, y, xTicks, niceTicks(yMin, yMax), labels)];
  const band = chart.band;
  if (band && band.length === chart.points.length && band.length > 0) {
    const upper = chart.points.map((p, i) => `${fmt(x(p.x))},${fmt(y(band[i]?.hi ?? p.y))}`);
    const lower = chart.points.map((p, i) => `${fmt(x(p.x))},${fmt(y(band[i]?.lo ?? p.y))}`).reverse();
    parts.push(`<polygon class="band" points="${[...upper, ...lower].join(' ')}"/>`);
  }
  if (chart.referenceY !== undefined)
    parts.push(
      `<line class="reference" x1="${f.left}" x2="${f.widthPx - f.right}" y1="${fmt(y(chart.referenceY))}" y2="${fmt(y(chart.referenceY))}"/>`,
    );
  for (const marker of chart.markersX ?? [])
    parts.push(
      `<line class="marker" x1="${fmt(x(marker.x))}" x2="${fmt(x(marker.x))}" y1="${f.top}" y2="${f.heightPx - f.bottom}"/>`,
      `<text class="value" x="${fmt(x(marker.x) + 4)}" y="${f.top + 12}">${escapeXml(marker.caption)}</text>`,
    );
  parts.push(
    `<polyline class="line" points="${chart.points.map((p) => `${fmt(x(p.x))},${fmt(y(p.y))}`).join(' ')}"/>`,
  );
  for (const p of chart.points)
    parts.push(`<circle class="dot" cx="${fmt(x(p.x))}" cy="${fmt(y(p.y))}" r="3"/>`);
  parts.push('</svg>');
  return parts.join('');
}

/** A proportion and its interval on a 0–100% scale, with the 50% line. */
export function intervalBar(title: string, p: number, lo: number, hi: number): string {
  const f: Frame = { widthPx: 640, heightPx: 56, left: 16, right: 16, top: 8, bottom: 20 };
  const x = scale(0, 1, f.left, f.widthPx - f.right);
  const mid = 22;
  const parts = [
    svgOpen(f, title),
    `<rect class="track" x="${f.left}" y="${mid - 6}" width="${f.widthPx - f.left - f.right}" height="12"/>`,
    `<rect class="band" x="${fmt(x(lo))}" y="${mid - 6}" width="${fmt(x(hi) - x(lo))}" height="12"/>`,
    `<line class="reference" x1="${fmt(x(0.5))}" x2="${fmt(x(0.5))}" y1="${mid - 12}" y2="${mid + 12}"/>`,
    `<circle class="dot" cx="${fmt(x(p))}" cy="${mid}" r="5"/>`,
  ];
  for (const t of [0, 0.25, 0.5, 0.75, 1])
    parts.push(
      `<text class="tick" x="${fmt(x(t))}" y="${f.heightPx - 4}" text-anchor="middle">${t * 100}%</text>`,
    );
  parts.push('</svg>');
  return parts.join('');
}

export interface HeatCell {
  /** 0..1: coloured from China-leaning (0) through neutral (0.5) to US-leaning (1). */
  value: number;
  lines: string[];
}

/** Diverging colour: warm for values under 0.5, cool above, white at 0.5. */
export function divergingColour(value: number): string {
  const t = Math.max(-1, Math.min(1, (value - 0.5) * 2));
  const mix = (a: number, b: number, s: number): number => Math.round(a + (b - a) * s);
  const [r, g, b] = t < 0 ? [214, 96, 77] : [67, 147, 195];
  const s = Math.abs(t);
  return `rgb(${mix(255, r, s)},${mix(255, g, s)},${mix(255, b, s)})`;
}

export function heatmap(
  title: string,
  rowLabels: readonly string[],
  columnLabels: readonly string[],
  cells: readonly (readonly HeatCell[])[],
  axisLabels: { rows: string; columns: string },
): string {
  const cellW = 150;
  const cellH = 58;
  const left = 190;
  const top = 48;
  const f: Frame = {
    widthPx: left + cellW * columnLabels.length + 8,
    heightPx: top + cellH * rowLabels.length + 8,
    left,
    right: 8,
    top,
    bottom: 8,
  };
  const parts = [
    svgOpen(f, title),
    `<text class="label" x="${left + (cellW * columnLabels.length) / 2}" y="14" text-anchor="middle">${escapeXml(axisLabels.columns)}</text>`,
    `<text class="label" x="8" y="${top - 8}">${escapeXml(axisLabels.rows)}</text>`,
  ];
  columnLabels.forEach((label, c) =>
    parts.push(
      `<text class="tick" x="${left + c * cellW + cellW / 2}" y="${top - 8}" text-anchor="middle">${escapeXml(label)}</text>`,
    ),
  );
  rowLabels.forEach((label, r) => {
    parts.push(
      `<text class="tick" x="${left - 8}" y="${top + r * cellH + cellH / 2 + 4}" text-anchor="end">${escapeXml(label)}</text>`,
    );
    (cells[r] ?? []).forEach((cell, c) => {
      const x0 = left + c * cellW;
      const y0 = top + r * cellH;
      parts.push(
        `<rect x="${x0}" y="${y0}" width="${cellW - 2}" height="${cellH - 2}" fill="${divergingColour(cell.value)}" stroke="#999" stroke-width="0.5"/>`,
      );
      cell.lines.forEach((line, i) =>
        parts.push(
          `<text class="${i === 0 ? 'value' : 'tick'}" x="${x0 + cellW / 2}" y="${y0 + 22 + i * 16}" text-anchor="middle">${escapeXml(line)}</text>`,
        ),
      );
    });
  });
  parts.push('</svg>');
  return parts.join('');
}
