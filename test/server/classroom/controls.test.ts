import { afterEach, describe, expect, it } from 'vitest';
import type { GameState } from '../../../rules/index.ts';
import { legalMoves } from '../../../rules/index.ts';
import type { TestServer } from '../helpers/test-server.ts';
import type { RecordingControls, Session } from './helpers.ts';
import { call, classroomServer, createSession, joinClass, me } from './helpers.ts';

let server: TestServer;
let controls: RecordingControls;

afterEach(async () => {
  await server.closeNow();
});

async function matchIDs(session: Session): Promise<string[]> {
  const stored = await server.classroomStore.loadSession(session.sessionId);
  return stored?.doc.tables.map((table) => table.matchID) ?? [];
}

const post = (session: Session, path: string, body: unknown) =>
  call<{ error?: { code: string; message: string }; tables: { table: number; ok: boolean }[] }>(
    server,
    'POST',
    `/sessions/${session.sessionId}${path}`,
    { token: session.facilitatorKey, body },
  );

interface Overview {
  tables: {
    table: number;
    paused: boolean;
    injects: number;
    sides: Record<string, { bot: string | null }>;
  }[];
  turnSeconds: number | null;
}
const overview = async (session: Session) =>
  (await call<Overview>(server, 'GET', `/sessions/${session.sessionId}`, { token: session.facilitatorKey }))
    .body;

describe('pause, inject and the round timer go through the table controls', () => {
  it('pauses all tables, then resumes one: the overview says so', async () => {
    ({ server, controls } = await classroomServer());
    const session = await createSession(server, { tables: 3 });
    const ids = await matchIDs(session);
    const ada = await joinClass(server, session.joinCode, 'Ada');
    await post(session, '/seats', { assignments: [{ studentId: ada.studentId, table: 2, side: 'us' }] });
    expect((await post(session, '/pause', { tables: 'all', paused: true })).status).toBe(200);
    expect(controls.calls).toEqual(ids.map((matchID) => ({ method: 'setPaused', matchID, value: true })));
    expect((await overview(session)).tables.map((table) => table.paused)).toEqual([true, true, true]);
    await post(session, '/pause', { tables: [2], paused: false });
    expect(controls.calls.at(-1)).toEqual({ method: 'setPaused', matchID: ids[1], value: false });
    expect((await overview(session)).tables.map((table) => table.paused)).toEqual([true, false, true]);
  });

  it('refuses an unknown table before touching any', async () => {
    ({ server, controls } = await classroomServer());
    const session = await createSession(server, { tables: 2 });
    const answer = await post(session, '/pause', { tables: [1, 7], paused: true });
    expect(answer.status).toBe(400);
    expect(answer.body.error).toEqual({ code: 'unknownTable', message: 'there is no table 7 (tables 1–2)' });
    expect(controls.calls).toEqual([]);
  });

  it('injects a card into one table now or all at round N, and records each in the export', async () => {
    ({ server, controls } = await classroomServer());
    const session = await createSession(server, { tables: 2 });
    const ids = await matchIDs(session);
    await post(session, '/inject', { tables: [1], cardId: 'chips-and-science-act' });
    await post(session, '/inject', { tables: 'all', cardId: 'december-package', atRound: 3 });
    expect(controls.calls).toEqual([
      { method: 'inject', matchID: ids[0], value: { cardId: 'chips-and-science-act' } },
      { method: 'inject', matchID: ids[0], value: { cardId: 'december-package', atRound: 3 } },
      { method: 'inject', matchID: ids[1], value: { cardId: 'december-package', atRound: 3 } },
    ]);
    const exported = await call<{
      tables: { injects: { cardId: string; atRound: number | null; at: string }[] }[];
    }>(server, 'GET', `/sessions/${session.sessionId}/export.json`, { token: session.facilitatorKey });
    const [first, second] = exported.body.tables;
    expect(first?.injects.map(({ cardId, atRound }) => [cardId, atRound])).toEqual([
      ['chips-and-science-act', null],
      ['december-package', 3],
    ]);
    expect(second?.injects.map(({ cardId, atRound }) => [cardId, atRound])).toEqual([
      ['december-package', 3],
    ]);
    expect(Number.isNaN(Date.parse(first?.injects[0]?.at ?? ''))).toBe(false);
    expect((await overview(session)).tables.map((table) => table.injects)).toEqual([2, 1]);
  });

  it.each([
    [{ tables: 'all', cardId: 'no-such-card' }, 'cardId: unknown card'],
    [{ tables: 'all', cardId: 'december-package', atRound: 0 }, 'atRound: rounds start at 1'],
    [{ tables: [], cardId: 'december-package' }, 'tables'],
  ])('refuses the inject %j and calls nothing', async (body, reason) => {
    ({ server, controls } = await classroomServer());
    const session = await createSession(server, { tables: 2 });
    const answer = await post(session, '/inject', body);
    expect(answer.status).toBe(400);
    expect(answer.body.error?.message).toContain(reason);
    expect(controls.calls).toEqual([]);
  });

  it("answers a table that refused with its reason and every table's answer; only the others are recorded", async () => {
    ({ server, controls } = await classroomServer());
    const session = await createSession(server, { tables: 2 });
    const ids = await matchIDs(session);
    controls.refusing.add(ids[1] ?? '');
    const answer = await post(session, '/inject', { tables: 'all', cardId: 'december-package' });
    expect(answer.status).toBe(409);
    expect(answer.body.error).toEqual({ code: 'gameOver', message: 'table 2: the game is over' });
    expect(answer.body.tables).toEqual([
      { table: 1, ok: true },
      { table: 2, ok: false, code: 'gameOver', message: 'the game is over' },
    ]);
    expect((await overview(session)).tables.map((table) => table.injects)).toEqual([1, 0]);
  });

  it("sets every table's turn seconds, and the session records it once all took it", async () => {
    ({ server, controls } = await classroomServer());
    const session = await createSession(server, { tables: 2 });
    const ids = await matchIDs(session);
    expect((await post(session, '/turn-seconds', { seconds: 120 })).status).toBe(200);
    expect(controls.calls).toEqual(ids.map((matchID) => ({ method: 'setTurnSeconds', matchID, value: 120 })));
    expect((await overview(session)).turnSeconds).toBe(120);
    controls.refusing.add(ids[0] ?? '');
    expect((await post(session, '/turn-seconds', { seconds: null })).status).toBe(409);
    expect((await overview(session)).turnSeconds).toBe(120);
    expect((await post(session, '/turn-seconds', { seconds: 5 })).body.error?.message).toContain(
      'at least 15',
    );
  });
});

