import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { LoadOptions } from './args.ts';
import { spawnServer } from './child.ts';
import type { GroupResult } from './client-group.ts';
import type { Clients } from './clients.ts';
import { ChildClients, LocalClients } from './clients.ts';
import { countLost } from './lost.ts';
import type { LatencySummary } from './stats.ts';
import { cpuSeconds, ioStallMs, percentileBySlice, rssMB, summarize, throughputBySlice } from './stats.ts';
import type { FullGc } from './full-gcs.ts';
import { countFullGcs } from './full-gcs.ts';
import type { SlowRoundTrips, TimedRoundTrips } from './slow-round-trips.ts';
import { attributeSlowRoundTrips } from './slow-round-trips.ts';

export interface LoadReport {
  server: 'ours' | 'stock';
  store: string;
  matches: number;
  thinkMs: number;
  seconds: number;
  warmupSeconds: number;
  movesAcknowledgedInWarmup: number;
  /** Processes the load clients ran in (this one when 1). */
  clientProcesses: number;
  movesAcknowledged: number;
  movesPerSecond: number;
  /** Moves per second in each tenth of the window: flat, or falling as logs grow? */
  movesPerSecondByTenth: number[];
  roundTripMs: LatencySummary;
  /** The round trips' p99 in each tenth of the window: a tail spread over the run, or a few bursts? */
  roundTripP99MsByTenth: number[];
  /** The load clients' event-loop delay (the worst client process): when high, round trips include the clients' own lag. */
  clientLoopDelayMs: LatencySummary;
  errors: number;
  errorsByCode: Record<string, number>;
  staleRaces: number;
  /** Acknowledged moves missing from storage after SIGKILL (sent while moves were in flight). */
  lostMoves: number;
  /** Matches whose stored file could not be read after the kill (stock FlatFile). */
  unreadableMatches: number;
  matchesStarted: number;
  matchesFinished: number;
  /** Creating every match and syncing both seats, before the measured window. */
  setupSeconds: number;
  /** Server RSS once every match is created and both its seats are synced, before any move. */
  serverHeldRssMB: number | null;
  serverRssMB: number | null;
  serverPeakRssMB: number | null;
  /** Server CPU (user + system) during the run, and per acknowledged move: less sensitive to a busy machine. */
  serverCpuSeconds: number | null;
  serverCpuMsPerMove: number | null;
  /** CPU of the load clients (all their processes) per acknowledged move: a saturated client skews latency. */
  clientCpuMsPerMove: number | null;
  /** The server's event-loop delay over the window: its own stalls, which every client waits out. */
  serverLoopDelayMs: LatencySummary | null;
  /** Accepted moves' time inside the server over the window (ours only): its share of roundTripMs. */
  serverMoveMs: LatencySummary | null;
  /** Full GCs of the server in the window: each one slows the round trips around it (server-stats.ts). */
  serverMajorGcs: ReturnType<typeof countFullGcs> | null;
  /**
   * How long some task of the machine waited on I/O in the window (Linux PSI): commits wait on fsync, so
   * a slow disk shows here and in serverMoveMs, not in a GC.
   */
  machineIoStallMs: number | null;
  /** Round trips over the 50 ms target, by the full GC (server's or client's) they overlapped, if any. */
  slowRoundTrips: SlowRoundTrips;
}

