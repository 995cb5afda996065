import type { State } from 'boardgame.io';
import { describe, expect, it } from 'vitest';
import type { GameState } from '../../rules/index.ts';
import type { RawClient } from './helpers/raw-socket.ts';
import { connected, expectRejected } from './helpers/raw-socket.ts';
import { socketSessions } from './helpers/socket-session.ts';
import type { Seated, TestServer } from './helpers/test-server.ts';
import { createMatch } from './helpers/test-server.ts';

const { start, setup, open, seated } = socketSessions();

async function storedState(server: TestServer, matchID: string): Promise<State> {
  const state = await server.store.loadState(matchID);
  if (!state) throw new Error('no state');
  return state;
}

const makeMove = (type: string, fields: unknown, playerID: string, credentials: unknown) => ({
  type: 'MAKE_MOVE',
  payload: { type, args: [fields], playerID, credentials },
});

/** Seat "0" chooses its first card as headline at state 0. */
function chooseUsHeadline(client: RawClient, match: Seated, G: GameState): void {
  client.socket.emit(
    'update',
    makeMove('chooseHeadline', { cardId: G.hands.us[0] }, '0', match.credentials['0']),
    0,
    match.matchID,
    '0',
  );
}

describe('Socket.IO: clients never write state', () => {
  it.each(['UPDATE', 'PATCH', 'RESET', 'SYNC', 'UNDO', 'REDO', 'PLUGIN', 'GAME_EVENT'])(
    'refuses a raw %s action and changes nothing',
    async (type) => {
      const { server, match } = await setup();
      const { client } = await seated(server.url, match, '0');
      const before = await storedState(server, match.matchID);
      const forged = { ...before, G: { ...(before.G as GameState), result: { winner: 'us' } } };
      const rejected = await expectRejected(
        client,
        'update',
        {
          type,
          state: forged,
          patch: [],
          payload: { type: 'endTurn', args: [], playerID: '0', credentials: match.credentials['0'] },
        },
        before._stateID,
        match.matchID,
        '0',
      );
      expect(rejected.code).toBe('forbiddenAction');
      expect(rejected.message).toContain(type);
      expect(await storedState(server, match.matchID)).toEqual(before);
    },
  );
});

describe('Socket.IO: authentication', () => {
  it('refuses a move whose payload names the other seat (seat spoofing)', async () => {
    const { server, match } = await setup();
    const { client, state } = await seated(server.url, match, '0');
    const chinaCard = (await storedState(server, match.matchID)).G as GameState;
    const card = chinaCard.hands.china[0];
    const rejected = await expectRejected(
      client,
      'update',
      makeMove('chooseHeadline', { cardId: card }, '1', match.credentials['0']),
      state._stateID,
      match.matchID,
      '0',
    );
    expect(rejected.code).toBe('seatMismatch');
    expect((await storedState(server, match.matchID))._stateID).toBe(0);
  });

  it('refuses wrong and missing credentials on moves', async () => {
    const { server, match } = await setup();
    const { client, state } = await seated(server.url, match, '0');
    const card = ((await storedState(server, match.matchID)).G as GameState).hands.us[0];
    for (const credentials of ['wrong', undefined, match.credentials['1'], { toString: 'x' }]) {
      const rejected = await expectRejected(
        client,
        'update',
        makeMove('chooseHeadline', { cardId: card }, '0', credentials),
        state._stateID,
        match.matchID,
        '0',
      );
      expect(rejected.code).toBe('unauthorized');
    }
    expect((await storedState(server, match.matchID))._stateID).toBe(0);
  });

  it('refuses a sync with wrong credentials, and moves from a socket that is not synced to that seat', async () => {
    const { server, match } = await setup();
    const client = open(server.url);
    await connected(client);
    const bad = await expectRejected(client, 'sync', match.matchID, '1', 'guess', 2);
    expect(bad.code).toBe('unauthorized');
    const card = ((await storedState(server, match.matchID)).G as GameState).hands.china[0];
    const move = await expectRejected(
      client,
      'update',
      makeMove('chooseHeadline', { cardId: card }, '1', match.credentials['1']),
      0,
      match.matchID,
      '1',
    );
    expect(move.code).toBe('notSynced');
    expect((await storedState(server, match.matchID))._stateID).toBe(0);
  });

  it('refuses seats nobody joined, and seats other than "0" and "1" (including __proto__)', async () => {
    const server = await start();
    const matchID = await createMatch(server);
    const client = open(server.url);
    await connected(client);
    expect((await expectRejected(client, 'sync', matchID, '0', undefined, 2)).code).toBe('unauthorized');
    for (const seat of ['__proto__', '2', 'constructor', 0]) {
      expect((await expectRejected(client, 'sync', matchID, seat, 'x', 2)).code).toBe('seatMismatch');
    }
    expect(({} as Record<string, unknown>).credentials).toBeUndefined();
  });

  it('creates nothing on a sync for an unknown match', async () => {
    const server = await start();
    const client = open(server.url);
    await connected(client);
    const rejected = await expectRejected(client, 'sync', 'no-such-match', '0', 'x', 2);
    expect(rejected.code).toBe('matchNotFound');
    const spectator = await expectRejected(client, 'sync', 'no-such-match-either', null, undefined, 7);
    expect(spectator.code).toBe('matchNotFound');
    expect(await server.store.listMatches()).toEqual([]);
  });
});

