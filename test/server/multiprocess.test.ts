import type { State } from 'boardgame.io';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import type { GameState, PlayerView } from '../../rules/index.ts';
import { legalMoves, sideOfPlayerId } from '../../rules/index.ts';
import type { ClientMove } from '../../server/authority/client-action.ts';
import { PostgresStore } from '../../server/storage/postgres-store.ts';
import type { PatchOperation } from '../../server/transport/json-patch.ts';
import { applyJsonPatch } from '../../server/transport/json-patch.ts';
import { spawnServerWithEnv, stopServer, withTimeout } from './helpers/cluster.ts';
import { SeatDriver } from './helpers/seat-driver.ts';
import type { ServerProcess } from './helpers/server-process.ts';
import {
  postgresUnreachable,
  redisUnreachable,
  skipReason,
  testDatabaseUrl,
  testRedisUrl,
  testSchema,
  uniqueName,
} from './helpers/services.ts';
import type { TestSchema } from './helpers/services.ts';
import type { RawClient } from './helpers/raw-socket.ts';
import { connected, rawClient, syncedRawClient } from './helpers/raw-socket.ts';
import type { TestServer } from './helpers/test-server.ts';
import { createMatch, joinSeat, seatedMatch, startTestServer } from './helpers/test-server.ts';

const reasons = await Promise.all([postgresUnreachable(), redisUnreachable()]);
const skipped = skipReason('Several processes on PostgreSQL + Redis', reasons);
const title =
  skipped === undefined
    ? 'several processes on PostgreSQL + Redis'
    : `several processes on PostgreSQL + Redis (skipped: ${skipped})`;

const schemas: TestSchema[] = [];
afterAll(async () => {
  if (skipped !== undefined) return;
  for (const schema of schemas.splice(0)) await schema.drop();
});

/** One test's own schema and channel namespace. */
function isolated() {
  const schema = testSchema();
  schemas.push(schema);
  return { schema: schema.name, namespace: uniqueName('sc_test') };
}

type Frame = readonly unknown[];

/** The state ids and public parts of what one client was shown, in order. */
function shown(frames: Frame[]): { id: number; ctx: string; open: string }[] {
  const seen: { id: number; ctx: string; open: string }[] = [];
  let held: State | undefined;
  for (const [event, , payload, , patch] of frames) {
    let state: State | undefined;
    if (event === 'update') state = payload as State;
    if (event === 'sync') state = (payload as { state: State }).state;
    if (event === 'patch') {
      // A patch starts at the state this client holds (the server checks it per socket).
      expect(held?._stateID).toBe(payload);
      state = applyJsonPatch(structuredClone(held), patch as PatchOperation[]) as State;
    }
    if (!state) continue;
    held = state;
    const {
      viewer: _viewer,
      hand: _hand,
      ownHeadline: _ownHeadline,
      headlineChosen: _headlineChosen,
      ...open
    } = state.G as PlayerView;
    seen.push({ id: state._stateID, ctx: JSON.stringify(state.ctx), open: JSON.stringify(open) });
  }
  return seen;
}

/** Two in-process servers on one fresh PostgreSQL schema and Redis namespace; the caller drains them. */
async function twoServers(): Promise<{ a: TestServer; b: TestServer; namespace: string }> {
  expect(reasons, 'PostgreSQL and Redis are required here').toEqual([undefined, undefined]);
  const { schema, namespace } = isolated();
  const options = {
    databaseUrl: testDatabaseUrl,
    databaseSchema: schema,
    redisUrl: testRedisUrl,
    redisNamespace: namespace,
  };
  const a = await startTestServer(options);
  try {
    return { a, b: await startTestServer(options), namespace };
  } catch (error) {
    await a.drain();
    throw error;
  }
}

