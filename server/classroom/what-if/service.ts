import { availableParallelism } from 'node:os';
import type { GameRow, SimOptions } from '../../games/game-row.ts';
import type { GameTask } from '../../games/worker-tasks.ts';
import { ResidentPool } from '../../games/resident-pool.ts';
import { nowMs } from '../../games/timer.ts';
import { LruCache } from './lru-cache.ts';
import type { Measured } from './measure.ts';
import { measure } from './measure.ts';
import type { GameCountBounds, WhatIfRequest } from './request.ts';
import { requestKey } from './request.ts';
import type { Rejection, RejectionCode } from '../../boundary/rejection.ts';
import { refuse } from '../../boundary/rejection.ts';

/**
 * The what-if preview (issue 13): the bots' measured effect of a class's parameter settings. A request
 * plays N seeded bot games with the overrides and the same N seeds without them (the baseline), on a
 * small pool of worker threads kept between requests, and answers the US win share, its interval, the
 * end reasons and the median length of both.
 *
 * Cost is bounded: one run (one batch of games) at a time on the pool, a short queue of waiting runs
 * (`busy` beyond it), N capped, a timeout per run. Every batch is cached by its canonical key (LRU), and
 * a batch already queued or running is shared by every request that needs it, so the baseline of a
 * scenario is played once. A queued batch that every asker has given up on (the teacher moved the
 * slider on) is dropped unplayed.
 */

/**
 * The pairing the preview plays: the one-ply greedy bot on both sides. It is the fastest pairing in which
 * both sides play the game's mechanics (measured in docs/SIM.md, "The what-if preview"): random play
 * ends two games in three by escalation, every mixed or scripted pairing is slower and as lopsided, and
 * search bots are five times slower or more. Its drawback is stated wherever the figures are shown: the
 * greedy China is the stronger side (the US wins about one game in ten at the baseline).
 */
export const previewBots = { us: 'greedy', china: 'greedy' } as const;

/** Game i of every preview batch plays the game seed `what-if:i`: a what-if and its baseline share seeds. */
export const previewSeed = 'what-if';

export interface WhatIfResult extends Measured {
  scenarioId: string;
  /** The overrides played: the request's, less those equal to the scenario's own values. */
  overrides: Record<string, number>;
  bots: { us: string; china: string };
  /** The run seed: game i plays `<seedsFrom>:i`, in the what-if and in its baseline alike. */
  seedsFrom: string;
  /** The same seeds and bots without the overrides. */
  baseline: Measured;
  /** The balance lab's command that plays these games again (its `fingerprint` is this one's). */
  labCommand: string;
  /** Both batches came from the cache. */
  cached: boolean;
  /** Time this request took in the service, queue included. */
  ms: number;
}

export type WhatIfErrorCode = Extract<
  RejectionCode,
  'busy' | 'timedOut' | 'gamesFailed' | 'shuttingDown' | 'abandoned'
>;

/** A refusal of the preview in words for a teacher (its HTTP status is its code's). */
export class WhatIfError extends Error {
  constructor(
    readonly code: WhatIfErrorCode,
    message: string,
  ) {
    super(message);
  }

  get rejection(): Rejection {
    return refuse(this.code, this.message);
  }
}

/** What a pool must do for the service (ResidentPool; a test may pass a stand-in). */
export interface GamePool {
  readonly isBusy: boolean;
  play(tasks: readonly GameTask[]): Promise<GameRow[]>;
  stop(reason: Error): void;
  close(): void;
}

export interface WhatIfServiceOptions {
  /** Worker threads (default: the cores, at most 2: the preview must leave the server room). */
  workers?: number;
  /** Nice value of the worker threads (default 10: a move on the main thread comes first). */
  niceness?: number;
  /** Batches that may wait while one plays (default 4: two requests' what-if and baseline). */
  maxQueuedRuns?: number;
  /** A batch that plays longer than this is stopped (`timedOut`; default 60 s). */
  runTimeoutMs?: number;
  /** Batches kept in the cache (default 256; a batch's figures are a few hundred bytes). */
  cacheEntries?: number;
  games?: Partial<GameCountBounds>;
  /** Stop idle worker threads after this long (default one minute). */
  idleMs?: number;
  /** Tests: the pool to play on instead of a ResidentPool. */
  pool?: GamePool;
}

