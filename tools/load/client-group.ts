import { monitorEventLoopDelay } from 'node:perf_hooks';
import { createBot } from '../../rules/bots/index.ts';
import type { LoadOptions } from './args.ts';
import type { FullGc } from './full-gcs.ts';
import { FullGcWatch } from './full-gcs.ts';
import { mapLimit } from './limit.ts';
import { createSeatedMatch } from './lobby-http.ts';
import { LoadSeat } from './seat.ts';
import type { LatencySummary } from './stats.ts';
import { summarizeHistogram } from './stats.ts';
import type { Acknowledged } from './tally.ts';
import { LoadTally } from './tally.ts';

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
  /** Resolves when the time is up or the group is closed (isOpen turns false). */
  shut: Promise<void>;
  started: Promise<void>;
  /** Resolves when the server is killed. */
  ended: Promise<void>;
  /** Every open seat, for the group's one answer watchdog. */
  seats: Set<LoadSeat>;
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
          staleHeadlinesStand: !options.stock,
        }),
    );
    const synced = await Promise.race([
      Promise.all(seats.map((seat) => seat.synced)).then(() => true),
      sleep(setupTimeoutMs).then(() => false),
      run.ended.then(() => true),
    ]);
    for (const seat of seats) run.seats.add(seat);
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
    await Promise.race([match.ended, run.shut]);
    if (run.isOpen()) run.tally.matchesFinished++;
    for (const seat of match.seats) {
      seat.close();
      run.seats.delete(seat);
    }
    match = run.isOpen() ? await openMatch(run, index, game) : undefined;
  }
}

/** What one group of load clients counted in the window (times relative to the window's start). */
export interface GroupResult {
  roundTripsMs: number[];
  acknowledged: Acknowledged[];
  acknowledgedAtMs: number[];
  /** The window's start in ms since the epoch: with acknowledgedAtMs, when each round trip ended. */
  windowStartEpochMs: number;
  /** This process's full GCs in the window: a client paused when an answer arrives times the pause too. */
  fullGcs: FullGc[];
  errors: [string, number][];
  staleRaces: number;
  matchesStarted: number;
  matchesFinished: number;
  cpuMs: number;
  loopDelayMs: LatencySummary;
}

const cpuMs = (usage: NodeJS.CpuUsage): number => (usage.user + usage.system) / 1000;

/**
 * The load clients of some match slots (all of them, or one child process's share): set up every first
 * match, then play in the window, then count. `close()` comes before the server is killed, so what the
 * clients see while it dies is not counted.
 */
export class ClientGroup {
  private readonly tally = new LoadTally();
  private readonly run: Run;
  private open: () => void = () => undefined;
  private end: () => void = () => undefined;
  private shut: () => void = () => undefined;
  private shutTimer: ReturnType<typeof setTimeout> | undefined;
  private deadline = Number.POSITIVE_INFINITY;
  private firsts: (OpenMatch | undefined)[] = [];
  private slots: Promise<unknown> | undefined;
  private watchdog: ReturnType<typeof setInterval> | undefined;
  private startedAt = 0;
  private cpuBefore = process.cpuUsage();
  private cpuMs = 0;
  private measured = false;
  private readonly loopDelay = monitorEventLoopDelay({ resolution: 10 });
  private readonly fullGcWatch = new FullGcWatch();
  private fullGcs: FullGc[] = [];

  constructor(
    url: string,
    options: LoadOptions,
    private readonly indexes: readonly number[],
  ) {
    const started = new Promise<void>((resolve) => {
      this.open = resolve;
    });
    const ended = new Promise<void>((resolve) => {
      this.end = resolve;
    });
    const isOpen = (): boolean => performance.now() < this.deadline && !this.tally.closed;
    const shut = new Promise<void>((resolve) => {
      this.shut = resolve;
    });
    this.run = { url, options, tally: this.tally, isOpen, shut, started, ended, seats: new Set() };
  }

  /** Creates every first match and syncs both seats (not measured). */
  async setup(): Promise<void> {
    this.firsts = await mapLimit(this.indexes, setupConcurrency, (index) => openMatch(this.run, index, 0));
  }

  /** Plays the warm-up (options.warmupSeconds), then `seconds` measured. */
  start(seconds: number): void {
    const warmupMs = this.run.options.warmupSeconds * 1000;
    this.startedAt = performance.now() + warmupMs;
    this.tally.measureFromMs = this.startedAt;
    this.deadline = this.startedAt + seconds * 1000;
    this.shutTimer = setTimeout(() => {
      // The window ends here: what follows (every slot closing its sockets at once) is not the run's.
      this.endMeasurement();
      this.shut();
    }, this.deadline - performance.now());
    const measure = (): void => {
      this.cpuBefore = process.cpuUsage();
      this.loopDelay.enable();
      this.fullGcWatch.start();
    };
    if (warmupMs > 0) setTimeout(measure, warmupMs);
    else measure();
    this.open();
    // One timer for every seat (with a timer each, 10,000 seats ran 10,000 callbacks a second).
    this.watchdog = setInterval(() => {
      const now = performance.now();
      for (const seat of this.run.seats) seat.checkAnswered(now);
    }, 1000);
    this.slots = Promise.all(
      this.firsts.map((first, position) => slot(this.run, this.indexes[position] ?? position, first)),
    );
  }

  close(): void {
    this.tally.closed = true;
    clearTimeout(this.shutTimer);
    this.endMeasurement();
    this.shut();
  }

  /** Stops the loop-delay and CPU measurement (once: at the deadline, or at close if that comes first). */
  private endMeasurement(): void {
    if (this.measured) return;
    this.measured = true;
    this.loopDelay.disable();
    this.fullGcs = this.fullGcWatch.take();
    this.fullGcWatch.stop();
    this.cpuMs = cpuMs(process.cpuUsage(this.cpuBefore));
  }

  /** After the server is gone: every slot wound down, the counts. */
  async finish(): Promise<GroupResult> {
    this.end();
    clearInterval(this.watchdog);
    await this.slots;
    const { tally, loopDelay } = this;
    return {
      roundTripsMs: tally.roundTripsMs,
      acknowledged: tally.acknowledged,
      acknowledgedAtMs: tally.acknowledgedAtMs.map((at) => at - this.startedAt),
      windowStartEpochMs: performance.timeOrigin + this.startedAt,
      fullGcs: this.fullGcs,
      errors: [...tally.errors],
      staleRaces: tally.staleRaces,
      matchesStarted: tally.matchesStarted,
      matchesFinished: tally.matchesFinished,
      cpuMs: this.cpuMs,
      loopDelayMs: summarizeHistogram(loopDelay, 1e6),
    };
  }
}
