import http from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { seedRng } from '../../rules/rng.ts';
import type { MatchLifecycle } from '../../server/lobby/lifecycle.ts';
import { defaultLifecycleTimes, lifecycleOf } from '../../server/lobby/lifecycle.ts';
import type { MatchMetadata } from '../../server/storage/match-store.ts';
import { defaultLimits } from '../../server/transport/limits.ts';
import type { RawClient } from './helpers/raw-socket.ts';
import { syncedRawClient } from './helpers/raw-socket.ts';
import { playServerSide } from './helpers/server-moves.ts';
import type { TestServer } from './helpers/test-server.ts';
import { createMatch, joinSeat, postJson, seatedMatch, startTestServer } from './helpers/test-server.ts';

/** Match expiry and the creation quota, on a fake clock the test moves ahead of the real one. */

const minuteMs = 60_000;
const dayMs = 24 * 60 * minuteMs;

const servers: TestServer[] = [];
const clients: RawClient[] = [];

afterEach(async () => {
  for (const client of clients.splice(0)) client.close();
  for (const server of servers.splice(0)) await server.drain();
});

/** A clock `aheadMs` ahead of the real one (matches are stamped with real times by the server). */
function fakeClock() {
  const clock = { aheadMs: 0, now: () => Date.now() + clock.aheadMs };
  return clock;
}

async function startWithClock(
  clock: { now: () => number },
  options: Parameters<typeof startTestServer>[0] = {},
) {
  const server = await startTestServer({ now: clock.now, ...options });
  servers.push(server);
  return server;
}

interface Listed {
  matchID: string;
  lifecycle: MatchLifecycle;
}

async function listed(server: TestServer, query = ''): Promise<string[]> {
  const paged = (await (
    await fetch(`${server.url}/games/silicon-curtain?page=1&limit=100${query}`)
  ).json()) as {
    matches: Listed[];
  };
  const whole = (await (await fetch(`${server.url}/games/silicon-curtain?${query.slice(1)}`)).json()) as {
    matches: Listed[];
  };
  // The paged list (newest first) and boardgame.io's list (oldest first) agree on what is listed.
  expect(paged.matches.map((m) => m.matchID).reverse()).toEqual(whole.matches.map((m) => m.matchID));
  return whole.matches.map((m) => m.matchID);
}

async function lifecycle(server: TestServer, matchID: string): Promise<MatchLifecycle> {
  const data = (await (await fetch(`${server.url}/games/silicon-curtain/${matchID}`)).json()) as Listed;
  return data.lifecycle;
}

/** POST …/create from another loopback address (Linux routes all of 127.0.0.0/8 to lo). */
function createFrom(server: TestServer, localAddress: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: '127.0.0.1',
        port: server.port,
        localAddress,
        method: 'POST',
        path: '/games/silicon-curtain/create',
        headers: { 'content-type': 'application/json' },
      },
      (response) => {
        response.resume();
        response.on('end', () => {
          resolve(response.statusCode ?? 0);
        });
      },
    );
    request.on('error', reject);
    request.end(JSON.stringify({ numPlayers: 2 }));
  });
}

