import type { RecordableHistogram } from 'node:perf_hooks';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { FullGc } from './full-gcs.ts';
import { FullGcWatch } from './full-gcs.ts';
import type { LatencySummary } from './stats.ts';
import { summarizeHistogram } from './stats.ts';

/** The line a load server prints with its figures since the last SIGUSR2. */
export const serverStatsLinePrefix = 'server-stats ';

export interface ServerStats {
  /** The event loop's delay: the server's own stalls, which every client waits out. */
  loopDelayMs: LatencySummary;
  /** Accepted moves' time in the server (our server only: MatchAuthority.acceptedMoveMicros). */
  moveMs: LatencySummary | null;
  /**
   * Full (mark-compact) GCs, with their times. The final pause is only the end of one: the marking
   * before it runs in steps on the main thread and in threads beside it for a few hundred ms, which a
   * round trip in that time shares (`--trace-gc` in LOAD_SERVER_NODE_FLAGS, LOAD_SERVER_LOG, shows them;
   * slow-round-trips.ts sets them beside the round trips).
   */
  fullGcs: FullGc[];
}

/**
 * In a load run's server child: on each SIGUSR2, prints its figures since the previous one and starts
 * over. The harness signals at the window's start and end, so the report can tell a stall of the server
 * from a stall of a client process, and the server's share of a round trip from the rest.
 */
export function reportStatsOnSignal(moveMicros?: () => RecordableHistogram): void {
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  const fullGcs = new FullGcWatch();
  fullGcs.start();
  process.on('SIGUSR2', () => {
    const moves = moveMicros?.();
    const stats: ServerStats = {
      loopDelayMs: summarizeHistogram(delay, 1e6),
      moveMs: moves && moves.count > 0 ? summarizeHistogram(moves, 1e3) : null,
      fullGcs: fullGcs.take(),
    };
    console.log(`${serverStatsLinePrefix}${JSON.stringify(stats)}`);
    delay.reset();
    moves?.reset();
  });
}

/** The figures in the last `server-stats` line of a server's output after `from`, if any. */
export function parseServerStats(output: string, from: number): ServerStats | undefined {
  const lines = output.slice(from).split('\n');
  for (let index = lines.length - 1; index >= 0; index--) {
    const line = lines[index] ?? '';
    if (line.startsWith(serverStatsLinePrefix))
      return JSON.parse(line.slice(serverStatsLinePrefix.length)) as ServerStats;
  }
  return undefined;
}