describe('starting play', () => {
  it("hands empty sides to the session's bot where students face them; a table without students stays idle", async () => {
    ({ server, controls } = await classroomServer());
    const session = await createSession(server, { tables: 2, botFill: { china: 'random' } });
    const ids = await matchIDs(session);
    const ada = await joinClass(server, session.joinCode, 'Ada');
    await post(session, '/seats', { assignments: [{ studentId: ada.studentId, table: 1, side: 'us' }] });
    const started = await post(session, '/start', {});
    expect(started.body).toEqual({ bots: [{ table: 1, side: 'china', bot: 'random' }], idleTables: [2] });
    expect((await overview(session)).tables.map((table) => table.sides.china?.bot)).toEqual(['random', null]);
    const metadata = await server.store.loadMetadata(ids[0] ?? '');
    expect(metadata?.metadata.setupData).toMatchObject({ botSeat: '1', bot: 'random' });
    // Ada plays her headline with the seat she was handed; the bot answers with China's.
    const seat = (await me(server, ada)).assignment;
    if (!seat) throw new Error('not seated');
    const state = await server.store.loadState(seat.matchID);
    const move = legalMoves(state?.G as GameState, 'us')[0];
    if (!move) throw new Error('no move');
    const { type, side: _side, ...fields } = move;
    const outcome = await server.authority.move({
      matchID: seat.matchID,
      seat: '0',
      stateID: state?._stateID ?? 0,
      move: { moveType: type, fields, payloadSeat: '0', credentials: seat.credentials },
    });
    expect(outcome.ok).toBe(true);
    for (let wait = 0; wait < 100; wait++) {
      if ((await server.store.loadJournal(seat.matchID)).some((entry) => entry.seat === '1')) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect((await server.store.loadJournal(seat.matchID)).some((entry) => entry.seat === '1')).toBe(true);
    // A side the bot plays takes no student; play starts once.
    const ben = await joinClass(server, session.joinCode, 'Ben');
    const refused = await post(session, '/seats', {
      assignments: [{ studentId: ben.studentId, table: 1, side: 'china' }],
    });
    expect(refused.body.error?.code).toBe('sideHasBot');
    expect((await post(session, '/start', {})).body.error?.code).toBe('alreadyStarted');
    // The draw skips the bot's side.
    await post(session, '/seats', { draw: true });
    expect((await me(server, ben)).assignment?.table).toBe(2);
  });
});
