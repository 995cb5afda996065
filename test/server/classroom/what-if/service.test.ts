import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { WhatIfRequest } from '../../../../server/classroom/what-if/request.ts';
import type { WhatIfServiceOptions } from '../../../../server/classroom/what-if/service.ts';
import {
  WhatIfError,
  WhatIfService,
  previewBots,
  previewSeed,
} from '../../../../server/classroom/what-if/service.ts';
import { runSimulation } from '../../../../tools/sim/run.ts';
import { HeldPool, settle } from './held-pool.ts';

/** The what-if preview's service: seeded, cached, queued and bounded (issue 13). */

const services: WhatIfService[] = [];
function service(options: WhatIfServiceOptions = {}): WhatIfService {
  const created = new WhatIfService({ workers: 2, ...options });
  services.push(created);
  return created;
}

afterEach(() => {
  for (const each of services.splice(0)) each.close();
});

const baseline: WhatIfRequest = { scenarioId: 'baseline-2025', overrides: {}, games: 20 };
const betterYields: WhatIfRequest = {
  ...baseline,
  overrides: { 'yieldCap.duv.n7': 0.8, 'start.chinaN7Yield': 0.6 },
};

function withoutTiming<T extends { ms: number; cached: boolean }>(result: T): Omit<T, 'ms' | 'cached'> {
  const { ms: _ms, cached: _cached, ...rest } = result;
  return rest;
}

describe('the what-if service on real worker threads', () => {
  // One warm pool for the whole block: a fresh worker spends its first seconds compiling the rules.
  let shared: WhatIfService;
  beforeAll(() => {
    shared = new WhatIfService({ workers: 2 });
  });
  afterAll(() => {
    shared.close();
  });

  it('gives the same figures for the same request, from the cache or from a fresh pool', async () => {
    const first = await shared.measure(betterYields);
    const again = await service().measure(betterYields);
    const cached = await shared.measure(betterYields);
    expect(first.cached).toBe(false);
    expect(again.cached).toBe(false);
    expect(cached.cached).toBe(true);
    expect(withoutTiming(again)).toEqual(withoutTiming(first));
    expect(withoutTiming(cached)).toEqual(withoutTiming(first));
    expect(first.games).toBe(20);
    expect(first.interval95[0]).toBeLessThanOrEqual(first.usWinShare);
    expect(first.interval95[1]).toBeGreaterThanOrEqual(first.usWinShare);
    const shares = Object.values(first.endReasons);
    expect(shares.reduce((sum, share) => sum + share, 0)).toBeCloseTo(1, 10);
  });

  it('plays the games the balance lab plays for its command, and the baseline on the same seeds', async () => {
    const result = await shared.measure(betterYields);
    const lab = runSimulation({
      games: 20,
      seed: previewSeed,
      scenarioId: 'baseline-2025',
      us: previewBots.us,
      china: previewBots.china,
      overrides: betterYields.overrides,
    }).summary;
    expect(result.fingerprint).toBe(lab.fingerprint);
    expect(result.usWinShare).toBe(lab.usWinRate.p);
    expect(result.interval95).toEqual([lab.usWinRate.lo, lab.usWinRate.hi]);
    expect(result.medianRounds).toBe(lab.lengthRounds.median);
    expect(result.endReasons.selfReliance).toBe(lab.endReasons.selfReliance / 20);
    expect(result.labCommand).toBe(
      'npm run -s sim -- --games 20 --seed what-if --scenario baseline-2025 --us greedy --china greedy' +
        ' --set yieldCap.duv.n7=0.8 --set start.chinaN7Yield=0.6 --json',
    );
    const plain = runSimulation({
      games: 20,
      seed: previewSeed,
      scenarioId: 'baseline-2025',
      ...previewBots,
    });
    expect(result.baseline.fingerprint).toBe(plain.summary.fingerprint);
  });

  it('plays other games for another override, against the same baseline', async () => {
    const yields = await shared.measure(betterYields);
    const cachedBefore = shared.load.cached;
    const shorter = await shared.measure({ ...baseline, overrides: { 'calendar.roundCount': 5 } });
    expect(shorter.cached).toBe(false);
    expect(shorter.fingerprint).not.toBe(yields.fingerprint);
    expect(shorter.fingerprint).not.toBe(shorter.baseline.fingerprint);
    expect(shorter.baseline).toEqual(yields.baseline);
    expect(shorter.medianRounds).toBeLessThanOrEqual(5);
    // Only the new batch was played: the baseline came from the cache.
    expect(shared.load.cached).toBe(cachedBefore + 1);
  });

  it('says in words when the bots cannot play the settings, and plays the next request', async () => {
    const broken = shared.measure({ ...baseline, overrides: { 'calendar.handSize': 0 } });
    await expect(broken).rejects.toMatchObject({ code: 'gamesFailed' });
    await expect(broken).rejects.toThrow('the bots could not play these settings');
    const next = await shared.measure({ ...baseline, games: 10 });
    expect(next.games).toBe(10);
    expect(next.cached).toBe(false);
  });
});

