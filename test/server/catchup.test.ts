import { deflateRawSync } from 'node:zlib';
import type { LogEntry, State } from 'boardgame.io';
import { Client } from 'boardgame.io/client';
import { SocketIO } from 'boardgame.io/multiplayer';
import { io } from 'socket.io-client';
import { afterEach, describe, expect, it } from 'vitest';
import type { GameState, PlayerView } from '../../rules/index.ts';
import { SiliconCurtain, legalMoves } from '../../rules/index.ts';
import { seedRng } from '../../rules/rng.ts';
import { defaultCatchUp } from '../../server/authority/catch-up.ts';
import type { RawClient } from './helpers/raw-socket.ts';
import { connected, rawClient } from './helpers/raw-socket.ts';
import { playServerSide } from './helpers/server-moves.ts';
import type { Seated, TestServer } from './helpers/test-server.ts';
import { seatedMatch, startTestServer } from './helpers/test-server.ts';
import { stateFromView } from '../../rules/index.ts';

let server: TestServer | undefined;
const clients: RawClient[] = [];
const stops: (() => void)[] = [];

afterEach(async () => {
  for (const client of clients.splice(0)) client.close();
  for (const stop of stops.splice(0)) stop();
  await server?.drain();
  server = undefined;
});

interface SyncInfo {
  state: State;
  initialState: State;
  log: LogEntry[];
}

/** A fresh socket's sync for a seat: the reply and its size as JSON and as our permessage-deflate settings would send it. */
async function measureSync(url: string, match: Seated, seat: '0' | '1') {
  const client = rawClient(url);
  clients.push(client);
  await connected(client);
  const reply = client.next('sync');
  client.socket.emit('sync', match.matchID, seat, match.credentials[seat], 2);
  const frame = await reply;
  const text = JSON.stringify(['sync', ...frame]);
  const info = frame[1] as SyncInfo;
  return {
    info,
    bytes: Buffer.byteLength(text),
    deflated: deflateRawSync(text, { windowBits: 13, memLevel: 4 }).length,
  };
}

/** Bytes the server actually sent for a sync over a websocket (permessage-deflate as negotiated). */
async function wireBytesOfSync(url: string, match: Seated, seat: '0' | '1'): Promise<number> {
  const socket = io(`${url}/silicon-curtain`, {
    forceNew: true,
    reconnection: false,
    transports: ['websocket'],
  });
  stops.push(() => {
    socket.close();
  });
  await new Promise<void>((resolve) => {
    socket.once('connect', () => {
      resolve();
    });
  });
  // engine.io-client's websocket transport over `ws`: its TCP socket counts the bytes read.
  const tcp = (socket.io.engine as unknown as { transport: { ws: { _socket: { bytesRead: number } } } })
    .transport.ws._socket;
  await new Promise((resolve) => setTimeout(resolve, 50));
  const before = tcp.bytesRead;
  const reply = new Promise<void>((resolve) => {
    socket.once('sync', () => {
      resolve();
    });
  });
  socket.emit('sync', match.matchID, seat, match.credentials[seat], 2);
  await reply;
  await new Promise((resolve) => setTimeout(resolve, 50));
  return tcp.bytesRead - before;
}

/** Appends `count` commits (one log entry each) straight to the store: a 1,000-move log in milliseconds. */
async function padLog(server: TestServer, matchID: string, count: number): Promise<void> {
  const [state, log] = await Promise.all([server.store.loadState(matchID), server.store.loadLog(matchID)]);
  const sample = log.at(-1);
  if (!state || !sample) throw new Error('nothing to pad');
  let stateID = state._stateID;
  for (let i = 0; i < count; i++) {
    stateID++;
    const committed = await server.store.commitState(matchID, {
      state: { ...state, _stateID: stateID },
      deltalog: [{ ...sample, _stateID: stateID - 1 }],
    });
    if (!committed) throw new Error('pad commit refused');
  }
}

/**
 * A sync carries the seat's state twice (as the state, and as the initial state a partial log needs) and
 * the log tail. Since rules 2.5.0 every log entry in the state records its effects, so the state itself is
 * bigger: 9.5–10.8 KB on the wire after 30 moves, against ~7.2 KB before. The bound guards against the
 * move log leaking into the sync, which the assertions below check directly.
 */
const limitBytes = 12 * 1024;

