import type { Parameters } from '../../rules/index.ts';
import type { IndicatorDefinition, ReferenceMark } from './indicators.ts';

/**
 * The y range and ticks of an indicator chart, from its indicator's frame (a track's fixed ends) or from
 * the values, on a linear or a log scale; and the polyline segments of a line with gaps. Pure.
 */

export interface ValueScale {
  kind: 'linear' | 'log';
  min: number;
  max: number;
  ticks: number[];
  marks: ReferenceMark[];
}

/** A round step (1, 2 or 5 × a power of ten) that cuts [min, max] into about `count` parts. */
function niceStep(span: number, count: number): number {
  const raw = span / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / power;
  const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
  return nice * power;
}

function linearTicks(min: number, max: number, count: number): number[] {
  if (max <= min) return [min];
  const step = niceStep(max - min, count);
  const ticks: number[] = [];
  for (let tick = Math.ceil(min / step - 1e-9) * step; tick <= max + step * 1e-9; tick += step) {
    ticks.push(Math.round(tick / step) * step);
  }
  return ticks;
}

/** Ticks that land on a track's ends: the first step of 1, 2, 4, 5, 10, 20, 25 or 50 giving at most 5 parts. */
function frameTicks(min: number, max: number): number[] {
  const span = max - min;
  const step = [1, 2, 4, 5, 10, 20, 25, 50].find(
    (candidate) => span / candidate <= 5 && Number.isInteger(span / candidate),
  );
  return step === undefined
    ? linearTicks(min, max, 4)
    : Array.from({ length: span / step + 1 }, (_, index) => min + index * step);
}

/**
 * The y scale of a chart whose lines hold `values` (a comparison row passes every table's values, so
 * that the row's charts share one scale).
 */
export function valueScale(
  definition: IndicatorDefinition,
  params: Parameters,
  values: readonly (number | undefined)[],
): ValueScale {
  const present = values.filter((value): value is number => value !== undefined && Number.isFinite(value));
  const frame = definition.frame?.(params);
  if (definition.scale === 'log') {
    const positive = present.filter((value) => value > 0);
    const low = Math.min(...positive, Number.POSITIVE_INFINITY);
    const high = Math.max(...positive, Number.NEGATIVE_INFINITY);
    const min = Number.isFinite(low) ? 10 ** Math.floor(Math.log10(low)) : 1;
    const max = Number.isFinite(high) ? 10 ** Math.max(Math.ceil(Math.log10(high)), Math.log10(min) + 1) : 10;
    const ticks: number[] = [];
    for (let tick = min; tick <= max * 1.000001; tick *= 10) ticks.push(tick);
    return { kind: 'log', min, max, ticks, marks: [] };
  }
  if (frame) {
    const min = Math.min(frame.min, ...present);
    const max = Math.max(frame.max, ...present);
    return { kind: 'linear', min, max, ticks: frameTicks(min, max), marks: frame.marks };
  }
  const dataMin = Math.min(...present, Number.POSITIVE_INFINITY);
  const dataMax = Math.max(...present, Number.NEGATIVE_INFINITY);
  if (!Number.isFinite(dataMin) || !Number.isFinite(dataMax))
    return { kind: 'linear', min: 0, max: 1, ticks: [0, 1], marks: [] };
  const low = definition.floor === undefined ? dataMin : Math.min(definition.floor, dataMin);
  const high = dataMax > low ? dataMax : low + (Math.abs(low) > 0 ? Math.abs(low) * 0.1 : 1);
  const step = niceStep(high - low, 4);
  const min = Math.floor(low / step + 1e-9) * step;
  const max = Math.ceil(high / step - 1e-9) * step;
  return { kind: 'linear', min, max, ticks: linearTicks(min, max, 4), marks: [] };
}

/** Where a value sits between the scale's ends, 0 at the bottom and 1 at the top (clamped). */
export function scaleFraction(scale: ValueScale, value: number): number {
  const fraction =
    scale.kind === 'log'
      ? (Math.log10(Math.max(value, scale.min)) - Math.log10(scale.min)) /
        (Math.log10(scale.max) - Math.log10(scale.min))
      : (value - scale.min) / (scale.max - scale.min || 1);
  return Math.min(1, Math.max(0, fraction));
}

/** The runs of consecutive present values, as index and value: a gap ends one run and starts the next. */
export function segments(values: readonly (number | undefined)[]): { index: number; value: number }[][] {
  const runs: { index: number; value: number }[][] = [];
  let run: { index: number; value: number }[] = [];
  values.forEach((value, index) => {
    if (value === undefined || !Number.isFinite(value)) {
      if (run.length > 0) runs.push(run);
      run = [];
    } else run.push({ index, value });
  });
  if (run.length > 0) runs.push(run);
  return runs;
}