describe.skipIf(skipped !== undefined)(title, () => {
  it('reaches PostgreSQL and Redis', () => {
    expect(reasons).toEqual([undefined, undefined]);
  });

  it('plays matches with their two seats on two processes: no fork, no gap, the same states on both', async () => {
    expect(reasons, 'PostgreSQL and Redis are required here').toEqual([undefined, undefined]);
    const { schema, namespace } = isolated();
    const env = {
      DATABASE_URL: testDatabaseUrl,
      DATABASE_SCHEMA: schema,
      REDIS_URL: testRedisUrl,
      REDIS_NAMESPACE: namespace,
    };
    const notices = new Map<string, number[]>();
    const listener = new Redis(testRedisUrl);
    const servers: ServerProcess[] = [];
    const drivers: SeatDriver[] = [];
    let store: PostgresStore | undefined;
    try {
      await listener.psubscribe(`${namespace}:match:*`);
      listener.on('pmessage', (_pattern: string, channel: string, message: string) => {
        // The channel carries commit notices, chat and presence changes: count the commits.
        const { stateID } = JSON.parse(message) as { stateID?: number };
        if (stateID === undefined) return;
        const matchID = channel.slice(`${namespace}:match:`.length);
        const ids = notices.get(matchID) ?? [];
        ids.push(stateID);
        notices.set(matchID, ids);
      });
      servers.push(...(await Promise.all([spawnServerWithEnv(env), spawnServerWithEnv(env)])));
      const [a, b] = servers;
      if (!a || !b) throw new Error('servers did not start');
      const health = (await (await fetch(`${b.url}/health`)).json()) as Record<string, unknown>;
      expect(health).toMatchObject({ ok: true, storage: 'postgres', bus: 'redis' });

      // Three matches at once; seat "0" on one process and seat "1" on the other, alternating.
      const matches: { matchID: string; us: SeatDriver; china: SeatDriver }[] = [];
      for (let k = 0; k < 3; k++) {
        const [first, second] = k % 2 === 0 ? [a, b] : [b, a];
        const matchID = await createMatch(first);
        const us = new SeatDriver(first.url, matchID, '0', await joinSeat(first, matchID, '0'), `mp-us-${k}`);
        const china = new SeatDriver(
          second.url,
          matchID,
          '1',
          await joinSeat(second, matchID, '1'),
          `mp-china-${k}`,
        );
        drivers.push(us, china);
        matches.push({ matchID, us, china });
      }
      await withTimeout(Promise.all(drivers.map((driver) => driver.done)), 150_000, 'the matches');

      store = await PostgresStore.open({ connectionString: testDatabaseUrl, schema, maxConnections: 2 });
      for (const { matchID, us, china } of matches) {
        const final = await store.loadState(matchID);
        expect(final?.ctx.gameover).toBeDefined();
        const last = final?._stateID ?? 0;
        const everyID = Array.from({ length: last }, (_, i) => i + 1);
        // The journal: one accepted move per state id, no gap, moves from both seats (both processes).
        const journal = await store.loadJournal(matchID);
        expect(journal.map((entry) => entry.stateID)).toEqual(everyID);
        expect(new Set(journal.map((entry) => entry.seat))).toEqual(new Set(['0', '1']));
        // Every state id was committed, and so published, exactly once.
        await withTimeout(
          (async () => {
            while ((notices.get(matchID)?.length ?? 0) < last)
              await new Promise((resolve) => setTimeout(resolve, 20));
          })(),
          5_000,
          'the notices',
        );
        expect([...(notices.get(matchID) ?? [])].sort((x, y) => x - y)).toEqual(everyID);
        // Both clients: strictly increasing state ids ending at the final state, and identical public
        // states (ctx and the open part of G) wherever both saw the same id.
        const seenByUs = shown(us.frames);
        const seenByChina = shown(china.frames);
        for (const seen of [seenByUs, seenByChina]) {
          const ids = seen.map((s) => s.id);
          expect(ids.every((id, i) => i === 0 || id > (ids[i - 1] ?? Number.POSITIVE_INFINITY))).toBe(true);
          expect(ids.at(-1)).toBe(last);
        }
        const chinaByID = new Map(seenByChina.map((s) => [s.id, s]));
        let common = 0;
        for (const s of seenByUs) {
          const other = chinaByID.get(s.id);
          if (!other) continue;
          common++;
          expect(other.ctx, `ctx at ${s.id}`).toBe(s.ctx);
          expect(other.open, `public state at ${s.id}`).toBe(s.open);
        }
        expect(common).toBeGreaterThan(last / 2);
        const honest = new Set(['staleState', 'rateLimited', 'conflict']);
        expect([...us.rejections, ...china.rejections].filter((r) => !honest.has(r.code))).toEqual([]);
      }
    } finally {
      for (const driver of drivers) driver.stop();
      await store?.close();
      listener.disconnect();
      const codes = await Promise.all(servers.map(stopServer));
      expect(codes).toEqual(servers.map(() => 0));
    }
  }, 180_000);

  it('carries chat between the seats and spectators of a match on two processes, checked on arrival', async () => {
    const { a, b, namespace } = await twoServers();
    const clients: RawClient[] = [];
    const forger = new Redis(testRedisUrl);
    try {
      const { matchID, credentials } = await seatedMatch(a);
      const synced = async (url: string, seat: '0' | '1' | null): Promise<RawClient> =>
        (await syncedRawClient(url, matchID, seat, seat === null ? undefined : credentials[seat], clients))
          .client;
      const us = await synced(a.url, '0');
      const china = await synced(b.url, '1');
      const spectator = await synced(b.url, null);

      const chinaHears = china.next('chat');
      const spectatorHears = spectator.next('chat');
      us.socket.emit('chat', matchID, { id: 'c1', sender: '0', payload: 'good luck' }, credentials['0']);
      expect((await chinaHears)[1]).toEqual({ id: 'c1', sender: '0', payload: 'good luck' });
      expect((await spectatorHears)[1]).toEqual({ id: 'c1', sender: '0', payload: 'good luck' });
      const usHears = us.next('chat');
      china.socket.emit('chat', matchID, { id: 'c2', sender: '1', payload: 'you too' }, credentials['1']);
      expect((await usHears)[1]).toEqual({ id: 'c2', sender: '1', payload: 'you too' });

      // What arrives over Redis is checked like a socket's message: too long, or no seat, goes nowhere.
      const channel = `${namespace}:match:${matchID}`;
      const origin = 'forged';
      await forger.publish(
        channel,
        JSON.stringify({ chat: { id: 'x', sender: '0', payload: 'z'.repeat(501) }, origin }),
      );
      await forger.publish(
        channel,
        JSON.stringify({ chat: { id: 'y', sender: '7', payload: 'hi' }, origin }),
      );
      const lastHeard = [us, china, spectator].map((client) => client.next('chat'));
      us.socket.emit('chat', matchID, { id: 'c3', sender: '0', payload: 'after' }, credentials['0']);
      await Promise.all(lastHeard);
      // Every socket heard each real message once (a sender hears its own, as boardgame.io's do), in
      // order, and neither forged one.
      for (const client of [us, china, spectator])
        expect(client.frames.filter(([event]) => event === 'chat').map(([, , chat]) => chat)).toEqual([
          { id: 'c1', sender: '0', payload: 'good luck' },
          { id: 'c2', sender: '1', payload: 'you too' },
          { id: 'c3', sender: '0', payload: 'after' },
        ]);
    } finally {
      for (const client of clients) client.close();
      forger.disconnect();
      for (const server of [a, b]) await server.drain();
    }
  });

  it('shows each seat as connected on both processes, and as gone once its socket leaves', async () => {
    const { a, b } = await twoServers();
    const clients: RawClient[] = [];
    type Player = { id: number; isConnected: boolean };
    const connectedIDs = (players: unknown): number[] =>
      (players as Player[]).filter((player) => player.isConnected).map((player) => player.id);
    try {
      const { matchID, credentials } = await seatedMatch(a);
      const open = async (url: string): Promise<RawClient> => {
        const client = rawClient(url);
        clients.push(client);
        await connected(client);
        return client;
      };
      const us = await open(a.url);
      let reply = us.next('sync');
      us.socket.emit('sync', matchID, '0', credentials['0'], 2);
      await reply;

      // China syncs on the other process: its reply, and the US seat's matchData, show both seats.
      const china = await open(b.url);
      const usSeesBoth = us.next('matchData');
      reply = china.next('sync');
      china.socket.emit('sync', matchID, '1', credentials['1'], 2);
      const [, info] = await reply;
      expect(connectedIDs((info as { filteredMetadata: unknown }).filteredMetadata)).toEqual([0, 1]);
      expect(connectedIDs((await usSeesBoth)[1])).toEqual([0, 1]);

      // China's socket leaves: the US seat is told it is gone.
      const usSeesOne = us.next('matchData');
      china.close();
      expect(connectedIDs((await usSeesOne)[1])).toEqual([0]);
    } finally {
      for (const client of clients) client.close();
      for (const server of [a, b]) await server.drain();
    }
  });

  it('two authorities racing on one match commit each state id once; the loser is refused', async () => {
    const { a, b } = await twoServers();
    try {
      const { matchID, credentials } = await seatedMatch(a);
      let races = 0;
      for (let round = 0; round < 40 && races < 15; round++) {
        const state = await a.store.loadState(matchID);
        if (!state || state.ctx.gameover !== undefined) break;
        for (const seat of ['0', '1'] as const) {
          const side = sideOfPlayerId(seat);
          const legal = side ? legalMoves(state.G as GameState, side) : [];
          const first = legal[0];
          if (!first) continue;
          const { type, side: _side, ...fields } = first;
          const move: ClientMove = {
            moveType: type,
            fields,
            payloadSeat: seat,
            credentials: credentials[seat],
          };
          const request = { matchID, seat, stateID: state._stateID, move };
          const outcomes = await Promise.all([a.authority.move(request), b.authority.move(request)]);
          const won = outcomes.filter((outcome) => outcome.ok);
          if (won.length === 0) continue;
          races++;
          expect(won).toHaveLength(1);
          const lost = outcomes.find((outcome) => !outcome.ok);
          expect(lost && !lost.ok ? lost.rejection.code : undefined).toMatch(/^(conflict|staleState)$/);
          break;
        }
      }
      expect(races).toBeGreaterThanOrEqual(5);
      const final = await b.store.loadState(matchID);
      const journal = await b.store.loadJournal(matchID);
      expect(journal.map((entry) => entry.stateID)).toEqual(
        Array.from({ length: final?._stateID ?? 0 }, (_, i) => i + 1),
      );
    } finally {
      for (const server of [a, b]) await server.drain();
    }
  });
});
