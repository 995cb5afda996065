import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { createBot } from '../../rules/bots/index.ts';
import type { LoadOptions } from './args.ts';
import { spawnServer } from './child.ts';
import { mapLimit } from './limit.ts';
import { createSeatedMatch } from './lobby-http.ts';
import { countLost } from './lost.ts';
import { LoadSeat } from './seat.ts';
import type { LatencySummary } from './stats.ts';
import { cpuSeconds, rssMB, summarize, throughputBySlice } from './stats.ts';
import { LoadTally } from './tally.ts';

export interface LoadReport {
  server: 'ours' | 'stock';
  store: string;
  matches: number;
  thinkMs: number;
  seconds: number;
  movesAcknowledged: number;
  movesPerSecond: number;
  /** Moves per second in each tenth of the window: flat, or falling as logs grow? */
  movesPerSecondByTenth: number[];
  roundTripMs: LatencySummary;
  /** The load clients' event-loop delay: when high, round trips include the clients' own lag. */
  clientLoopDelayMs: LatencySummary;
  errors: number;
  errorsByCode: Record<string, number>;
  staleRaces: number;
  /** Acknowledged moves missing from storage after SIGKILL (sent while moves were in flight). */
  lostMoves: number;
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
  /** CPU of this process (all the load clients) per acknowledged move: a saturated client skews latency. */
  clientCpuMsPerMove: number | null;
}

const gameName = 'silicon-curtain';
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
/** Matches being created and synced at once during set-up (the lobby is not what is measured). */
const setupConcurrency = 64;
const setupTimeoutMs = 30_000;

interface Run {
  url: string;
  options: LoadOptions;
  tally: LoadTally;
  isOpen: () => boolean;
  started: Promise<void>;
  /** Resolves when the server is killed. */
  ended: Promise<void>;
}

interface OpenMatch {
  seats: LoadSeat[];
  ended: Promise<void>;
}

/** Creates a match through the Lobby API, seats two clients and waits until both are synced. */
async function openMatch(run: Run, index: number, game: number): Promise<OpenMatch | undefined> {
  const { url, options, tally } = run;
  while (run.isOpen()) {
    let match;
    try {
      match = await createSeatedMatch(url, gameName);
    } catch {
      tally.error('lobby');
      await sleep(200);
      continue;
    }
    tally.matchesStarted++;
    const seats = (['0', '1'] as const).map(
      (seat) =>
        new LoadSeat({
          url,
          gameName,
          matchID: match.matchID,
          seat,
          credentials: match.credentials[seat],
          bot: createBot('random', `${options.seed}:${index}:${game}:${seat}`),
          thinkMs: options.thinkMs,
          tally,
          isOpen: run.isOpen,
          started: run.started,
        }),
    );
    const synced = await Promise.race([
      Promise.all(seats.map((seat) => seat.synced)).then(() => true),
      sleep(setupTimeoutMs).then(() => false),
      run.ended.then(() => true),
    ]);
    if (!synced) tally.error('syncTimeout');
    return { seats, ended: Promise.race(seats.map((seat) => seat.finished)) };
  }
  return undefined;
}

/** One match slot: plays its first match, then new ones back to back until the time is up. */
async function slot(run: Run, index: number, first: OpenMatch | undefined): Promise<void> {
  let match = first;
  for (let game = 1; match !== undefined; game++) {
    await run.started;
    while (run.isOpen()) {
      const done = await Promise.race([match.ended.then(() => true), sleep(250).then(() => false)]);
      if (done) break;
    }
    if (run.isOpen()) run.tally.matchesFinished++;
    for (const seat of match.seats) seat.close();
    match = run.isOpen() ? await openMatch(run, index, game) : undefined;
  }
}

