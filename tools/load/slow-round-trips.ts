import type { FullGc } from './full-gcs.ts';

/** Round trips of one client process: when each ended (ms since the epoch) and how long it took. */
export interface TimedRoundTrips {
  endEpochMs: readonly number[];
  roundTripsMs: readonly number[];
  /** The full GCs of the client process that timed them. */
  clientFullGcs: readonly FullGc[];
}

/**
 * The round trips over the target, by what they overlapped: the server's full GCs first, then the full
 * GCs of the client process that timed them (a client paused when the answer arrives times the pause
 * too), else neither. Tells a tail the server causes from one the shared machine's load clients add.
 */
export interface SlowRoundTrips {
  overMs: number;
  count: number;
  duringServerFullGc: number;
  duringClientFullGc: number;
  elsewhere: number;
}

const overlaps = (startMs: number, endMs: number, gc: FullGc): boolean =>
  startMs <= gc.pauseStartEpochMs + gc.pauseMs && endMs >= gc.markingStartEpochMs;

export function attributeSlowRoundTrips(
  groups: readonly TimedRoundTrips[],
  serverFullGcs: readonly FullGc[],
  overMs: number,
): SlowRoundTrips {
  const slow: SlowRoundTrips = {
    overMs,
    count: 0,
    duringServerFullGc: 0,
    duringClientFullGc: 0,
    elsewhere: 0,
  };
  for (const group of groups)
    group.roundTripsMs.forEach((roundTripMs, index) => {
      const endMs = group.endEpochMs[index];
      if (roundTripMs <= overMs || endMs === undefined) return;
      const startMs = endMs - roundTripMs;
      slow.count++;
      if (serverFullGcs.some((gc) => overlaps(startMs, endMs, gc))) slow.duringServerFullGc++;
      else if (group.clientFullGcs.some((gc) => overlaps(startMs, endMs, gc))) slow.duringClientFullGc++;
      else slow.elsewhere++;
    });
  return slow;
}