const request = (roundCount: number): WhatIfRequest => ({
  ...baseline,
  overrides: { 'calendar.roundCount': roundCount },
});

describe('the what-if service’s queue', () => {
  it('plays one batch at a time and refuses (busy, 429) what the queue cannot hold, queueing nothing of it', async () => {
    const pool = new HeldPool();
    const preview = service({ pool, maxQueuedRuns: 2 });
    const first = preview.measure(request(4));
    await settle();
    // The baseline plays; the what-if of 4 rounds waits.
    expect(pool.runs).toHaveLength(1);
    expect(preview.load).toEqual({ running: 1, queued: 1, cached: 0 });
    const second = preview.measure(request(5));
    await settle();
    expect(preview.load.queued).toBe(2);
    const refused = preview.measure(request(6));
    await expect(refused).rejects.toBeInstanceOf(WhatIfError);
    await expect(refused).rejects.toMatchObject({ code: 'busy' });
    expect(preview.load.queued).toBe(2);
    for (let i = 0; i < 3; i++) {
      pool.runs[i]?.finish(i + 1);
      await settle();
    }
    expect(pool.runs.map((run) => run.tasks[0]?.options.overrides)).toEqual([
      {},
      { 'calendar.roundCount': 4 },
      { 'calendar.roundCount': 5 },
    ]);
    expect((await first).usWinShare).toBe(2 / 20);
    expect((await second).usWinShare).toBe(3 / 20);
    expect((await second).baseline.usWinShare).toBe(1 / 20);
  });

  it('plays a batch once for every request that needs it at the same time', async () => {
    const pool = new HeldPool();
    const preview = service({ pool });
    const asks = [preview.measure(request(4)), preview.measure(request(4)), preview.measure(baseline)];
    await settle();
    pool.runs[0]?.finish(5);
    await settle();
    pool.runs[1]?.finish(7);
    const [a, b, plain] = await Promise.all(asks);
    expect(pool.runs).toHaveLength(2);
    expect(a?.usWinShare).toBe(7 / 20);
    expect(b?.usWinShare).toBe(7 / 20);
    expect(plain?.usWinShare).toBe(5 / 20);
    expect(plain?.baseline.usWinShare).toBe(5 / 20);
  });

  it('drops a waiting batch once everyone who asked for it has given up', async () => {
    const pool = new HeldPool();
    const preview = service({ pool });
    const running = preview.measure(request(4));
    const gaveUp = new AbortController();
    const abandoned = preview.measure(request(5), gaveUp.signal);
    await settle();
    expect(preview.load.queued).toBe(2);
    gaveUp.abort();
    await expect(abandoned).rejects.toMatchObject({ code: 'abandoned' });
    expect(preview.load.queued).toBe(1);
    pool.runs[0]?.finish(1);
    await settle();
    pool.runs[1]?.finish(2);
    await running;
    expect(pool.runs.map((run) => run.tasks[0]?.options.overrides)).toEqual([
      {},
      { 'calendar.roundCount': 4 },
    ]);
  });

  it('stops a batch that plays past its timeout and says so', async () => {
    const pool = new HeldPool();
    const preview = service({ pool, runTimeoutMs: 20 });
    await expect(preview.measure(baseline)).rejects.toMatchObject({ code: 'timedOut' });
    expect(pool.stopped).toHaveLength(1);
    // Nothing was cached: the next request plays again.
    const next = preview.measure(baseline);
    await settle();
    pool.runs[1]?.finish(3);
    expect((await next).usWinShare).toBe(3 / 20);
  });

  it('refuses waiting and new requests once closed', async () => {
    const pool = new HeldPool();
    const preview = service({ pool });
    const waiting = preview.measure(request(4));
    preview.close();
    await expect(waiting).rejects.toMatchObject({ code: 'shuttingDown' });
    await expect(preview.measure(baseline)).rejects.toMatchObject({ code: 'shuttingDown' });
  });
});
