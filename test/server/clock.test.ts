import type { State } from 'boardgame.io';
import { afterEach, describe, expect, it } from 'vitest';
import type { GameState } from '../../rules/index.ts';
import type { ClockState } from '../../server/clock/clock.ts';
import { flaggedAt, parseClockSettings, settle, startClock } from '../../server/clock/clock.ts';
import type { RawClient } from './helpers/raw-socket.ts';
import { expectRejected, syncedRawClient } from './helpers/raw-socket.ts';
import type { TestServer } from './helpers/test-server.ts';
import { joinSeat, startTestServer } from './helpers/test-server.ts';

const servers: TestServer[] = [];
const clients: RawClient[] = [];

afterEach(async () => {
  for (const client of clients.splice(0)) client.close();
  for (const server of servers.splice(0)) await server.drain();
});

async function clockedMatch(server: TestServer, initialSeconds: number, incrementSeconds = 0) {
  const response = await fetch(`${server.url}/games/silicon-curtain/create`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ numPlayers: 2, clock: { initialSeconds, incrementSeconds } }),
  });
  expect(response.status).toBe(200);
  const { matchID } = (await response.json()) as { matchID: string };
  return {
    matchID,
    credentials: { '0': await joinSeat(server, matchID, '0'), '1': await joinSeat(server, matchID, '1') },
  };
}

async function syncedSeat(url: string, matchID: string, seat: '0' | '1', credentials: string) {
  return (await syncedRawClient(url, matchID, seat, credentials, clients)).client;
}

/** The US chooses its headline at once (China's clock keeps running). */
async function usHeadline(server: TestServer, client: RawClient, matchID: string, credentials: string) {
  const G = (await server.store.loadState(matchID))?.G as GameState | undefined;
  const update = client.next('state');
  client.socket.emit(
    'update',
    {
      type: 'MAKE_MOVE',
      payload: { type: 'chooseHeadline', args: [{ cardId: G?.hands.us[0] }], playerID: '0', credentials },
    },
    0,
    matchID,
    '0',
  );
  await update;
}

async function storedClock(server: TestServer, matchID: string): Promise<ClockState | undefined> {
  const stored = await server.store.loadMetadata(matchID);
  return (stored?.metadata.setupData as { clock?: ClockState } | undefined)?.clock;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('clock arithmetic', () => {
  it('charges running seats, adds the increment to movers, flags an empty bank', () => {
    const clock = startClock({ initialSeconds: 10, incrementSeconds: 2 }, 1000);
    const after = settle(clock, ['0', '1'], ['0'], 1, 4000);
    expect(after.banksMs).toEqual({ 0: 9000, 1: 7000 });
    expect(flaggedAt(after, ['1'], 4000 + 6999)).toBeUndefined();
    expect(flaggedAt(after, ['1'], 4000 + 7000)).toBe('1');
    expect(flaggedAt(after, [], 1e12)).toBeUndefined();
    expect(parseClockSettings({ initialSeconds: 0 }).ok).toBe(false);
    expect(parseClockSettings({ initialSeconds: 60, incrementSeconds: -1 }).ok).toBe(false);
    expect(parseClockSettings({ initialSeconds: 60, extra: 1 }).ok).toBe(false);
    expect(parseClockSettings({ initialSeconds: 60 })).toEqual({
      ok: true,
      value: { initialSeconds: 60, incrementSeconds: 0 },
    });
  });
});

describe('server clocks', () => {
  it('ends the match as a loss on time for the seat whose bank ran out; later moves are refused', async () => {
    const server = await startTestServer();
    servers.push(server);
    // 1 s: creating, joining and syncing must fit in the bank, and take up to 0.5 s on a busy machine.
    const match = await clockedMatch(server, 1);
    const us = await syncedSeat(server.url, match.matchID, '0', match.credentials['0']);
    await usHeadline(server, us, match.matchID, match.credentials['0']);
    const over = us.next('state', 3000);
    const [, final] = await over;
    expect((final as State).ctx.gameover).toEqual({ winner: '0', reason: 'time', loserOnTime: '1' });
    const china = await syncedSeat(server.url, match.matchID, '1', match.credentials['1']);
    const G = (await server.store.loadState(match.matchID))?.G as GameState | undefined;
    const chinaHeadlineAt = (stateID: number) =>
      expectRejected(
        china,
        'update',
        {
          type: 'MAKE_MOVE',
          payload: {
            type: 'chooseHeadline',
            args: [{ cardId: G?.hands.china[0] }],
            playerID: '1',
            credentials: match.credentials['1'],
          },
        },
        stateID,
        match.matchID,
        '1',
      );
    expect((await chinaHeadlineAt(2)).code).toBe('gameOver');
    // China's headline made before the flag, one commit late: a headline chosen while the rival's landed
    // would stand, but the match is over, and a move made before the end is stale.
    const beforeTheEnd = await chinaHeadlineAt(1);
    expect(beforeTheEnd.code).toBe('staleState');
    const stored = await server.store.loadMetadata(match.matchID);
    expect(stored?.metadata.gameover).toEqual({ winner: '0', reason: 'time', loserOnTime: '1' });
    await sleep(50);
    const clock = await storedClock(server, match.matchID);
    expect(clock?.flagged).toBe('1');
    expect(clock?.banksMs['1']).toBeLessThanOrEqual(0);
    expect(clock?.banksMs['0']).toBeGreaterThan(0);
  });

  it('survives a restart: the bank and last-move time are stored, and the restarted server flags on time', async () => {
    const first = await startTestServer();
    const match = await clockedMatch(first, 1.5, 0);
    const us = await syncedSeat(first.url, match.matchID, '0', match.credentials['0']);
    await usHeadline(first, us, match.matchID, match.credentials['0']);
    await sleep(100);
    const saved = await storedClock(first, match.matchID);
    expect(saved?.stateID).toBe(1);
    expect(saved?.banksMs['1']).toBeLessThan(1500);
    us.close();
    await first.closeNow();
    const second = await startTestServer({ dataDir: first.dataDir });
    servers.push(second);
    expect((await second.store.loadState(match.matchID))?.ctx.gameover).toBeUndefined();
    let state = await second.store.loadState(match.matchID);
    for (let i = 0; i < 100 && state?.ctx.gameover === undefined; i++) {
      await sleep(50);
      state = await second.store.loadState(match.matchID);
    }
    expect(state?.ctx.gameover).toEqual({ winner: '0', reason: 'time', loserOnTime: '1' });
  });

  it('matches without a clock have none', async () => {
    const server = await startTestServer();
    servers.push(server);
    const response = await fetch(`${server.url}/games/silicon-curtain/create`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ numPlayers: 2, clock: { initialSeconds: 'soon' } }),
    });
    expect(response.status).toBe(400);
  });
});
