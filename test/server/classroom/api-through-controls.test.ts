import { afterEach, describe, expect, it } from 'vitest';
import type { RawClient } from '../helpers/raw-socket.ts';
import { expectRejected, syncedRawClient } from '../helpers/raw-socket.ts';
import type { TestServer } from '../helpers/test-server.ts';
import type { Session } from './helpers.ts';
import { call, classroomServer, createSession, joinClass, me } from './helpers.ts';
import { gameOf, headlineUpdate, sendHeadline, setupFrames, storedState } from './table-helpers.ts';

/**
 * The classroom API driving the server's own table controls (not a double): what a facilitator's
 * buttons do to a student's table, end to end over HTTP and Socket.IO.
 */

let server: TestServer;
const clients: RawClient[] = [];

afterEach(async () => {
  for (const client of clients.splice(0)) client.close();
  await server.closeNow();
});

const post = (session: Session, path: string, body: unknown) =>
  call<{ error?: { code: string; message: string } }>(
    server,
    'POST',
    `/sessions/${session.sessionId}${path}`,
    {
      token: session.facilitatorKey,
      body,
    },
  );

async function seatedStudent(session: Session) {
  const student = await joinClass(server, session.joinCode, 'Ada');
  const seated = await post(session, '/seats', {
    assignments: [{ studentId: student.studentId, table: 1, side: 'us' }],
  });
  expect(seated.status).toBe(200);
  const assignment = (await me(server, student)).assignment;
  if (!assignment) throw new Error('not seated');
  return { student, assignment };
}

describe('the classroom API through the match controls', () => {
  it("pauses a student's table: its board is told through its socket, the move is refused in words, the resume lets it through", async () => {
    ({ server } = await classroomServer({ realControls: true }));
    const session = await createSession(server, { tables: 1 });
    const { assignment } = await seatedStudent(session);
    const { matchID, credentials } = assignment;
    const { client } = await syncedRawClient(server.url, matchID, '0', credentials, clients);
    const cardId = gameOf(await storedState(server, matchID)).hands.us[0] ?? '';

    // Told at the sync, and again at each change, newer each time.
    await expect.poll(() => setupFrames(client).map((frame) => frame.paused)).toEqual([false]);
    expect((await post(session, '/pause', { tables: 'all', paused: true })).status).toBe(200);
    await expect.poll(() => setupFrames(client).at(-1)?.paused).toBe(true);
    const refused = await expectRejected(client, ...headlineUpdate(matchID, '0', credentials, cardId, 0));
    expect(refused.code).toBe('paused');
    expect((await storedState(server, matchID))._stateID).toBe(0);

    expect((await post(session, '/pause', { tables: [1], paused: false })).status).toBe(200);
    await expect.poll(() => setupFrames(client).map((frame) => frame.paused)).toEqual([false, true, false]);
    const versions = setupFrames(client).map((frame) => frame.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(3);
    const shown = await sendHeadline(client, headlineUpdate(matchID, '0', credentials, cardId, 0));
    expect(shown._stateID).toBe(1);
  });

  it("brings a card's event into a table now: its log says so and the journal keeps it for replays", async () => {
    ({ server } = await classroomServer({ realControls: true }));
    const session = await createSession(server, { tables: 2 });
    const stored = await server.classroomStore.loadSession(session.sessionId);
    const matchIDs = stored?.doc.tables.map((table) => table.matchID) ?? [];
    expect(matchIDs).toHaveLength(2);

    const injected = await post(session, '/inject', { tables: [2], cardId: 'hualien-earthquake' });
    expect(injected.status).toBe(200);
    const [first, second] = await Promise.all(matchIDs.map((id) => storedState(server, id)));
    if (!first || !second) throw new Error('a table has no state');
    const broughtIn = (state: typeof first) =>
      gameOf(state).log.filter((entry) => entry.text.startsWith('Brought in by the facilitator'));
    expect(broughtIn(first)).toEqual([]);
    expect(broughtIn(second).map((entry) => entry.text)).toEqual([
      expect.stringContaining('Brought in by the facilitator:'),
    ]);
    const journal = await server.store.loadJournal(matchIDs[1] ?? '');
    expect(journal.map((row) => [row.seat, row.moveType, row.fields])).toEqual([
      ['facilitator', 'facilitatorInject', { cardId: 'hualien-earthquake' }],
    ]);

    const unknown = await post(session, '/inject', { tables: 'all', cardId: 'no-such-card' });
    expect(unknown.status).toBeGreaterThanOrEqual(400);
    expect(unknown.body.error?.message).toBeTruthy();
  });

  it('times the turns of every table and untimes them again', async () => {
    ({ server } = await classroomServer({ realControls: true }));
    const session = await createSession(server, { tables: 2, turnSeconds: 60 });
    const stored = await server.classroomStore.loadSession(session.sessionId);
    expect(stored?.doc.turnSeconds).toBe(60);
    expect((await post(session, '/turn-seconds', { seconds: null })).status).toBe(200);
    expect((await server.classroomStore.loadSession(session.sessionId))?.doc.turnSeconds).toBeNull();
  });
});