export const defaultGameCounts: GameCountBounds = { defaultGames: 300, minGames: 10, maxGames: 400 };

interface Run {
  key: string;
  options: SimOptions;
  /** Requests waiting for it; a queued run nobody waits for is dropped. */
  waiters: number;
  started: boolean;
  promise: Promise<Measured>;
  resolve: (measured: Measured) => void;
  reject: (error: Error) => void;
}

function labCommand(options: SimOptions): string {
  const sets = Object.entries(options.overrides ?? {}).map(([path, value]) => ` --set ${path}=${value}`);
  return (
    `npm run -s sim -- --games ${options.games} --seed ${options.seed} --scenario ${options.scenarioId}` +
    ` --us ${options.us} --china ${options.china}${sets.join('')} --json`
  );
}

function simOptions(request: WhatIfRequest): SimOptions {
  return {
    games: request.games,
    seed: previewSeed,
    scenarioId: request.scenarioId,
    us: previewBots.us,
    china: previewBots.china,
    overrides: request.overrides,
  };
}

export class WhatIfService {
  readonly bounds: GameCountBounds;
  private readonly pool: GamePool;
  private readonly cache: LruCache<Measured>;
  private readonly inFlight = new Map<string, Run>();
  private readonly queue: Run[] = [];
  private running: Run | undefined;
  private closed = false;
  private readonly maxQueuedRuns: number;
  private readonly runTimeoutMs: number;

  constructor(options: WhatIfServiceOptions = {}) {
    this.bounds = { ...defaultGameCounts, ...options.games };
    this.maxQueuedRuns = options.maxQueuedRuns ?? 4;
    this.runTimeoutMs = options.runTimeoutMs ?? 60_000;
    this.cache = new LruCache(options.cacheEntries ?? 256);
    this.pool =
      options.pool ??
      new ResidentPool({
        workers: options.workers ?? Math.max(1, Math.min(2, availableParallelism())),
        niceness: options.niceness ?? 10,
        ...(options.idleMs === undefined ? {} : { idleMs: options.idleMs }),
      });
  }

  /** Batches waiting and playing now (for tests and /health-like reports). */
  get load(): { running: number; queued: number; cached: number } {
    return { running: this.running ? 1 : 0, queued: this.queue.length, cached: this.cache.size };
  }

  /**
   * The what-if and its baseline. Rejects with a WhatIfError: `busy` when the queue is full (nothing is
   * queued then), `timedOut`, `gamesFailed`, `shuttingDown`, or `abandoned` once `signal` aborts.
   */
  async measure(request: WhatIfRequest, signal?: AbortSignal): Promise<WhatIfResult> {
    const start = nowMs();
    if (this.closed) throw new WhatIfError('shuttingDown', 'the server is shutting down');
    const whatIf = simOptions(request);
    const baseline = simOptions({ ...request, overrides: {} });
    const keys = [requestKey({ ...request, overrides: {} }), requestKey(request)];
    const cachedBefore = keys.map((key) => this.cache.get(key));
    const missing = keys.filter((key, i) => !cachedBefore[i] && !this.inFlight.has(key));
    const newRuns = new Set(missing).size;
    const waitingAfter = this.queue.length + newRuns - (this.running ? 0 : Math.min(1, newRuns));
    if (newRuns > 0 && waitingAfter > this.maxQueuedRuns)
      throw new WhatIfError(
        'busy',
        'the what-if preview is measuring other settings just now: try again in a few seconds',
      );
    const attached: Run[] = [];
    const figuresOf = (options: SimOptions, i: number): Promise<Measured> => {
      const hit = cachedBefore[i];
      if (hit) return Promise.resolve(hit);
      const key = keys[i] ?? '';
      const run = this.inFlight.get(key) ?? this.enqueue(key, options);
      run.waiters++;
      attached.push(run);
      return run.promise;
    };
    const both = Promise.all([figuresOf(baseline, 0), figuresOf(whatIf, 1)]);
    this.pump();
    const [baselineFigures, whatIfFigures] = await this.untilDoneOrAborted(both, attached, signal);
    return {
      ...whatIfFigures,
      scenarioId: request.scenarioId,
      overrides: { ...request.overrides },
      bots: { ...previewBots },
      seedsFrom: previewSeed,
      baseline: baselineFigures,
      labCommand: labCommand(whatIf),
      cached: cachedBefore.every((hit) => hit !== undefined),
      ms: Math.round(nowMs() - start),
    };
  }

