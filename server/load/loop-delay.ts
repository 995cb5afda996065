import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { LatencySummary } from './stats.ts';

/** The line a load server prints with its event-loop delay since the last SIGUSR2. */
export const loopDelayLinePrefix = 'loop-delay ';

const ms = (nanoseconds: number): number => Math.round(nanoseconds / 1e5) / 10;

/**
 * In a load run's server child: on each SIGUSR2, prints the event-loop delay since the previous one and
 * starts over. The harness signals at the window's start and end, so the report can tell a stall of the
 * server (every client waits) from a stall of one client process.
 */
export function reportLoopDelayOnSignal(): void {
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  process.on('SIGUSR2', () => {
    const summary: LatencySummary = {
      p50: ms(delay.percentile(50)),
      p95: ms(delay.percentile(95)),
      p99: ms(delay.percentile(99)),
      max: ms(delay.max),
    };
    console.log(`${loopDelayLinePrefix}${JSON.stringify(summary)}`);
    delay.reset();
  });
}

/** The summary in the last `loop-delay` line of a server's output after `from`, if any. */
export function parseLoopDelay(output: string, from: number): LatencySummary | undefined {
  const lines = output.slice(from).split('\n');
  for (let index = lines.length - 1; index >= 0; index--) {
    const line = lines[index] ?? '';
    if (line.startsWith(loopDelayLinePrefix))
      return JSON.parse(line.slice(loopDelayLinePrefix.length)) as LatencySummary;
  }
  return undefined;
}