describe('match lifecycle', () => {
  it('reads open, in play, finished, expired and abandoned from the metadata and the time', () => {
    const at = 1_000_000_000;
    const base: MatchMetadata = {
      gameName: 'silicon-curtain',
      players: { 0: { id: 0, name: 'a' }, 1: { id: 1 } },
      createdAt: at,
      updatedAt: at,
    };
    const seated = { ...base, players: { 0: { id: 0, name: 'a' }, 1: { id: 1, name: 'b' } } };
    const times = defaultLifecycleTimes;
    expect(lifecycleOf(base, at + 15 * minuteMs - 1, times)).toBe('open');
    expect(lifecycleOf(base, at + 15 * minuteMs, times)).toBe('expired');
    expect(lifecycleOf(seated, at + 14 * dayMs - 1, times)).toBe('inPlay');
    expect(lifecycleOf(seated, at + 14 * dayMs, times)).toBe('abandoned');
    // A clock ends its match itself; a finished match stays finished.
    expect(lifecycleOf({ ...seated, setupData: { clock: {} } }, at + 30 * dayMs, times)).toBe('inPlay');
    expect(lifecycleOf({ ...seated, gameover: { winner: '0' } }, at + 30 * dayMs, times)).toBe('finished');
  });

  it('expires an open match nobody joined: off the lists, not joinable, still served and synced', async () => {
    const clock = fakeClock();
    const server = await startWithClock(clock);
    const matchID = await createMatch(server);
    expect(await listed(server)).toEqual([matchID]);
    expect(await lifecycle(server, matchID)).toBe('open');

    clock.aheadMs = 15 * minuteMs;
    expect(await listed(server)).toEqual([]);
    expect(await lifecycle(server, matchID)).toBe('expired');
    const join = await postJson(`${server.url}/games/silicon-curtain/${matchID}/join`, {
      playerName: 'late',
    });
    expect(join.status).toBe(410);
    expect(join.body).toMatchObject({ error: { code: 'matchExpired' } });
    const { info } = await syncedRawClient(server.url, matchID, null, undefined, clients);
    expect(info.state._stateID).toBe(0);

    // A configured time holds: with 60 minutes, the same match is still open.
    const patient = await startWithClock(clock, { lifecycle: { openExpiryMs: 60 * minuteMs } });
    const other = await createMatch(patient);
    expect(await lifecycle(patient, other)).toBe('open');
    expect(await joinSeat(patient, other, '0')).toEqual(expect.any(String));
  });

  it('marks a match with no move for 14 days abandoned: off the in-play list, still served', async () => {
    const clock = fakeClock();
    const server = await startWithClock(clock);
    const match = await seatedMatch(server);
    expect(await playServerSide(server, match, seedRng('abandoned'), 2)).toBe(2);
    expect(await listed(server, '&isGameover=false')).toEqual([match.matchID]);

    clock.aheadMs = 14 * dayMs;
    expect(await listed(server, '&isGameover=false')).toEqual([]);
    expect(await listed(server)).toEqual([]);
    expect(await lifecycle(server, match.matchID)).toBe('abandoned');
    const { info } = await syncedRawClient(server.url, match.matchID, '0', match.credentials['0'], clients);
    expect(info.state._stateID).toBe(2);
    expect(await server.store.loadJournal(match.matchID)).toHaveLength(2);
  });

  it('keeps a bot match off the lists and its bot idle until its human joins', async () => {
    const server = await startWithClock(fakeClock(), { botThinkMs: 0 });
    const games = `${server.url}/games/silicon-curtain`;
    const created = await postJson(`${games}/create`, {
      numPlayers: 2,
      setupData: { botSeat: '1', bot: 'greedy' },
    });
    const matchID = String(created.body.matchID);
    expect(await lifecycle(server, matchID)).toBe('open');
    expect(await listed(server)).toEqual([]);
    // Both seats choose a headline at once, so an eager bot would have moved by now.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await server.store.loadJournal(matchID)).toEqual([]);

    expect((await postJson(`${games}/${matchID}/join`, { playerName: 'Human' })).status).toBe(200);
    await expect
      .poll(async () => (await server.store.loadJournal(matchID)).map((entry) => entry.seat))
      .toEqual(['1']);
    expect(await lifecycle(server, matchID)).toBe('inPlay');
    expect(await listed(server)).toEqual([matchID]);
  });

  it('answers 429 to an address creating too many matches, while other addresses still create', async () => {
    const clock = fakeClock();
    const server = await startWithClock(clock, { limits: defaultLimits });
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push(await createFrom(server, '127.0.0.1'));
    expect(statuses).toEqual([200, 200, 200, 200, 200, 200, 429]);
    const refused = await postJson(`${server.url}/games/silicon-curtain/create`, { numPlayers: 2 });
    expect(refused).toEqual({
      status: 429,
      body: {
        error: {
          code: 'rateLimited',
          message: 'too many new matches from this address: wait a minute, or join an open match',
        },
      },
    });
    expect(await createFrom(server, '127.0.0.2')).toBe(200);
    // Other requests from the refused address still go through (the quota is apart from the budget).
    expect((await fetch(`${server.url}/games/silicon-curtain`)).status).toBe(200);
    // One more a tenth of a minute later.
    clock.aheadMs = 10_000;
    expect(await createFrom(server, '127.0.0.1')).toBe(200);
    expect(await createFrom(server, '127.0.0.1')).toBe(429);
    expect(await server.store.listMatches()).toHaveLength(8);
  });

  it('counts a rematch against the same quota, and still answers a rematch already made', async () => {
    const clock = fakeClock();
    const server = await startWithClock(clock, { limits: defaultLimits });
    const { matchID, credentials } = await seatedMatch(server);
    const games = `${server.url}/games/silicon-curtain`;
    const rematch = await postJson(`${games}/${matchID}/playAgain`, {
      playerID: '0',
      credentials: credentials['0'],
    });
    expect(rematch.status).toBe(200);
    const nextMatchID = String(rematch.body.nextMatchID);
    // Chaining rematches (join the new match's free seat, ask for its rematch, again) makes new matches
    // with no create call: the creation quota holds them.
    const statuses: number[] = [];
    let current = nextMatchID;
    let refused: Awaited<ReturnType<typeof postJson>> | undefined;
    for (let i = 0; i < 8 && !refused; i++) {
      const seat = await joinSeat(server, current, '0');
      const reply = await postJson(`${games}/${current}/playAgain`, { playerID: '0', credentials: seat });
      statuses.push(reply.status);
      if (reply.status === 200) current = String(reply.body.nextMatchID);
      else refused = reply;
    }
    expect(statuses.slice(0, -1).every((status) => status === 200)).toBe(true);
    expect(refused?.body).toEqual({
      error: {
        code: 'rateLimited',
        message: 'too many new matches from this address: wait a minute, or join an open match',
      },
    });
    // Asking again for a rematch that exists makes nothing and is not refused.
    expect(
      (await postJson(`${games}/${matchID}/playAgain`, { playerID: '0', credentials: credentials['0'] }))
        .body,
    ).toEqual({
      nextMatchID,
    });
    // The default quota's burst of six new matches: the seated match and five rematches.
    expect(await server.store.listMatches()).toHaveLength(6);
  });
});