  /** Stops the pool; waiting and running batches are refused (`shuttingDown`). */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    const shuttingDown = new WhatIfError('shuttingDown', 'the server is shutting down');
    for (const run of this.queue.splice(0)) {
      this.inFlight.delete(run.key);
      run.reject(shuttingDown);
    }
    this.pool.stop(shuttingDown);
    this.pool.close();
  }

  private enqueue(key: string, options: SimOptions): Run {
    let resolve: (measured: Measured) => void = () => undefined;
    let reject: (error: Error) => void = () => undefined;
    const promise = new Promise<Measured>((ok, fail) => {
      resolve = ok;
      reject = fail;
    });
    // A run may fail after every asker has gone: that rejection has nobody to tell.
    promise.catch(() => undefined);
    const run: Run = { key, options, waiters: 0, started: false, promise, resolve, reject };
    this.inFlight.set(key, run);
    this.queue.push(run);
    return run;
  }

  private async untilDoneOrAborted<T>(
    work: Promise<T>,
    attached: readonly Run[],
    signal?: AbortSignal,
  ): Promise<T> {
    if (!signal) return work;
    let onAbort: () => void = () => undefined;
    const aborted = new Promise<never>((_, reject) => {
      onAbort = () => {
        for (const run of attached) this.leave(run);
        reject(new WhatIfError('abandoned', 'the request was given up'));
      };
      if (signal.aborted) onAbort();
      else signal.addEventListener('abort', onAbort, { once: true });
    });
    try {
      return await Promise.race([work, aborted]);
    } finally {
      signal.removeEventListener('abort', onAbort);
    }
  }

  /** One asker fewer; a queued run left with none is dropped (a running one finishes into the cache). */
  private leave(run: Run): void {
    run.waiters--;
    if (run.waiters > 0 || run.started) return;
    const index = this.queue.indexOf(run);
    if (index >= 0) this.queue.splice(index, 1);
    this.inFlight.delete(run.key);
    run.reject(new WhatIfError('abandoned', 'nobody waits for these games any more'));
  }

  private pump(): void {
    if (this.running || this.closed) return;
    const run = this.queue.shift();
    if (!run) return;
    this.running = run;
    run.started = true;
    const tasks: GameTask[] = Array.from({ length: run.options.games }, (_, index) => ({
      options: run.options,
      index,
    }));
    const timer = setTimeout(() => {
      this.pool.stop(
        new WhatIfError(
          'timedOut',
          `the bots took longer than ${Math.round(this.runTimeoutMs / 1000)} s to play these games: try fewer games or other settings`,
        ),
      );
    }, this.runTimeoutMs);
    this.pool
      .play(tasks)
      .then(
        (rows) => {
          const figures = measure(rows);
          this.cache.set(run.key, figures);
          run.resolve(figures);
        },
        (error: unknown) => {
          if (error instanceof WhatIfError) run.reject(error);
          else {
            const reason = error instanceof Error ? error.message : String(error);
            run.reject(new WhatIfError('gamesFailed', `the bots could not play these settings: ${reason}`));
          }
        },
      )
      .finally(() => {
        clearTimeout(timer);
        this.running = undefined;
        this.inFlight.delete(run.key);
        this.pump();
      });
  }
}