/** The p99 target of the issue: round trips slower than this are counted by cause. */
const slowRoundTripMs = 50;

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs a load test against a freshly spawned server and kills it with SIGKILL at the end. */
export async function runLoad(options: LoadOptions): Promise<LoadReport> {
  const kind = options.stock ? 'stock' : 'ours';
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sc-load-'));
  const child = await spawnServer(kind, dataDir);
  const clients: Clients =
    options.clientProcesses > 1
      ? new ChildClients(child.url, options, options.clientProcesses)
      : new LocalClients(child.url, options);
  try {
    // Set-up (not measured): every match created, both seats connected and synced.
    const setupStarted = performance.now();
    await clients.setup();
    const setupSeconds = (performance.now() - setupStarted) / 1000;
    const heldRssMB = await rssMB(child.pid);
    // The warm-up, then the measured window.
    clients.start(options.seconds);
    await sleep(options.warmupSeconds * 1000);
    const cpuBefore = await cpuSeconds(child.pid);
    const ioStallBefore = await ioStallMs();
    await child.stats();
    const startedAt = performance.now();
    await sleep(options.seconds * 1000);
    // SIGKILL with moves in flight: every move a client saw acknowledged must already be on disk.
    const serverRssMB = await rssMB(child.pid);
    const serverPeakRssMB = await rssMB(child.pid, 'VmHWM');
    const cpuAfter = await cpuSeconds(child.pid);
    const ioStallAfter = await ioStallMs();
    const serverStats = await child.stats();
    // Closed first: what clients see while the server dies (refused connections) is not counted.
    await clients.close();
    await child.kill();
    const elapsed = (performance.now() - startedAt) / 1000;
    const groups = await clients.finish();
    const acknowledged = groups.flatMap((group) => group.acknowledged);
    const errors = new Map<string, number>();
    for (const group of groups)
      for (const [code, count] of group.errors) errors.set(code, (errors.get(code) ?? 0) + count);
    const sum = (pick: (group: GroupResult) => number): number =>
      groups.reduce((total, group) => total + pick(group), 0);
    const worst = (pick: (delay: LatencySummary) => number): number =>
      Math.max(...groups.map((group) => pick(group.loopDelayMs)));
    const cpu =
      cpuBefore === null || cpuAfter === null ? null : Math.round((cpuAfter - cpuBefore) * 100) / 100;
    const { lostMoves, unreadableMatches } = await countLost(kind, child.store, dataDir, acknowledged);
    // Warm-up moves are checked for loss (above) but not timed or counted as throughput.
    const moves = groups.reduce((total, group) => total + group.acknowledgedAtMs.length, 0);
    const timed = groups.map((group) => ({
      endEpochMs: group.acknowledgedAtMs.map((at) => group.windowStartEpochMs + at),
      roundTripsMs: group.roundTripsMs,
      clientFullGcs: group.fullGcs,
    }));
    const serverFullGcs = serverStats?.fullGcs ?? [];
    writeTimelineIfAsked(timed, serverFullGcs);
    return {
      server: kind,
      store: child.store,
      matches: options.matches,
      thinkMs: options.thinkMs,
      seconds: options.seconds,
      warmupSeconds: options.warmupSeconds,
      clientProcesses: options.clientProcesses,
      movesAcknowledged: moves,
      movesAcknowledgedInWarmup: acknowledged.length - moves,
      movesPerSecond: Math.round((moves / elapsed) * 10) / 10,
      movesPerSecondByTenth: throughputBySlice(
        groups.flatMap((group) => group.acknowledgedAtMs),
        0,
        options.seconds,
        10,
      ),
      roundTripMs: summarize(groups.flatMap((group) => group.roundTripsMs)),
      roundTripP99MsByTenth: percentileBySlice(
        groups.flatMap((group) => group.acknowledgedAtMs),
        groups.flatMap((group) => group.roundTripsMs),
        options.seconds,
        10,
        99,
      ),
      clientLoopDelayMs: {
        p50: worst((delay) => delay.p50),
        p95: worst((delay) => delay.p95),
        p99: worst((delay) => delay.p99),
        max: worst((delay) => delay.max),
      },
      errors: [...errors.values()].reduce((total, count) => total + count, 0),
      errorsByCode: Object.fromEntries(errors),
      staleRaces: sum((group) => group.staleRaces),
      lostMoves,
      unreadableMatches,
      matchesStarted: sum((group) => group.matchesStarted),
      matchesFinished: sum((group) => group.matchesFinished),
      setupSeconds: Math.round(setupSeconds * 10) / 10,
      serverHeldRssMB: heldRssMB,
      serverRssMB,
      serverPeakRssMB,
      serverCpuSeconds: cpu,
      serverCpuMsPerMove: cpu === null || moves === 0 ? null : Math.round((cpu * 1000 * 10) / moves) / 10,
      serverLoopDelayMs: serverStats?.loopDelayMs ?? null,
      serverMoveMs: serverStats?.moveMs ?? null,
      serverMajorGcs: serverStats ? countFullGcs(serverStats.fullGcs) : null,
      machineIoStallMs:
        ioStallBefore === null || ioStallAfter === null ? null : Math.round(ioStallAfter - ioStallBefore),
      slowRoundTrips: attributeSlowRoundTrips(timed, serverFullGcs, slowRoundTripMs),
      clientCpuMsPerMove: moves === 0 ? null : Math.round((sum((group) => group.cpuMs) * 10) / moves) / 10,
    };
  } finally {
    await child.kill();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/**
 * LOAD_TIMELINE=<file>: every timed round trip (end in ms since the epoch, duration) per client process
 * and every full GC, as JSON, to look at a tail moment by moment.
 */
function writeTimelineIfAsked(groups: readonly TimedRoundTrips[], serverFullGcs: readonly FullGc[]): void {
  const file = process.env.LOAD_TIMELINE;
  if (!file) return;
  fs.writeFileSync(file, JSON.stringify({ serverFullGcs, clients: groups }));
}
