import { afterEach, describe, expect, it } from 'vitest';
import type { GameState, Move, PlayerView } from '../../../rules/index.ts';
import { legalMoves, sidesToMove } from '../../../rules/index.ts';
import type { RawClient } from '../helpers/raw-socket.ts';
import { syncedRawClient } from '../helpers/raw-socket.ts';
import type { TestServer } from '../helpers/test-server.ts';
import type { Session, Student } from './helpers.ts';
import { call, classroomServer, createSession, joinClass, me } from './helpers.ts';

let server: TestServer;
const opened: RawClient[] = [];

afterEach(async () => {
  for (const client of opened.splice(0)) client.close();
  await server.closeNow();
});

async function seat(session: Session, assignments: unknown[]) {
  return call<{ error?: { code: string; message: string }; seated: number }>(
    server,
    'POST',
    `/sessions/${session.sessionId}/seats`,
    { token: session.facilitatorKey, body: { assignments } },
  );
}

async function seatCredentials(matchID: string, seat: '0' | '1'): Promise<string> {
  const credentials = await server.store.loadSeatCredentials(matchID, seat);
  if (typeof credentials !== 'string') throw new Error('seat without credentials');
  return credentials;
}

const makeMove = (move: Move, credentials: string) => {
  const { type, side, ...fields } = move;
  const playerID = side === 'us' ? '0' : '1';
  return { type: 'MAKE_MOVE', payload: { type, args: [fields], playerID, credentials } };
};

