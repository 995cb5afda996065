import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterEach, describe, expect, it } from 'vitest';
import type { GameState } from '../../rules/index.ts';
import { cards, fingerprint } from '../../rules/index.ts';
import { seedRng } from '../../rules/rng.ts';
import type { Limits } from '../../server/transport/limits.ts';
import { defaultLimits } from '../../server/transport/limits.ts';
import type { Emit, FuzzTarget } from './helpers/junk.ts';
import { junkEmit } from './helpers/junk.ts';
import type { RawClient, Rejected } from './helpers/raw-socket.ts';
import { connected, expectRejected, rawClient } from './helpers/raw-socket.ts';
import type { Seated, TestServer } from './helpers/test-server.ts';
import { seatedMatch, startTestServer } from './helpers/test-server.ts';

let server: TestServer | undefined;
const clients: RawClient[] = [];

afterEach(async () => {
  for (const client of clients.splice(0)) client.close();
  await server?.drain();
  server = undefined;
});

const messagesTotal = 20_000;
const fuzzSockets = 16;
/** Test-only limits: the flood must reach the handlers, not the rate limiter. */
const fuzzLimits: Limits = {
  maxMessageBytes: 16 * 1024,
  perSocket: { perSecond: 1_000_000, burst: 1_000_000 },
  perAddress: { perSecond: 1_000_000, burst: 1_000_000 },
  maxChatChars: 500,
};

/** A full GC when the runtime allows it (V8 flag set at run time), else undefined. */
function collector(): (() => void) | undefined {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (exposed) return exposed;
  try {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as unknown;
    if (typeof gc !== 'function') return undefined;
    const collect = gc as () => void;
    return () => {
      collect();
    };
  } catch {
    return undefined;
  }
}

