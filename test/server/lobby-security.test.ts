import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { GameState } from '../../rules/index.ts';
import type { TestServer } from './helpers/test-server.ts';
import { createMatch, startTestServer, tempDataDir } from './helpers/test-server.ts';

let server: TestServer | undefined;

afterEach(async () => {
  await server?.drain();
  server = undefined;
});

async function call(
  url: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: unknown; headers: Headers }> {
  const init: RequestInit =
    body === undefined
      ? { headers }
      : {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body: JSON.stringify(body),
        };
  const response = await fetch(url, init);
  const text = await response.text();
  return {
    status: response.status,
    body: text ? (JSON.parse(text) as unknown) : undefined,
    headers: response.headers,
  };
}

describe('Lobby API', () => {
  it('answers /health while storage is reachable', async () => {
    server = await startTestServer();
    const health = await call(`${server.url}/health`);
    expect(health).toMatchObject({ status: 200, body: { ok: true, storage: 'sqlite' } });
  });

  it('refuses __proto__ and other seats on /join without polluting anything', async () => {
    server = await startTestServer();
    const matchID = await createMatch(server);
    const before = await server.store.loadMetadata(matchID);
    for (const playerID of ['__proto__', 'constructor', '2', '-1', 'toString']) {
      const reply = await call(`${server.url}/games/silicon-curtain/${matchID}/join`, {
        playerID,
        playerName: 'mallory',
      });
      expect(reply.status).toBe(404);
      expect(reply.body).toMatchObject({ error: { code: 'seatMismatch' } });
    }
    expect(({} as Record<string, unknown>).name).toBeUndefined();
    expect(({} as Record<string, unknown>).credentials).toBeUndefined();
    expect(await server.store.loadMetadata(matchID)).toEqual(before);
    const polluting = await fetch(`${server.url}/games/silicon-curtain/${matchID}/join`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"playerName":"m","playerID":"0","data":{"__proto__":{"polluted":true}}}',
    });
    expect(polluting.status).toBe(200);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('gives a seat to exactly one of many concurrent joins (compare-and-set)', async () => {
    server = await startTestServer();
    const matchID = await createMatch(server);
    const url = `${server.url}/games/silicon-curtain/${matchID}/join`;
    const replies = await Promise.all(
      Array.from({ length: 12 }, (_, i) => call(url, { playerID: '1', playerName: `p${i}` })),
    );
    expect(replies.filter((reply) => reply.status === 200)).toHaveLength(1);
    expect(replies.filter((reply) => reply.status === 409)).toHaveLength(11);
  });

  it('never exposes the seed or credentials; a client cannot choose the seed; every match has its own', async () => {
    server = await startTestServer();
    const refused = await call(`${server.url}/games/silicon-curtain/create`, {
      setupData: { seed: 'chosen' },
    });
    expect(refused.status).toBe(400);
    const a = await createMatch(server);
    const b = await createMatch(server);
    await call(`${server.url}/games/silicon-curtain/${a}/join`, { playerID: '0', playerName: 'x' });
    const stateA = (await server.store.loadState(a))?.G as GameState;
    const stateB = (await server.store.loadState(b))?.G as GameState;
    expect(stateA.deck).not.toEqual(stateB.deck);
    expect(stateA.rng).not.toEqual(stateB.rng);
    const seedA = (await server.store.loadState(a))?.plugins.random?.data as { seed: string };
    const listing = JSON.stringify((await call(`${server.url}/games/silicon-curtain`)).body);
    const single = JSON.stringify((await call(`${server.url}/games/silicon-curtain/${a}`)).body);
    for (const text of [listing, single]) {
      expect(text).not.toContain('seed');
      expect(text).not.toContain('credentials');
      expect(text).not.toContain(seedA.seed);
      expect(text).not.toContain(JSON.stringify(stateA.deck));
    }
    expect((await call(`${server.url}/games/silicon-curtain/${a}`)).body).toMatchObject({
      setupData: { scenarioId: 'baseline-2025' },
    });
  });

  it('accepts only configured origins', async () => {
    server = await startTestServer({ origins: 'https://silicon-curtain.example' });
    const evil = await call(`${server.url}/games`, undefined, { origin: 'https://evil.example' });
    expect(evil.status).toBe(403);
    const evilCreate = await call(
      `${server.url}/games/silicon-curtain/create`,
      {},
      { origin: 'http://localhost:1' },
    );
    expect(evilCreate.status).toBe(403);
    expect(await server.store.listMatches()).toEqual([]);
    const good = await call(`${server.url}/games`, undefined, { origin: 'https://silicon-curtain.example' });
    expect(good.status).toBe(200);
    expect(good.headers.get('access-control-allow-origin')).toBe('https://silicon-curtain.example');
  });

  it('refuses bodies over 16 KB', async () => {
    server = await startTestServer();
    const matchID = await createMatch(server);
    const reply = await call(`${server.url}/games/silicon-curtain/${matchID}/join`, {
      playerName: 'x',
      data: 'y'.repeat(17 * 1024),
    });
    expect(reply.status).toBe(413);
    expect((await server.store.loadMetadata(matchID))?.version).toBe(0);
  });

  it('serves the built client from its directory and nothing outside it', async () => {
    // The client's files are listed when the server starts (server/http/static-files.ts).
    const dataDir = tempDataDir();
    fs.writeFileSync(path.join(dataDir, 'index.html'), '<h1>Silicon Curtain</h1>');
    server = await startTestServer({ dataDir });
    const page = await fetch(`${server.url}/`);
    expect(await page.text()).toContain('Silicon Curtain');
    const escape = await fetch(`${server.url}/..%2f..%2fetc%2fpasswd`);
    expect(escape.status).toBe(404);
  });

  it('refuses new matches while draining', async () => {
    server = await startTestServer();
    await server.authority.drain();
    const reply = await call(`${server.url}/games/silicon-curtain/create`, {});
    expect(reply.status).toBe(503);
  });
});
