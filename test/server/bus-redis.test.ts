import { Redis } from 'ioredis';
import { afterEach, describe, expect, it } from 'vitest';
import type { ChatNotice, CommitNotice } from '../../server/bus/match-bus.ts';
import { RedisBus } from '../../server/bus/redis-bus.ts';
import { redisUnreachable, skipReason, testRedisUrl, uniqueName } from './helpers/services.ts';

const unreachable = await redisUnreachable();
const skipped = skipReason('Redis bus suite', [unreachable]);
const title = skipped === undefined ? 'Redis bus' : `Redis bus (skipped: ${skipped})`;

const open: RedisBus[] = [];
afterEach(async () => {
  for (const bus of open.splice(0)) await bus.close();
});

async function connect(namespace: string): Promise<RedisBus> {
  const bus = await RedisBus.connect({ url: testRedisUrl, namespace });
  open.push(bus);
  return bus;
}

function collect(bus: RedisBus): CommitNotice[] {
  const seen: CommitNotice[] = [];
  bus.onNotice((notice) => seen.push(notice));
  return seen;
}

const until = async (check: () => boolean, timeoutMs = 5_000): Promise<void> => {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
};

describe.skipIf(skipped !== undefined)(title, () => {
  it(`reaches ${testRedisUrl}`, () => {
    expect(unreachable).toBeUndefined();
  });

  it('delivers ids only, in publish order, to subscribers of that match in that namespace', async () => {
    const namespace = uniqueName('sc_test');
    const [a, b, stranger] = await Promise.all([
      connect(namespace),
      connect(namespace),
      connect(uniqueName('sc_other')),
    ]);
    const atB = collect(b);
    const atStranger = collect(stranger);
    await b.subscribe('m1');
    await stranger.subscribe('m1');
    for (let id = 1; id <= 50; id++) await a.publish('m1', id);
    await a.publish('m2', 1);
    await until(() => atB.length >= 50);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(atB.map((n) => n.stateID)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    expect(atB.every((n) => n.matchID === 'm1' && n.origin === a.origin)).toBe(true);
    expect(Object.keys(atB[0] ?? {}).sort()).toEqual(['matchID', 'origin', 'stateID']);
    expect(atStranger).toEqual([]);
    await b.unsubscribe('m1');
    await a.publish('m1', 51);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(atB).toHaveLength(50);
  });

  it('carries chat to the other subscribers of its match, not back to its sender, and not as a commit', async () => {
    const namespace = uniqueName('sc_test');
    const [a, b] = await Promise.all([connect(namespace), connect(namespace)]);
    const chatAtA: ChatNotice[] = [];
    const chatAtB: ChatNotice[] = [];
    a.onChat((notice) => chatAtA.push(notice));
    b.onChat((notice) => chatAtB.push(notice));
    const commitsAtB = collect(b);
    await Promise.all([a.subscribe('m1'), b.subscribe('m1')]);
    const chat = { id: 'c1', sender: '0', payload: 'gg' };
    await a.publishChat('m1', chat);
    await a.publishChat('m2', { id: 'c2', sender: '0', payload: 'elsewhere' });
    await until(() => chatAtB.length >= 1);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(chatAtB).toEqual([{ matchID: 'm1', chat }]);
    expect(chatAtA).toEqual([]);
    expect(commitsAtB).toEqual([]);
  });

  it("shares each process's seats of a match under a lease, tells the others, and forgets them on close", async () => {
    const namespace = uniqueName('sc_test');
    const [a, b] = await Promise.all([connect(namespace), connect(namespace)]);
    const toldB: string[] = [];
    b.onPresence((matchID) => toldB.push(matchID));
    await b.subscribe('m1');
    await a.setPresence('m1', ['0']);
    await until(() => toldB.length >= 1);
    expect(toldB).toEqual(['m1']);
    expect(await b.readPresence('m1')).toEqual(new Set(['0']));
    // Its own seats are the transport's to know: a reads only the others'.
    expect(await a.readPresence('m1')).toEqual(new Set());
    await b.setPresence('m1', ['1']);
    expect(await a.readPresence('m1')).toEqual(new Set(['1']));
    await a.setPresence('m1', []);
    expect(await b.readPresence('m1')).toEqual(new Set());
    // A field whose lease ended (its process died without a word) counts for nothing.
    const raw = new Redis(testRedisUrl);
    try {
      await raw.hset(
        `${namespace}:presence:m1`,
        'dead',
        JSON.stringify({ seats: ['0'], untilMs: Date.now() - 1 }),
        'alive',
        JSON.stringify({ seats: ['0'], untilMs: Date.now() + 60_000 }),
      );
      expect(await a.readPresence('m1')).toEqual(new Set(['0', '1']));
      await raw.hdel(`${namespace}:presence:m1`, 'alive');
      expect(await a.readPresence('m1')).toEqual(new Set(['1']));
      // A process that closes takes its seats with it at once.
      await b.close();
      expect(await a.readPresence('m1')).toEqual(new Set());
    } finally {
      raw.disconnect();
    }
  });

  it('renews its lease while it lives', async () => {
    const namespace = uniqueName('sc_test');
    const short = await RedisBus.connect({ url: testRedisUrl, namespace, presenceLeaseMs: 300 });
    open.push(short);
    const reader = await connect(namespace);
    await short.setPresence('m1', ['0']);
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(await reader.readPresence('m1')).toEqual(new Set(['0']));
  });

  it('pings while open, not after close', async () => {
    const bus = await RedisBus.connect({ url: testRedisUrl, namespace: uniqueName('sc_test') });
    expect(await bus.ping()).toBe(true);
    await bus.close();
    expect(await bus.ping()).toBe(false);
  });
});