/** Runs a load test against a freshly spawned server and kills it with SIGKILL at the end. */
export async function runLoad(options: LoadOptions): Promise<LoadReport> {
  const kind = options.stock ? 'stock' : 'ours';
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sc-load-'));
  const child = await spawnServer(kind, dataDir);
  const tally = new LoadTally();
  try {
    let open = (): void => undefined;
    const started = new Promise<void>((resolve) => {
      open = resolve;
    });
    let deadline = Number.POSITIVE_INFINITY;
    const isOpen = (): boolean => performance.now() < deadline && !tally.closed;
    let end = (): void => undefined;
    const ended = new Promise<void>((resolve) => {
      end = resolve;
    });
    const run: Run = { url: child.url, options, tally, isOpen, started, ended };
    // Set-up (not measured): every match created, both seats connected and synced.
    const setupStarted = performance.now();
    const indexes = Array.from({ length: options.matches }, (_, index) => index);
    const firsts = await mapLimit(indexes, setupConcurrency, (index) => openMatch(run, index, 0));
    const setupSeconds = (performance.now() - setupStarted) / 1000;
    const heldRssMB = await rssMB(child.pid);
    // The measured window.
    const cpuBefore = await cpuSeconds(child.pid);
    const clientCpuBefore = process.cpuUsage();
    const loopDelay = monitorEventLoopDelay({ resolution: 10 });
    loopDelay.enable();
    const startedAt = performance.now();
    deadline = startedAt + options.seconds * 1000;
    open();
    const slots = Promise.all(firsts.map((first, index) => slot(run, index, first)));
    await sleep(options.seconds * 1000);
    // SIGKILL with moves in flight: every move a client saw acknowledged must already be on disk.
    const serverRssMB = await rssMB(child.pid);
    const serverPeakRssMB = await rssMB(child.pid, 'VmHWM');
    const cpuAfter = await cpuSeconds(child.pid);
    const clientCpu = process.cpuUsage(clientCpuBefore);
    loopDelay.disable();
    // Closed first: what clients see while the server dies (refused connections) is not counted.
    tally.closed = true;
    await child.kill();
    end();
    const elapsed = (performance.now() - startedAt) / 1000;
    await slots;
    const cpu =
      cpuBefore === null || cpuAfter === null ? null : Math.round((cpuAfter - cpuBefore) * 100) / 100;
    const lostMoves = await countLost(kind, child.store, dataDir, tally.acknowledged);
    return {
      server: kind,
      store: child.store,
      matches: options.matches,
      thinkMs: options.thinkMs,
      seconds: options.seconds,
      movesAcknowledged: tally.acknowledged.length,
      movesPerSecond: Math.round((tally.acknowledged.length / elapsed) * 10) / 10,
      movesPerSecondByTenth: throughputBySlice(tally.acknowledgedAtMs, startedAt, options.seconds, 10),
      roundTripMs: summarize(tally.roundTripsMs),
      clientLoopDelayMs: {
        p50: Math.round(loopDelay.percentile(50) / 1e5) / 10,
        p95: Math.round(loopDelay.percentile(95) / 1e5) / 10,
        p99: Math.round(loopDelay.percentile(99) / 1e5) / 10,
        max: Math.round(loopDelay.max / 1e5) / 10,
      },
      errors: tally.errorCount(),
      errorsByCode: Object.fromEntries(tally.errors),
      staleRaces: tally.staleRaces,
      lostMoves,
      matchesStarted: tally.matchesStarted,
      matchesFinished: tally.matchesFinished,
      setupSeconds: Math.round(setupSeconds * 10) / 10,
      serverHeldRssMB: heldRssMB,
      serverRssMB,
      serverPeakRssMB,
      serverCpuSeconds: cpu,
      serverCpuMsPerMove:
        cpu === null || tally.acknowledged.length === 0
          ? null
          : Math.round((cpu * 1000 * 10) / tally.acknowledged.length) / 10,
      clientCpuMsPerMove:
        tally.acknowledged.length === 0
          ? null
          : Math.round((clientCpu.user + clientCpu.system) / 100 / tally.acknowledged.length) / 10,
    };
  } finally {
    await child.kill();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