describe('Socket.IO: the kernel decides, with clear reasons', () => {
  it('returns the kernel rejection code for an illegal move and changes nothing', async () => {
    const { server, match } = await setup();
    const { client, state } = await seated(server.url, match, '0');
    const G = (await storedState(server, match.matchID)).G as GameState;
    const notMine = G.hands.china[0];
    const illegal = await expectRejected(
      client,
      'update',
      makeMove('chooseHeadline', { cardId: notMine }, '0', match.credentials['0']),
      state._stateID,
      match.matchID,
      '0',
    );
    expect(illegal).toMatchObject({ code: 'cardNotInHand', matchID: match.matchID });
    expect(illegal.message.length).toBeGreaterThan(0);
    const wrongPhase = await expectRejected(
      client,
      'update',
      makeMove('endTurn', {}, '0', match.credentials['0']),
      state._stateID,
      match.matchID,
      '0',
    );
    expect(wrongPhase.code).toBe('wrongPhase');
    const malformed = await expectRejected(
      client,
      'update',
      makeMove(
        'chooseHeadline',
        { cardId: G.hands.us[0], __proto__: { x: 1 }, extra: 1 },
        '0',
        match.credentials['0'],
      ),
      state._stateID,
      match.matchID,
      '0',
    );
    expect(malformed.code).toBe('malformedMove');
    const stale = await expectRejected(
      client,
      'update',
      makeMove('chooseHeadline', { cardId: G.hands.us[0] }, '0', match.credentials['0']),
      state._stateID + 5,
      match.matchID,
      '0',
    );
    expect(stale.code).toBe('staleState');
    expect((await storedState(server, match.matchID))._stateID).toBe(0);
  });

  it('accepts a legal move and broadcasts it only after it is stored', async () => {
    const { server, match } = await setup();
    const us = await seated(server.url, match, '0');
    const china = await seated(server.url, match, '1');
    const G = (await storedState(server, match.matchID)).G as GameState;
    const update = china.client.next('state');
    chooseUsHeadline(us.client, match, G);
    const [matchID, state, deltalog] = await update;
    expect(matchID).toBe(match.matchID);
    expect((state as State)._stateID).toBe(1);
    expect((await storedState(server, match.matchID))._stateID).toBe(1);
    // The rival sees that a headline was chosen, not which.
    expect(JSON.stringify(deltalog)).not.toContain(String(G.hands.us[0]));
    expect(JSON.stringify(state)).not.toContain(`"${String(G.hands.us[0])}"`);
    // It came as a patch from the synced state 0, small, and it rebuilds exactly the server's view.
    const frame = china.client.frames.find(([event]) => event === 'patch');
    expect(frame?.slice(1, 3)).toEqual([match.matchID, 0]);
    expect(JSON.stringify(frame).length).toBeLessThan(JSON.stringify(state).length / 4);
    expect(JSON.stringify(frame)).not.toContain(`"${String(G.hands.us[0])}"`);
    expect(state).toEqual(
      JSON.parse(JSON.stringify(server.authority.filterFor('1', await storedState(server, match.matchID)))),
    );
    expect(china.client.brokenPatches).toBe(0);
  });
});

