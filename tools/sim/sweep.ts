import type { SimOptions } from '../../server/games/game-row.ts';
import type { SimSummary } from './run.ts';

/**
 * A parameter sweep: the same games (common random numbers: identical game seeds and bots) played once per
 * value of one parameter, so arms differ only by that value.
 */

export interface SweepSpec {
  /** Dotted parameter path, e.g. `calendar.roundCount`. */
  param: string;
  from: number;
  to: number;
  /** Number of arms, both ends included. */
  steps: number;
  values: number[];
}

export type SweepArm = { value: number } & SimSummary;

export interface SweepResult {
  param: string;
  from: number;
  to: number;
  steps: number;
  gamesPerArm: number;
  arms: SweepArm[];
  /** Parameter values where the US win rate crosses 50%, by linear interpolation between arms. */
  crossings50: number[];
}

/** Cleans binary-fraction noise (0.1 + 0.2) out of evenly spaced values. */
const tidy = (value: number): number => Number(value.toPrecision(12));

export function sweepValues(from: number, to: number, steps: number): number[] {
  if (steps === 1) return [from];
  return Array.from({ length: steps }, (_, i) => tidy(from + ((to - from) * i) / (steps - 1)));
}

/** The options of each arm: the base run's, with the swept parameter added to its overrides. */
export function sweepArms(base: SimOptions, spec: SweepSpec): SimOptions[] {
  return spec.values.map((value) => ({
    ...base,
    overrides: { ...(base.overrides ?? {}), [spec.param]: value },
  }));
}

/** Where a piecewise-linear curve through the arms' US win rates meets 50%. */
export function crossings50(points: readonly { value: number; p: number }[]): number[] {
  const found: number[] = [];
  for (let i = 0; i < points.length; i++) {
    const a = points[i];
    if (!a) continue;
    if (a.p === 0.5) {
      found.push(a.value);
      continue;
    }
    const b = points[i + 1];
    if (!b || b.p === 0.5 || a.p - 0.5 > 0 === b.p - 0.5 > 0) continue;
    found.push(tidy(a.value + ((0.5 - a.p) * (b.value - a.value)) / (b.p - a.p)));
  }
  return found;
}

/** `arms`: each arm's summary, in the order of `spec.values`. */
export function summariseSweep(
  spec: SweepSpec,
  gamesPerArm: number,
  arms: readonly SimSummary[],
): SweepResult {
  const summaries: SweepArm[] = arms.map((summary, i) => ({
    value: spec.values[i] ?? Number.NaN,
    ...summary,
  }));
  return {
    param: spec.param,
    from: spec.from,
    to: spec.to,
    steps: spec.steps,
    gamesPerArm,
    arms: summaries,
    crossings50: crossings50(summaries.map((arm) => ({ value: arm.value, p: arm.usWinRate.p }))),
  };
}
