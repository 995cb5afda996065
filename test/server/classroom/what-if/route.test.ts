import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { whatIfPath, whatIfRoute } from '../../../../server/classroom/what-if/route.ts';
import { WhatIfService } from '../../../../server/classroom/what-if/service.ts';
import { readWhatIfResult } from '../../../../src/classroom/what-if-api.ts';
import type { TestServer } from '../../helpers/test-server.ts';
import { postJson, startTestServer } from '../../helpers/test-server.ts';
import { HeldPool, settle } from './held-pool.ts';

/** `POST /classroom/api/what-if` end to end: a real server and worker threads, then the route's bounds. */

describe('the what-if route on a real server', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ whatIf: { games: { defaultGames: 20 }, workers: 2 } });
  });
  afterAll(async () => {
    await server.drain();
  });

  it('answers the bots’ figures with and without the overrides, then the same from the cache', async () => {
    const ask = { scenarioId: 'baseline-2025', overrides: { 'research.domesticEuvEarliestYear': 2026 } };
    const first = await postJson(`${server.url}${whatIfPath}`, ask);
    expect(first.status).toBe(200);
    // The client reads the server's answer with its own reader: the two sides agree on the shape.
    const result = readWhatIfResult(first.body);
    if (!result) throw new Error(`unreadable answer ${JSON.stringify(first.body)}`);
    expect(result.games).toBe(20);
    expect(result.overrides).toEqual(ask.overrides);
    expect(result.bots).toEqual({ us: 'greedy', china: 'greedy' });
    expect(result.fingerprint).not.toBe(result.baseline.fingerprint);
    expect(result.cached).toBe(false);
    const again = await postJson(`${server.url}${whatIfPath}`, ask);
    const cached = readWhatIfResult(again.body);
    expect(cached?.cached).toBe(true);
    expect({ ...cached, ms: 0, cached: false }).toEqual({ ...result, ms: 0 });
  });

  it.each([
    [
      'an unknown parameter',
      JSON.stringify({ scenarioId: 'baseline-2025', overrides: { 'yieldCap.duv.n1': 0.5 } }),
      'invalidOverrides',
      'unknown parameter: yieldCap.duv.n1',
    ],
    [
      'a value JSON reads as Infinity',
      '{"scenarioId":"baseline-2025","overrides":{"yieldCap.duv.n7":1e999}}',
      'invalidOverrides',
      'must be a finite number',
    ],
    ['an unknown scenario', JSON.stringify({ scenarioId: 'nope' }), 'unknownScenario', 'unknown scenario'],
    [
      'too many games',
      JSON.stringify({ scenarioId: 'baseline-2025', games: 5000 }),
      'invalidRequest',
      'from 10',
    ],
    ['a body that is not JSON', '{scenarioId:', 'malformedMessage', 'not JSON'],
  ])('refuses %s with 400 and a reason', async (_, body, code, message) => {
    const response = await fetch(`${server.url}${whatIfPath}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    expect(response.status).toBe(400);
    const answer = (await response.json()) as { error: { code: string; message: string } };
    expect(answer.error.code).toBe(code);
    expect(answer.error.message).toContain(message);
  });

  it('takes only POST', async () => {
    const response = await fetch(`${server.url}${whatIfPath}`);
    expect(response.status).toBe(405);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('methodNotAllowed');
  });
});

describe('the what-if route’s origins', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ origins: 'https://school.example' });
  });
  afterAll(async () => {
    await server.drain();
  });

  it('answers a configured origin’s preflight and refuses other origins', async () => {
    const preflight = await fetch(`${server.url}${whatIfPath}`, {
      method: 'OPTIONS',
      headers: { origin: 'https://school.example' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('https://school.example');
    const refused = await fetch(`${server.url}${whatIfPath}`, {
      method: 'POST',
      headers: { origin: 'https://elsewhere.example', 'content-type': 'application/json' },
      body: JSON.stringify({ scenarioId: 'baseline-2025' }),
    });
    expect(refused.status).toBe(403);
  });
});

/** The route on a bare HTTP server, over a service whose pool the test holds; `x-address` names the caller. */
async function heldRoute(options: {
  maxQueuedRuns?: number;
  perAddress?: { perSecond: number; burst: number };
}) {
  const pool = new HeldPool();
  const service = new WhatIfService({
    pool,
    games: { defaultGames: 20 },
    maxQueuedRuns: options.maxQueuedRuns ?? 4,
  });
  const handle = whatIfRoute({
    service,
    maxBodyBytes: 16 * 1024,
    ...(options.perAddress ? { perAddress: options.perAddress } : {}),
  });
  const server = http.createServer((request, response) => {
    const address = String(request.headers['x-address'] ?? 'school');
    void handle(request, response, address);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}${whatIfPath}`;
  const close = async (): Promise<void> => {
    service.close();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  };
  return { pool, service, url, close };
}

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

const post = (
  url: string,
  body: unknown,
  options: { signal?: AbortSignal; headers?: Record<string, string> } = {},
): Promise<Response> =>
  fetch(url, {
    method: 'POST',
    body: JSON.stringify(body),
    headers: { 'content-type': 'application/json', ...options.headers },
    ...(options.signal ? { signal: options.signal } : {}),
  });

const ask = (roundCount: number) => ({
  scenarioId: 'baseline-2025',
  overrides: { 'calendar.roundCount': roundCount },
});

describe('the what-if route’s bounds', () => {
  it('answers 429 busy when the queue is full, and the queued request once its games are played', async () => {
    const held = await heldRoute({ maxQueuedRuns: 1 });
    closers.push(held.close);
    const first = post(held.url, ask(4));
    await vi.waitFor(() => {
      expect(held.service.load).toEqual({ running: 1, queued: 1, cached: 0 });
    });
    const refused = await post(held.url, ask(5));
    expect(refused.status).toBe(429);
    const reason = (await refused.json()) as { error: { code: string; message: string } };
    expect(reason.error.code).toBe('busy');
    expect(reason.error.message).toContain('try again in a few seconds');
    held.pool.runs[0]?.finish(2);
    await settle();
    held.pool.runs[1]?.finish(4);
    const answer = await first;
    expect(answer.status).toBe(200);
    expect(readWhatIfResult(await answer.json())?.usWinShare).toBe(4 / 20);
    expect(held.pool.runs).toHaveLength(2);
  });

  it('drops a waiting batch when its client goes away', async () => {
    const held = await heldRoute({});
    closers.push(held.close);
    const playing = post(held.url, ask(4));
    await vi.waitFor(() => {
      expect(held.service.load.queued).toBe(1);
    });
    const gaveUp = new AbortController();
    const abandoned = post(held.url, ask(5), { signal: gaveUp.signal });
    await vi.waitFor(() => {
      expect(held.service.load.queued).toBe(2);
    });
    gaveUp.abort();
    await expect(abandoned).rejects.toThrow();
    await vi.waitFor(() => {
      expect(held.service.load.queued).toBe(1);
    });
    held.pool.runs[0]?.finish(1);
    await settle();
    held.pool.runs[1]?.finish(1);
    expect((await playing).status).toBe(200);
    expect(held.pool.runs).toHaveLength(2);
  });

  it('limits requests per address, apart for each address', async () => {
    const held = await heldRoute({ perAddress: { perSecond: 0.001, burst: 2 } });
    closers.push(held.close);
    const bad = { scenarioId: 'nope' };
    expect((await post(held.url, bad)).status).toBe(400);
    expect((await post(held.url, bad)).status).toBe(400);
    const limited = await post(held.url, bad);
    expect(limited.status).toBe(429);
    expect(((await limited.json()) as { error: { code: string } }).error.code).toBe('rateLimited');
    expect((await post(held.url, bad, { headers: { 'x-address': 'other school' } })).status).toBe(400);
  });
});