describe('Socket.IO: credentials follow the seat', () => {
  it('refuses credentials accepted a moment ago (sync) once their seat has been left', async () => {
    const { server, match } = await setup();
    const us = await seated(server.url, match, '0');
    const china = await seated(server.url, match, '1');
    const G = (await storedState(server, match.matchID)).G as GameState;
    const moved = us.client.next('state');
    chooseUsHeadline(us.client, match, G);
    await moved;
    const left = await fetch(`${server.url}/games/silicon-curtain/${match.matchID}/leave`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ playerID: '1', credentials: match.credentials['1'] }),
    });
    expect(left.status).toBe(200);
    const refused = await expectRejected(
      china.client,
      'update',
      makeMove('chooseHeadline', { cardId: G.hands.china[0] }, '1', match.credentials['1']),
      1,
      match.matchID,
      '1',
    );
    expect(refused.code).toBe('unauthorized');
    expect((await storedState(server, match.matchID))._stateID).toBe(1);
  });
});

describe('Socket.IO: views', () => {
  it('sync reply is filtered: state, initialState and log carry no rival hand, deck or PRNG', async () => {
    const { server, match } = await setup();
    const us = await seated(server.url, match, '0');
    const truth = await storedState(server, match.matchID);
    const G = truth.G as GameState;
    chooseUsHeadline(us.client, match, G);
    await us.client.next('state');
    const china = open(server.url);
    await connected(china);
    const reply = china.next('sync');
    china.socket.emit('sync', match.matchID, '1', match.credentials['1'], 2);
    const [, info] = await reply;
    const text = JSON.stringify(info);
    const sync = info as {
      state: State;
      initialState: State;
      log: { action: { payload: { args: unknown } } }[];
    };
    expect(sync.state._stateID).toBe(1);
    expect(sync.initialState.G).not.toHaveProperty('deck');
    expect(sync.initialState.G).not.toHaveProperty('rng');
    expect(sync.log).toHaveLength(1);
    expect(sync.log[0]?.action.payload.args).toBeNull();
    for (const card of G.hands.us) expect(text).not.toContain(`"${card}"`);
    expect(text).not.toContain(JSON.stringify(G.deck));
    expect(text).not.toContain((truth.plugins.random?.data as { seed: string }).seed);
    expect(text).not.toContain('credentials');
  });

  it('a spectator gets the spectator view: no hand at all', async () => {
    const { server, match } = await setup();
    const spectator = open(server.url);
    await connected(spectator);
    const reply = spectator.next('sync');
    spectator.socket.emit('sync', match.matchID, null, undefined, 2);
    const [, info] = await reply;
    const view = (info as { state: State }).state.G as { viewer: string; hand: string[] };
    expect(view.viewer).toBe('spectator');
    expect(view.hand).toEqual([]);
    const moving = await expectRejected(
      spectator,
      'update',
      makeMove('endTurn', {}, '0', 'x'),
      0,
      match.matchID,
      '0',
    );
    expect(moving.code).toBe('notSynced');
  });
});

describe('Socket.IO: origins', () => {
  it('refuses a connection from an origin that is not configured', async () => {
    const server = await start({ origins: 'https://silicon-curtain.example' });
    const evil = open(server.url, { origin: 'https://evil.example' });
    await expect(connected(evil)).rejects.toThrow();
    const good = open(server.url, { origin: 'https://silicon-curtain.example' });
    await connected(good);
    expect(good.socket.connected).toBe(true);
  });
});
