import type { Histogram } from 'node:perf_hooks';

/** Percentile of sorted numbers (nearest rank); 0 for none. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] ?? 0;
}

export interface LatencySummary {
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

/** To 0.1 (ms): the precision of every figure in the load report. */
export const toTenth = (value: number): number => Math.round(value * 10) / 10;

export function summarize(samples: readonly number[]): LatencySummary {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    p50: toTenth(percentile(sorted, 50)),
    p95: toTenth(percentile(sorted, 95)),
    p99: toTenth(percentile(sorted, 99)),
    max: toTenth(sorted.at(-1) ?? 0),
  };
}

/** A node:perf_hooks histogram's summary in ms, to 0.1 ms (`unitsPerMs`: 1e6 for ns, 1e3 for µs). */
export function summarizeHistogram(
  histogram: Pick<Histogram, 'percentile' | 'max'>,
  unitsPerMs: number,
): LatencySummary {
  const ms = (value: number): number => toTenth(value / unitsPerMs);
  return {
    p50: ms(histogram.percentile(50)),
    p95: ms(histogram.percentile(95)),
    p99: ms(histogram.percentile(99)),
    max: ms(histogram.max),
  };
}

/** Resident set size of a process in MB (Linux /proc), or null elsewhere. */
export async function rssMB(pid: number, field: 'VmRSS' | 'VmHWM' = 'VmRSS'): Promise<number | null> {
  try {
    const { readFile } = await import('node:fs/promises');
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
    return match?.[1] ? Math.round(Number(match[1]) / 102.4) / 10 : null;
  } catch {
    return null;
  }
}

/** CPU seconds (user + system) a process has used so far (Linux /proc), or null elsewhere. */
export async function cpuSeconds(pid: number): Promise<number | null> {
  try {
    const { readFile } = await import('node:fs/promises');
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces) start at ") ": utime and stime are 14 and 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    return Number.isFinite(ticks) ? ticks / 100 : null;
  } catch {
    return null;
  }
}

/**
 * How long, in all, some task of the machine waited on I/O so far (Linux pressure stall information,
 * `/proc/pressure/io`, "some" line), in ms; null where the kernel does not tell.
 */
export async function ioStallMs(): Promise<number | null> {
  try {
    const { readFile } = await import('node:fs/promises');
    const pressure = await readFile('/proc/pressure/io', 'utf8');
    const match = /^some .*total=(\d+)/m.exec(pressure);
    return match?.[1] ? Number(match[1]) / 1000 : null;
  } catch {
    return null;
  }
}

/** The items taken in each of `slices` equal parts of the window, by when each was taken (`atMs[i]`). */
function bySlice<T>(
  atMs: readonly number[],
  items: readonly T[],
  startMs: number,
  seconds: number,
  slices: number,
) {
  const parts = Array.from({ length: slices }, (): T[] => []);
  const sliceMs = (seconds * 1000) / slices;
  atMs.forEach((at, index) => {
    const part = parts[Math.floor((at - startMs) / sliceMs)];
    const item = items[index];
    if (part && item !== undefined) part.push(item);
  });
  return { parts, sliceMs };
}

/** Moves per second in each of `slices` equal parts of the window (is throughput flat over time?). */
export function throughputBySlice(atMs: readonly number[], startMs: number, seconds: number, slices: number) {
  const { parts, sliceMs } = bySlice(atMs, atMs, startMs, seconds, slices);
  return parts.map((part) => Math.round((part.length / sliceMs) * 1000));
}

/**
 * The p-th percentile of `values` in each of `slices` equal parts of the window, by when each was taken
 * (`atMs`, from the window's start; 0 for a part with none).
 */
export function percentileBySlice(
  atMs: readonly number[],
  values: readonly number[],
  seconds: number,
  slices: number,
  p: number,
): number[] {
  const { parts } = bySlice(atMs, values, 0, seconds, slices);
  return parts.map((part) =>
    toTenth(
      percentile(
        part.sort((a, b) => a - b),
        p,
      ),
    ),
  );
}
