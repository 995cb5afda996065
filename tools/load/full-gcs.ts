import type { PerformanceEntry } from 'node:perf_hooks';
import { PerformanceObserver, constants, performance } from 'node:perf_hooks';
import { toTenth } from './stats.ts';

/**
 * One full (mark-compact) GC of a process. V8 marks incrementally first, in steps between callbacks and
 * in a thread beside them, then stops the program for a final pause: a round trip anywhere in
 * [markingStartEpochMs, pause end] shares the process's CPU with the collector.
 */
export interface FullGc {
  /** When incremental marking started (ms since the epoch); the pause's start when marking was not incremental. */
  markingStartEpochMs: number;
  pauseStartEpochMs: number;
  pauseMs: number;
}

/** How many full GCs, and the longest final pause among them (0 with none). */
export function countFullGcs(gcs: readonly FullGc[]): { count: number; longestPauseMs: number } {
  return { count: gcs.length, longestPauseMs: Math.max(0, ...gcs.map((gc) => gc.pauseMs)) };
}

/**
 * The full GCs of this process from `start()` to `take()`, from Node's `gc` performance entries (an
 * INCREMENTAL entry when marking starts, a MAJOR one for the final pause). Cheap enough to run always.
 */
export class FullGcWatch {
  private cycles: FullGc[] = [];
  private markingStartEpochMs: number | undefined;
  private readonly observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) this.record(entry);
  });

  start(): void {
    this.observer.observe({ entryTypes: ['gc'] });
  }

  /** The full GCs since the last take (or start), and starts over. */
  take(): FullGc[] {
    const taken = this.cycles;
    this.cycles = [];
    return taken;
  }

  stop(): void {
    this.observer.disconnect();
  }

  private record(entry: PerformanceEntry): void {
    const startEpochMs = performance.timeOrigin + entry.startTime;
    // Node's typings leave out a gc entry's detail (its kind).
    const kind = (entry as PerformanceEntry & { detail?: { kind?: number } }).detail?.kind;
    if (kind === constants.NODE_PERFORMANCE_GC_INCREMENTAL) {
      this.markingStartEpochMs ??= startEpochMs;
      return;
    }
    if (kind !== constants.NODE_PERFORMANCE_GC_MAJOR) return;
    this.cycles.push({
      markingStartEpochMs: Math.round(this.markingStartEpochMs ?? startEpochMs),
      pauseStartEpochMs: Math.round(startEpochMs),
      pauseMs: toTenth(entry.duration),
    });
    this.markingStartEpochMs = undefined;
  }
}
