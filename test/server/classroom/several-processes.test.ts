import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { PlayerView } from '../../../rules/index.ts';
import type { RawClient } from '../helpers/raw-socket.ts';
import { expectRejected, syncedRawClient } from '../helpers/raw-socket.ts';
import type { TestSchema } from '../helpers/services.ts';
import {
  postgresUnreachable,
  redisUnreachable,
  skipReason,
  testDatabaseUrl,
  testRedisUrl,
  testSchema,
  uniqueName,
} from '../helpers/services.ts';
import type { TestServer } from '../helpers/test-server.ts';
import { seatedMatch, startTestServer } from '../helpers/test-server.ts';
import {
  gameOf,
  headlineUpdate,
  sendHeadline,
  setupFrames,
  storedState,
  storedWhen,
} from './table-helpers.ts';

/**
 * A table served by two processes (PostgreSQL + Redis, nothing pinned): what the facilitator does through
 * one holds on the other.
 */

const reasons = await Promise.all([postgresUnreachable(), redisUnreachable()]);
const skipped = skipReason('Facilitator controls on several processes', reasons);
const title =
  skipped === undefined
    ? 'facilitator controls on several processes'
    : `facilitator controls on several processes (skipped: ${skipped})`;

const schemas: TestSchema[] = [];
const servers: TestServer[] = [];
const clients: RawClient[] = [];

afterEach(async () => {
  for (const client of clients.splice(0)) client.close();
  for (const server of servers.splice(0)) await server.drain();
});

afterAll(async () => {
  if (skipped !== undefined) return;
  for (const schema of schemas.splice(0)) await schema.drop();
});

async function twoServers(): Promise<{ a: TestServer; b: TestServer }> {
  const schema = testSchema();
  schemas.push(schema);
  const options = {
    databaseUrl: testDatabaseUrl,
    databaseSchema: schema.name,
    redisUrl: testRedisUrl,
    redisNamespace: uniqueName('sc_test'),
  };
  const a = await startTestServer(options);
  servers.push(a);
  const b = await startTestServer(options);
  servers.push(b);
  return { a, b };
}

describe.skipIf(skipped !== undefined)(title, () => {
  it('a pause made through one process refuses moves sent to the other; its resume lets them through', async () => {
    const { a, b } = await twoServers();
    const { matchID, credentials } = await seatedMatch(a);
    const { client } = await syncedRawClient(b.url, matchID, '0', credentials['0'], clients);
    const cardId = gameOf(await storedState(b, matchID)).hands.us[0] ?? '';

    expect(await a.tableControls.setPaused(matchID, true)).toEqual({ ok: true });
    const refused = await expectRejected(
      client,
      ...headlineUpdate(matchID, '0', credentials['0'], cardId, 0),
    );
    expect(refused.code).toBe('paused');
    // Process b's gate read the stored flag (whether or not the bus told it yet).
    expect(b.tableControls.isPaused(matchID)).toBe(true);

    expect(await a.tableControls.setPaused(matchID, false)).toEqual({ ok: true });
    const shown = await sendHeadline(client, headlineUpdate(matchID, '0', credentials['0'], cardId, 0));
    expect(shown._stateID).toBe(1);
    expect(b.tableControls.isPaused(matchID)).toBe(false);
  });

  it("a pause made through one process is pushed to a board's socket on the other, and so is the resume", async () => {
    const { a, b } = await twoServers();
    const { matchID, credentials } = await seatedMatch(a);
    const { client } = await syncedRawClient(b.url, matchID, '1', credentials['1'], clients);
    // The board's one reading at (re)connect: sent after its sync.
    await expect.poll(() => setupFrames(client).map((frame) => frame.paused)).toEqual([false]);

    // The client never asks again: what comes now is pushed, through the bus, by process b.
    expect(await a.tableControls.setPaused(matchID, true)).toEqual({ ok: true });
    await expect.poll(() => setupFrames(client).map((frame) => frame.paused)).toEqual([false, true]);
    // Process b's own gate, clock and bot follow at once too, before any move reaches it.
    expect(b.tableControls.isPaused(matchID)).toBe(true);

    expect(await a.tableControls.setPaused(matchID, false)).toEqual({ ok: true });
    await expect.poll(() => setupFrames(client).map((frame) => frame.paused)).toEqual([false, true, false]);
    expect(b.tableControls.isPaused(matchID)).toBe(false);
  });

  it('a turn time set through one process is kept by the other at once: it times the turns, and untimes them', async () => {
    const { a, b } = await twoServers();
    const { matchID } = await seatedMatch(a);
    expect(b.tableControls.turnSecondsOf(matchID)).toBeUndefined();
    expect(await a.tableControls.setTurnSeconds(matchID, 3600)).toEqual({ ok: true });
    await expect.poll(() => b.tableControls.turnSecondsOf(matchID)).toBe(3600);
    expect(await a.tableControls.setTurnSeconds(matchID, null)).toEqual({ ok: true });
    await expect.poll(() => b.tableControls.turnSecondsOf(matchID)).toBeUndefined();

    // A short turn, and the process that set it gone: the other's timer makes the default moves.
    expect(await a.tableControls.setTurnSeconds(matchID, 0.3)).toEqual({ ok: true });
    await expect.poll(() => b.tableControls.turnSecondsOf(matchID)).toBe(0.3);
    await a.drain();
    await storedWhen(b, matchID, (state) => state._stateID >= 2);
    const journal = await b.store.loadJournal(matchID);
    expect(journal.slice(0, 2).map((row) => row.moveType)).toEqual(['chooseHeadline', 'chooseHeadline']);
  });

  it("an event brought in through one process reaches a seat's socket on the other", async () => {
    const { a, b } = await twoServers();
    const { matchID, credentials } = await seatedMatch(a);
    const { client } = await syncedRawClient(b.url, matchID, '1', credentials['1'], clients);
    const shown = client.next('state');
    expect(await a.tableControls.inject(matchID, { cardId: 'big-fund-iii' })).toEqual({ ok: true });
    const [, state] = await shown;
    const view = (state as { G: PlayerView }).G;
    expect(view.log.at(-1)?.text).toMatch(/^Brought in by the facilitator: /);
    expect((await b.store.loadJournal(matchID)).map((row) => row.seat)).toEqual(['facilitator']);
  });
});