async function settleHeap(gc: (() => void) | undefined): Promise<number> {
  for (let i = 0; i < 3; i++) {
    gc?.();
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return process.memoryUsage().heapUsed;
}

function open(url: string): RawClient {
  const client = rawClient(url);
  clients.push(client);
  return client;
}

async function synced(url: string, matchID: string, seat: '0' | '1' | null, credentials?: string) {
  const client = open(url);
  await connected(client);
  const reply = client.next('sync');
  client.socket.emit('sync', matchID, seat, credentials, 2);
  await reply;
  return client;
}

async function until(done: () => boolean, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!done()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Everything of the canary that junk must never change. */
async function canaryPrint(server: TestServer, matchID: string): Promise<string> {
  const [state, metadata, log, journal] = await Promise.all([
    server.store.loadState(matchID),
    server.store.loadMetadata(matchID),
    server.store.loadLog(matchID),
    server.store.loadJournal(matchID),
  ]);
  return fingerprint({ state, metadata, log, journal });
}

/** Rough encoded size: junk above engine.io's hard limit would only drop the connection (tested apart). */
function roughSize(emit: Emit): number {
  try {
    return JSON.stringify(emit, (_key, value: unknown) =>
      value instanceof Uint8Array ? 'b'.repeat(value.length) : value,
    ).length;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

/**
 * Junk `update`s from the socket that holds seat "0", with its real credentials and the current state
 * id: they reach the kernel (which must refuse them: the US has already chosen its headline).
 */
function authenticated(emit: Emit, matchID: string, credentials: string): Emit {
  const [event, action] = emit;
  if (event !== 'update' || typeof action !== 'object' || action === null || Array.isArray(action))
    return emit;
  const { payload } = action as { payload?: unknown };
  const fields = typeof payload === 'object' && payload !== null ? payload : {};
  return ['update', { ...action, payload: { ...fields, playerID: '0', credentials } }, 1, matchID, '0'];
}

async function startCanary(limits?: Limits): Promise<{ server: TestServer; match: Seated }> {
  server = await startTestServer(limits ? { limits } : {});
  return { server, match: await seatedMatch(server) };
}

describe('fuzz: 20,000 random and malformed messages over real sockets', () => {
  it('crash nothing, change nothing, create nothing, and leave memory bounded', async () => {
    const { server, match } = await startCanary(fuzzLimits);
    const { matchID } = match;
    const us = await synced(server.url, matchID, '0', match.credentials['0']);
    const china = await synced(server.url, matchID, '1', match.credentials['1']);
    const start = server.store;
    const first = (await start.loadState(matchID))?.G as GameState | undefined;
    const headline = first?.hands.us[0];
    const moved = china.next('state');
    us.socket.emit(
      'update',
      {
        type: 'MAKE_MOVE',
        payload: {
          type: 'chooseHeadline',
          args: [{ cardId: headline }],
          playerID: '0',
          credentials: match.credentials['0'],
        },
      },
      0,
      matchID,
      '0',
    );
    await moved;

    const gc = collector();
    const heapBefore = await settleHeap(gc);
    const printBefore = await canaryPrint(server, matchID);
    const matchesBefore = (await server.store.listMatches()).length;
    const target: FuzzTarget = { matchID, cardIds: cards.map((card) => card.id) };

    // A third of the fuzzers are spectators of the canary, a quarter hold seat "0" with its real
    // credentials (the US has chosen its headline, so no move of seat "0" is legal), the rest unsynced.
    const fuzzers: RawClient[] = [];
    for (let i = 0; i < fuzzSockets; i++) {
      if (i % 4 === 0) fuzzers.push(await synced(server.url, matchID, '0', match.credentials['0']));
      else if (i % 3 === 0) fuzzers.push(await synced(server.url, matchID, null));
      else {
        const client = open(server.url);
        await connected(client);
        fuzzers.push(client);
      }
    }
    const rng = seedRng('fuzz-1');
    let sent = 0;
    let skipped = 0;
    const perSocket = messagesTotal / fuzzSockets;
    for (let round = 0; round < perSocket; round += 50) {
      for (const [index, fuzzer] of fuzzers.entries()) {
        const holdsSeat = index % 4 === 0;
        // Junk syncs may have rebound it as a spectator: take the seat again.
        if (holdsSeat) fuzzer.socket.emit('sync', matchID, '0', match.credentials['0'], 2);
        for (let k = 0; k < 50; k++) {
          let emit = junkEmit(rng, target);
          while (roughSize(emit) > 48 * 1024) {
            skipped++;
            emit = junkEmit(rng, target);
          }
          if (holdsSeat && k % 2 === 0) emit = authenticated(emit, matchID, match.credentials['0']);
          const [event, ...args] = emit;
          fuzzer.socket.emit(event, ...args);
          sent++;
        }
      }
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
    // A sentinel on every fuzzer: a sync for a unique unknown match id, answered after its junk.
    await Promise.all(
      fuzzers.map(async (fuzzer, index) => {
        const sentinel = `sentinel-${index}`;
        fuzzer.socket.emit('sync', sentinel, null, undefined, 2);
        await until(() =>
          fuzzer.frames.some(([event, r]) => event === 'rejected' && (r as Rejected).matchID === sentinel),
        );
      }),
    );
    await new Promise((resolve) => setTimeout(resolve, 200));

    const codes = new Map<string, number>();
    for (const fuzzer of fuzzers)
      for (const [event, rejection] of fuzzer.frames)
        if (event === 'rejected') {
          const code = (rejection as Rejected).code;
          codes.set(code, (codes.get(code) ?? 0) + 1);
        }
    const rejectedTotal = [...codes.values()].reduce((a, b) => a + b, 0);
    expect(fuzzers.every((fuzzer) => fuzzer.socket.connected)).toBe(true);
    for (const fuzzer of fuzzers) {
      fuzzer.close();
      fuzzer.frames.length = 0;
    }

    expect(sent).toBeGreaterThanOrEqual(messagesTotal);
    expect(codes.get('internalError') ?? 0).toBe(0);
    expect(rejectedTotal).toBeGreaterThan(messagesTotal / 2);
    expect(await canaryPrint(server, matchID)).toBe(printBefore);
    expect((await server.store.listMatches()).length).toBe(matchesBefore);

    const heapAfter = await settleHeap(gc);
    const grownMB = (heapAfter - heapBefore) / 2 ** 20;
    const boundMB = gc ? 16 : 128;
    console.log(
      `fuzz: ${sent} messages (${skipped} oversized regenerated), ${rejectedTotal} rejections`,
      Object.fromEntries(codes),
      `heap ${(heapBefore / 2 ** 20).toFixed(1)} → ${(heapAfter / 2 ** 20).toFixed(1)} MB (Δ ${grownMB.toFixed(1)} MB, bound ${boundMB} MB, gc ${gc ? 'yes' : 'no'})`,
    );
    expect(grownMB).toBeLessThan(boundMB);

    // Still alive: /health answers and a legitimate move goes through.
    const health = await fetch(`${server.url}/health`);
    expect(health.status).toBe(200);
    const chinaHand = ((await server.store.loadState(matchID))?.G as GameState | undefined)?.hands.china;
    const next = us.next('state');
    china.socket.emit(
      'update',
      {
        type: 'MAKE_MOVE',
        payload: {
          type: 'chooseHeadline',
          args: [{ cardId: chinaHand?.[0] }],
          playerID: '1',
          credentials: match.credentials['1'],
        },
      },
      1,
      matchID,
      '1',
    );
    const [, state] = await next;
    expect((state as { _stateID: number })._stateID).toBe(2);
    expect((await server.store.loadState(matchID))?._stateID).toBe(2);
  });

  it('drops connections that send far more than the message limit, and keeps serving', async () => {
    const { server, match } = await startCanary(fuzzLimits);
    const printBefore = await canaryPrint(server, match.matchID);
    const drops = await Promise.all(
      Array.from({ length: 8 }, async (_, i) => {
        const client = open(server.url);
        await connected(client);
        const dropped = new Promise<string>((resolve) => {
          client.socket.once('disconnect', (reason) => {
            resolve(reason);
          });
        });
        const huge = i % 2 === 0 ? 'x'.repeat(200 * 1024) : Buffer.alloc(200 * 1024, 7);
        client.socket.emit(i % 3 === 0 ? 'update' : 'chat', match.matchID, huge, huge);
        return dropped;
      }),
    );
    expect(drops).toHaveLength(8);
    expect(await canaryPrint(server, match.matchID)).toBe(printBefore);
    expect((await fetch(`${server.url}/health`)).status).toBe(200);
  });
});

describe('fuzz findings, pinned', () => {
  it('an action type that cannot become a string is refused as forbiddenAction, not internalError', async () => {
    const { server, match } = await startCanary();
    const us = await synced(server.url, match.matchID, '0', match.credentials['0']);
    for (const type of [{ toString: 'x', valueOf: 'y' }, 'x'.repeat(5000)]) {
      const rejected = await expectRejected(us, 'update', { type, payload: {} }, 0, match.matchID, '0');
      expect(rejected.code).toBe('forbiddenAction');
      expect(rejected.message.length).toBeLessThan(120);
    }
    const badMove = await expectRejected(
      us,
      'update',
      { type: 'MAKE_MOVE', payload: { type: { toString: 'x' }, playerID: '0' } },
      0,
      match.matchID,
      '0',
    );
    expect(badMove.code).toBe('malformedMessage');
  });
});

describe('fuzz: the default limits refuse floods', () => {
  const rejectionsOf = (client: RawClient, code: string): number =>
    client.frames.filter(([event, r]) => event === 'rejected' && (r as Rejected).code === code).length;

  it('per socket: a burst of 300 messages is mostly refused as rateLimited', async () => {
    const { server, match } = await startCanary();
    const client = open(server.url);
    await connected(client);
    for (let i = 0; i < 300; i++) client.socket.emit('sync', match.matchID, '0', 'guess', 2);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(rejectionsOf(client, 'rateLimited')).toBeGreaterThanOrEqual(200);
    expect(rejectionsOf(client, 'unauthorized')).toBeLessThanOrEqual(60);
  });

  it('per address: many sockets each under their own limit are refused together', async () => {
    const { server, match } = await startCanary();
    // Each socket stays inside its own burst; together they send the address's burst and 200 more.
    const perSocket = defaultLimits.perSocket.burst - 5;
    const count = Math.ceil((defaultLimits.perAddress.burst + 200) / perSocket);
    const sockets = await Promise.all(
      Array.from({ length: count }, async () => {
        const client = open(server.url);
        await connected(client);
        return client;
      }),
    );
    for (const client of sockets)
      for (let i = 0; i < perSocket; i++) client.socket.emit('sync', match.matchID, '1', 'guess', 2);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const limited = sockets.reduce((sum, client) => sum + rejectionsOf(client, 'rateLimited'), 0);
    expect(limited).toBeGreaterThanOrEqual(100);
  });

  it("per address: at most 256 sockets (a class of 60 behind a school's one address fits)", async () => {
    const { server } = await startCanary();
    const sockets = await Promise.all(
      Array.from({ length: 264 }, async () => {
        const client = open(server.url);
        await connected(client).catch(() => undefined);
        return client;
      }),
    );
    await new Promise((resolve) => setTimeout(resolve, 500));
    const outcomes = sockets.map((client) => client.socket.connected);
    expect(outcomes.filter((alive) => !alive).length).toBeGreaterThanOrEqual(8);
  });
});