describe('reconnect catch-up is bounded', () => {
  it('a sync after 1,000 moves carries a bounded log tail (≤ 12 KB compressed, no growth with length)', async () => {
    server = await startTestServer();
    const match = await seatedMatch(server);
    await playServerSide(server, match, seedRng('catchup-1'), 30);
    const short = await measureSync(server.url, match, '1');
    await padLog(server, match.matchID, 1000);
    const before = await measureSync(server.url, match, '1');
    // The gap: the rival kept playing while seat "1" was away.
    await padLog(server, match.matchID, 10);
    const after = await measureSync(server.url, match, '1');
    const fullLog = JSON.stringify(await server.store.loadLog(match.matchID)).length;
    const wire = await wireBytesOfSync(server.url, match, '1');
    console.log(
      `catch-up: full log ${fullLog} B; sync after 30 moves ${short.bytes} B JSON (${short.deflated} B deflated); ` +
        `after 1,040 moves ${after.bytes} B JSON (${after.deflated} B deflated, ${wire} B on the wire), ` +
        `log tail ${after.info.log.length} entries`,
    );
    expect(wire).toBeLessThanOrEqual(limitBytes);
    expect(after.info.state._stateID).toBe(before.info.state._stateID + 10);
    expect(after.info.log.length).toBeLessThanOrEqual(defaultCatchUp.maxEntries);
    expect(after.info.log.at(-1)?._stateID).toBe(after.info.state._stateID - 1);
    expect(Buffer.byteLength(JSON.stringify(after.info.log))).toBeLessThanOrEqual(
      defaultCatchUp.maxBytes + 2,
    );
    expect(after.deflated).toBeLessThanOrEqual(limitBytes);
    // Bounded: 1,000 more moves add (almost) nothing.
    expect(after.bytes).toBeLessThan(short.bytes + defaultCatchUp.maxBytes);
    // Nothing but the state (twice) and the bounded tail: not the 1,040-move log.
    const stateBytes = JSON.stringify(after.info.state).length;
    expect(after.bytes).toBeLessThan(2 * stateBytes + defaultCatchUp.maxBytes + 1024);
    expect(after.bytes).toBeLessThan(fullLog / 2);
  });

  it('the stock client reconnects after a gap, gets a short log and the right state, and plays on', async () => {
    server = await startTestServer();
    const match = await seatedMatch(server);
    const rng = seedRng('catchup-2');
    await playServerSide(server, match, rng, 8);
    const connect = () => {
      const client = Client<GameState>({
        game: SiliconCurtain,
        multiplayer: SocketIO({ server: server?.url ?? '' }),
        matchID: match.matchID,
        playerID: '1',
        credentials: match.credentials['1'],
        debug: false,
      });
      client.start();
      let running = true;
      const stop = (): void => {
        if (running) client.stop();
        running = false;
      };
      stops.push(stop);
      return { client, stop };
    };
    const reached = (client: ReturnType<typeof connect>['client'], stateID: number) =>
      new Promise<void>((resolve) => {
        const check = (): void => {
          if ((client.getState()?._stateID ?? -1) >= stateID) resolve();
        };
        client.subscribe(check);
        check();
      });
    const first = connect();
    await reached(first.client, (await server.store.loadState(match.matchID))?._stateID ?? 0);
    first.stop();
    // The gap.
    await playServerSide(server, match, rng, 10);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const stored = await server.store.loadState(match.matchID);
    if (!stored) throw new Error('no state');
    const { client: again } = connect();
    await reached(again, stored._stateID);
    const seen = again.getState();
    expect(seen?._stateID).toBe(stored._stateID);
    expect(seen?.G).toEqual(server.authority.filterFor('1', stored).G);
    expect(seen?.log.length).toBeGreaterThan(0);
    expect(seen?.log.length).toBeLessThanOrEqual(defaultCatchUp.maxEntries);
    // It can still play: China moves whenever it has a legal move, else the US moves server-side.
    let state = stored;
    for (let i = 0; i < 40 && state.ctx.gameover === undefined; i++) {
      const view = again.getState()?.G as unknown as PlayerView;
      const legal = legalMoves(stateFromView(view, 'china'), 'china');
      const move = legal[0];
      if (move) {
        const { type, side: _side, ...fields } = move;
        again.moves[type]?.(fields);
        await reached(again, state._stateID + 1);
      } else {
        await playServerSide(server, match, rng, 1);
        await reached(again, state._stateID + 1);
      }
      const next = await server.store.loadState(match.matchID);
      if (!next) throw new Error('no state');
      expect(next._stateID).toBe(state._stateID + 1);
      state = next;
    }
    expect(state._stateID).toBeGreaterThan(stored._stateID);
  });
});
