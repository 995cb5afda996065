import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createBot } from '../../rules/bots/index.ts';
import type { LoadOptions } from './args.ts';
import { spawnServer } from './child.ts';
import { createSeatedMatch } from './lobby-http.ts';
import { countLost } from './lost.ts';
import { LoadSeat } from './seat.ts';
import type { LatencySummary } from './stats.ts';
import { cpuSeconds, rssMB, summarize } from './stats.ts';
import { LoadTally } from './tally.ts';

export interface LoadReport {
  server: 'ours' | 'stock';
  store: string;
  matches: number;
  thinkMs: number;
  seconds: number;
  movesAcknowledged: number;
  movesPerSecond: number;
  roundTripMs: LatencySummary;
  errors: number;
  errorsByCode: Record<string, number>;
  staleRaces: number;
  /** Acknowledged moves missing from storage after SIGKILL (sent while moves were in flight). */
  lostMoves: number;
  matchesStarted: number;
  matchesFinished: number;
  serverRssMB: number | null;
  serverPeakRssMB: number | null;
  /** Server CPU (user + system) during the run, and per acknowledged move: less sensitive to a busy machine. */
  serverCpuSeconds: number | null;
  serverCpuMsPerMove: number | null;
}

const gameName = 'silicon-curtain';
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** One match slot: plays matches back to back until the time is up. */
async function slot(
  url: string,
  index: number,
  options: LoadOptions,
  tally: LoadTally,
  isOpen: () => boolean,
) {
  for (let game = 0; isOpen(); game++) {
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
          isOpen,
        }),
    );
    const ended = Promise.race(seats.map((seat) => seat.finished));
    while (isOpen()) {
      const done = await Promise.race([ended.then(() => true), sleep(250).then(() => false)]);
      if (done) break;
    }
    if (isOpen()) tally.matchesFinished++;
    for (const seat of seats) seat.close();
  }
}

/** Runs a load test against a freshly spawned server and kills it with SIGKILL at the end. */
export async function runLoad(options: LoadOptions): Promise<LoadReport> {
  const kind = options.stock ? 'stock' : 'ours';
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sc-load-'));
  const child = await spawnServer(kind, dataDir);
  const tally = new LoadTally();
  try {
    const deadline = performance.now() + options.seconds * 1000;
    const isOpen = (): boolean => performance.now() < deadline && !tally.closed;
    const started = performance.now();
    const cpuBefore = await cpuSeconds(child.pid);
    const slots = Promise.all(
      Array.from({ length: options.matches }, (_, index) => slot(child.url, index, options, tally, isOpen)),
    );
    await sleep(options.seconds * 1000);
    // SIGKILL with moves in flight: every move a client saw acknowledged must already be on disk.
    const serverRssMB = await rssMB(child.pid);
    const serverPeakRssMB = await rssMB(child.pid, 'VmHWM');
    const cpuAfter = await cpuSeconds(child.pid);
    await child.kill();
    tally.closed = true;
    const elapsed = (performance.now() - started) / 1000;
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
      roundTripMs: summarize(tally.roundTripsMs),
      errors: tally.errorCount(),
      errorsByCode: Object.fromEntries(tally.errors),
      staleRaces: tally.staleRaces,
      lostMoves,
      matchesStarted: tally.matchesStarted,
      matchesFinished: tally.matchesFinished,
      serverRssMB,
      serverPeakRssMB,
      serverCpuSeconds: cpu,
      serverCpuMsPerMove:
        cpu === null || tally.acknowledged.length === 0
          ? null
          : Math.round((cpu * 1000 * 10) / tally.acknowledged.length) / 10,
    };
  } finally {
    await child.kill();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