describe('seating students', () => {
  it('seats by hand: the student gets the seat, shared credentials and teammates', async () => {
    ({ server } = await classroomServer());
    const session = await createSession(server);
    const [ada, ben, cy] = await Promise.all(
      ['Ada', 'Ben', 'Cy'].map((name) => joinClass(server, session.joinCode, name)),
    );
    if (!ada || !ben || !cy) throw new Error('join failed');
    expect((await me(server, ada)).assignment).toBeNull();
    const answer = await seat(session, [
      { studentId: ada.studentId, table: 1, side: 'us' },
      { studentId: ben.studentId, table: 1, side: 'us' },
      { studentId: cy.studentId, table: 1, side: 'china' },
    ]);
    expect(answer.status).toBe(200);
    const [adaMe, benMe, cyMe] = await Promise.all([me(server, ada), me(server, ben), me(server, cy)]);
    const stored = await server.classroomStore.loadSession(session.sessionId);
    const matchID = stored?.doc.tables[0]?.matchID ?? '';
    expect(adaMe.assignment).toEqual({
      table: 1,
      side: 'us',
      matchID,
      playerID: '0',
      credentials: await seatCredentials(matchID, '0'),
    });
    expect(benMe.assignment).toEqual(adaMe.assignment);
    expect(adaMe.teammates).toEqual(['Ben']);
    expect(cyMe.assignment).toMatchObject({
      side: 'china',
      playerID: '1',
      credentials: await seatCredentials(matchID, '1'),
    });
    expect(cyMe.teammates).toEqual([]);
    expect(Object.keys(adaMe).sort()).toEqual(['assignment', 'name', 'sessionTitle', 'teammates']);
    expect(adaMe).toMatchObject({ sessionTitle: 'Period 3', name: 'Ada' });
  });

  it.each([
    [[{ studentId: 'nobody', table: 1, side: 'us' }], 'unknownStudent'],
    [[{ studentId: '$ada', table: 3, side: 'us' }], 'unknownTable'],
    [[{ studentId: '$ada', table: 1 }], 'malformedMessage'],
    [[{ studentId: '$ada', table: 1, side: 'russia' }], 'malformedMessage'],
  ])('refuses the whole list when one assignment is wrong (%j → %s)', async (assignments, code) => {
    ({ server } = await classroomServer());
    const session = await createSession(server);
    const ada = await joinClass(server, session.joinCode, 'Ada');
    const ben = await joinClass(server, session.joinCode, 'Ben');
    const list = [
      { studentId: ben.studentId, table: 2, side: 'china' },
      ...assignments.map((a) => ({ ...a, studentId: a.studentId === '$ada' ? ada.studentId : a.studentId })),
    ];
    const answer = await seat(session, list);
    expect(answer.body.error?.code).toBe(code);
    expect((await me(server, ben)).assignment).toBeNull();
  });

  it('draws seats at random, balanced: every side of every table within one student of the others', async () => {
    ({ server } = await classroomServer());
    const session = await createSession(server, { tables: 3 });
    const students = await Promise.all(
      Array.from({ length: 15 }, (_, index) => joinClass(server, session.joinCode, `Student ${index + 1}`)),
    );
    const answer = await call<{ seated: number }>(server, 'POST', `/sessions/${session.sessionId}/seats`, {
      token: session.facilitatorKey,
      body: { draw: true },
    });
    expect(answer.body.seated).toBe(15);
    const counts = new Map<string, number>();
    for (const student of students) {
      const assignment = (await me(server, student)).assignment;
      if (!assignment) throw new Error(`${student.name} was not seated`);
      const key = `${assignment.table}:${assignment.side}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    expect(counts.size).toBe(6);
    expect(Math.max(...counts.values()) - Math.min(...counts.values())).toBeLessThanOrEqual(1);
    // A second draw seats latecomers only: nobody already seated moves.
    const before = await Promise.all(students.map(async (student) => (await me(server, student)).assignment));
    const late = await joinClass(server, session.joinCode, 'Late');
    const again = await call<{ seated: number }>(server, 'POST', `/sessions/${session.sessionId}/seats`, {
      token: session.facilitatorKey,
      body: { draw: true },
    });
    expect(again.body.seated).toBe(1);
    expect(
      await Promise.all(students.map(async (student) => (await me(server, student)).assignment)),
    ).toEqual(before);
    expect((await me(server, late)).assignment).not.toBeNull();
  });

  it('lets every student of a team seat move: two US students each play a US move on the shared seat', async () => {
    ({ server } = await classroomServer());
    const session = await createSession(server, { tables: 1 });
    const [ada, ben, cy] = await Promise.all(
      ['Ada', 'Ben', 'Cy'].map((name) => joinClass(server, session.joinCode, name)),
    );
    if (!ada || !ben || !cy) throw new Error('join failed');
    await seat(session, [
      { studentId: ada.studentId, table: 1, side: 'us' },
      { studentId: ben.studentId, table: 1, side: 'us' },
      { studentId: cy.studentId, table: 1, side: 'china' },
    ]);
    const seats = await Promise.all([me(server, ada), me(server, ben), me(server, cy)]);
    const [adaSeat, benSeat, cySeat] = seats.map((answer) => {
      if (!answer.assignment) throw new Error('not seated');
      return answer.assignment;
    });
    if (!adaSeat || !benSeat || !cySeat) throw new Error('not seated');
    const { matchID } = adaSeat;
    const adaClient = await syncedRawClient(server.url, matchID, '0', adaSeat.credentials, opened);
    const benClient = await syncedRawClient(server.url, matchID, '0', benSeat.credentials, opened);
    await syncedRawClient(server.url, matchID, '1', cySeat.credentials, opened);
    // Both US pages see the US side's view: its hand.
    const adaView = adaClient.info.state.G as PlayerView;
    const benView = benClient.info.state.G as PlayerView;
    expect(benView).toMatchObject({ viewer: 'us', hand: adaView.hand });
    expect(adaView.viewer).toBe('us');

    /** Plays one move for `side` from the seat's client and waits until the state moved on. */
    const play = async (client: RawClient, credentials: string, side: 'us' | 'china'): Promise<void> => {
      const state = await server.store.loadState(matchID);
      if (!state) throw new Error('no state');
      const move = legalMoves(state.G as GameState, side)[0];
      if (!move) throw new Error(`no legal move for ${side}`);
      const seen = client.next('state');
      client.socket.emit(
        'update',
        makeMove(move, credentials),
        state._stateID,
        matchID,
        side === 'us' ? '0' : '1',
      );
      await seen;
    };
    // Headlines: Ada chooses the US one; China chooses its own.
    await play(adaClient.client, adaSeat.credentials, 'us');
    const china = opened[2];
    if (!china) throw new Error('no China client');
    await play(china, cySeat.credentials, 'china');
    // Actions: Ben moves for the US when it is the US's turn.
    for (let guard = 0; guard < 200; guard++) {
      const state = await server.store.loadState(matchID);
      const side = sidesToMove(state?.G as GameState)[0];
      if (side === 'us') break;
      await play(china, cySeat.credentials, 'china');
    }
    const before = (await server.store.loadJournal(matchID)).length;
    await play(benClient.client, benSeat.credentials, 'us');
    const journal = await server.store.loadJournal(matchID);
    expect(journal).toHaveLength(before + 1);
    expect(journal[0]?.seat).toBe('0');
    expect(journal.at(-1)?.seat).toBe('0');
    expect(adaClient.client.frames.filter(([event]) => event === 'rejected')).toEqual([]);
    expect(benClient.client.frames.filter(([event]) => event === 'rejected')).toEqual([]);
  });

  it("never hands a student another table's or side's credentials, nor the facilitator view", async () => {
    ({ server } = await classroomServer());
    const session = await createSession(server, { tables: 2 });
    const students: Student[] = await Promise.all(
      ['Ada', 'Ben', 'Cy', 'Di'].map((name) => joinClass(server, session.joinCode, name)),
    );
    await call(server, 'POST', `/sessions/${session.sessionId}/seats`, {
      token: session.facilitatorKey,
      body: { draw: true },
    });
    const stored = await server.classroomStore.loadSession(session.sessionId);
    const all = new Map<string, string>();
    for (const table of stored?.doc.tables ?? [])
      for (const seatID of ['0', '1'] as const)
        all.set(`${table.table}:${seatID}`, await seatCredentials(table.matchID, seatID));
    for (const student of students) {
      const raw = await call(server, 'GET', '/me', { token: student.studentToken });
      const text = JSON.stringify(raw.body);
      const mine = (raw.body as { assignment: { table: number; playerID: string } }).assignment;
      for (const [key, credentials] of all)
        expect(text.includes(credentials), `${student.name} holds ${key}`).toBe(
          key === `${mine.table}:${mine.playerID}`,
        );
      // A student token opens no facilitator route.
      const overview = await call(server, 'GET', `/sessions/${session.sessionId}`, {
        token: student.studentToken,
      });
      expect(overview.status).toBe(401);
      const exported = await call(server, 'GET', `/sessions/${session.sessionId}/export.json`, {
        token: student.studentToken,
      });
      expect(exported.status).toBe(401);
      expect(JSON.stringify(exported.body)).not.toContain('seed');
    }
    // A forged token (right session and student, wrong secret) opens nothing.
    const [sessionId, studentId] = (students[0]?.studentToken ?? '').split('.');
    expect((await call(server, 'GET', '/me', { token: `${sessionId}.${studentId}.forged` })).status).toBe(
      401,
    );
  });

  it("renews a side's credentials when a student leaves it: their old ones stop working, teammates get the new", async () => {
    ({ server } = await classroomServer());
    const session = await createSession(server);
    const ada = await joinClass(server, session.joinCode, 'Ada');
    const ben = await joinClass(server, session.joinCode, 'Ben');
    await seat(session, [
      { studentId: ada.studentId, table: 1, side: 'us' },
      { studentId: ben.studentId, table: 1, side: 'us' },
    ]);
    const old = (await me(server, ada)).assignment;
    await seat(session, [{ studentId: ada.studentId, table: 2, side: 'china' }]);
    const adaNow = (await me(server, ada)).assignment;
    const benNow = (await me(server, ben)).assignment;
    expect(adaNow).toMatchObject({ table: 2, side: 'china' });
    expect(benNow?.matchID).toBe(old?.matchID);
    expect(benNow?.credentials).not.toBe(old?.credentials);
    const refused = await server.authority.authenticate(old?.matchID ?? '', '0', old?.credentials);
    expect(refused?.code).toBe('unauthorized');
    expect(
      await server.authority.authenticate(benNow?.matchID ?? '', '0', benNow?.credentials),
    ).toBeUndefined();
    // Unseated: no assignment, no teammates.
    await seat(session, [{ studentId: ada.studentId, table: null }]);
    expect(await me(server, ada)).toMatchObject({ assignment: null, teammates: [] });
  });
});

describe('team proposals', () => {
  it("keeps who suggested what, visible to the side's team only", async () => {
    ({ server } = await classroomServer());
    const session = await createSession(server);
    const [ada, ben, cy, di] = await Promise.all(
      ['Ada', 'Ben', 'Cy', 'Di'].map((name) => joinClass(server, session.joinCode, name)),
    );
    if (!ada || !ben || !cy || !di) throw new Error('join failed');
    const early = await call<{ error: { code: string } }>(server, 'POST', '/me/proposals', {
      token: ada.studentToken,
      body: { text: 'Build a fab' },
    });
    expect(early.body.error.code).toBe('notSeated');
    await seat(session, [
      { studentId: ada.studentId, table: 1, side: 'us' },
      { studentId: ben.studentId, table: 1, side: 'us' },
      { studentId: cy.studentId, table: 1, side: 'china' },
      { studentId: di.studentId, table: 2, side: 'us' },
    ]);
    expect(
      (
        await call(server, 'POST', '/me/proposals', {
          token: ada.studentToken,
          body: { text: 'Tighten controls' },
        })
      ).status,
    ).toBe(201);
    expect(
      (
        await call(server, 'POST', '/me/proposals', {
          token: ben.studentToken,
          body: { text: 'Invest in CUDA' },
        })
      ).status,
    ).toBe(201);
    await call(server, 'POST', '/me/proposals', {
      token: cy.studentToken,
      body: { text: 'Secret China plan' },
    });
    await call(server, 'POST', '/me/proposals', { token: di.studentToken, body: { text: 'Table 2 idea' } });
    const list = async (student: Student) =>
      (
        await call<{ proposals: { name: string; text: string }[] }>(server, 'GET', '/me/proposals', {
          token: student.studentToken,
        })
      ).body.proposals.map((p) => `${p.name}: ${p.text}`);
    expect(await list(ada)).toEqual(['Ada: Tighten controls', 'Ben: Invest in CUDA']);
    expect(await list(ben)).toEqual(['Ada: Tighten controls', 'Ben: Invest in CUDA']);
    expect(await list(cy)).toEqual(['Cy: Secret China plan']);
    expect(await list(di)).toEqual(['Di: Table 2 idea']);
    const long = await call<{ error: { message: string } }>(server, 'POST', '/me/proposals', {
      token: ada.studentToken,
      body: { text: 'x'.repeat(301) },
    });
    expect(long.status).toBe(400);
    expect(long.body.error.message).toContain('at most 300');
  });
});
