import { afterEach, describe, expect, it } from 'vitest';
import type { TestServer } from '../helpers/test-server.ts';
import { call, classroomServer, createSession, joinClass } from './helpers.ts';
import type { RecordingControls } from './helpers.ts';

let server: TestServer;
let controls: RecordingControls;

afterEach(async () => {
  await server.closeNow();
});

describe('class sessions', () => {
  it('creates a session: unlisted tables with both seats held by the classroom, what-if overrides applied', async () => {
    ({ server, controls } = await classroomServer());
    const session = await createSession(server, {
      tables: 3,
      overrides: { 'research.domesticEuvEarliestYear': 2030 },
    });
    expect(session.joinCode).toMatch(/^[A-HJ-NP-Z2-9]{6}$/);
    expect(session.facilitatorKey.length).toBeGreaterThanOrEqual(22);
    const overview = await call<{ tables: { matchID: string; round: number; phase: string }[] }>(
      server,
      'GET',
      `/sessions/${session.sessionId}`,
      { token: session.facilitatorKey },
    );
    expect(overview.status).toBe(200);
    expect(overview.body.tables).toHaveLength(3);
    for (const table of overview.body.tables) {
      const stored = await server.store.loadMetadata(table.matchID);
      expect(stored?.metadata.unlisted).toBe(true);
      expect(stored?.metadata.players[0]?.name).toMatch(/^Table \d — US$/);
      expect(stored?.metadata.players[1]?.name).toMatch(/^Table \d — China$/);
      const state = await server.store.loadState(table.matchID);
      expect(
        (state?.G as { params: { research: { domesticEuvEarliestYear: number } } }).params.research,
      ).toMatchObject({ domesticEuvEarliestYear: 2030 });
      expect(table).toMatchObject({ round: 1, phase: 'headline' });
    }
    // The lobby does not list a class's tables.
    const listed = await fetch(`${server.url}/games/silicon-curtain`).then(
      (r) => r.json() as Promise<{ matches: unknown[] }>,
    );
    expect(listed.matches).toEqual([]);
  });

  it('stores the facilitator key only as a hash', async () => {
    ({ server, controls } = await classroomServer());
    const session = await createSession(server);
    const stored = await server.classroomStore.loadSession(session.sessionId);
    expect(JSON.stringify(stored)).not.toContain(session.facilitatorKey);
    expect(stored?.doc.facilitatorKeyHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it.each([
    [{ title: '', scenarioId: 'baseline-2025', tables: 2 }, 'title must not be empty'],
    [{ title: 'x', scenarioId: 'nope', tables: 2 }, 'scenarioId: unknown scenario'],
    [{ title: 'x', scenarioId: 'baseline-2025', tables: 0 }, 'tables: a class has at least 1 table'],
    [{ title: 'x', scenarioId: 'baseline-2025', tables: 21 }, 'tables: a class has at most 20 tables'],
    [
      { title: 'x', scenarioId: 'baseline-2025', tables: 2, overrides: { 'no.such': 1 } },
      'unknown parameter: no.such',
    ],
    [{ title: 'x', scenarioId: 'baseline-2025', tables: 2, botFill: { us: 'nonsense' } }, 'botFill.us:'],
    [{ title: 'x', scenarioId: 'baseline-2025', tables: 2, botFill: { us: 'mcts:5000' } }, 'at most 500'],
    [{ title: 'x', scenarioId: 'baseline-2025', tables: 2, turnSeconds: 3 }, 'turnSeconds is at least 15'],
    [{ title: 'x', scenarioId: 'baseline-2025', tables: 2, seed: 'mine' }, 'seed'],
  ])('refuses %j with a reason and creates nothing', async (body, reason) => {
    ({ server, controls } = await classroomServer());
    const before = (await server.store.listMatches()).length;
    const answer = await call<{ error: { code: string; message: string } }>(server, 'POST', '/sessions', {
      body,
    });
    expect(answer.status).toBe(400);
    expect(answer.body.error.code).toBe('malformedMessage');
    expect(answer.body.error.message).toContain(reason);
    expect((await server.store.listMatches()).length).toBe(before);
  });

  it("starts every table's round timer at creation through the table controls", async () => {
    ({ server, controls } = await classroomServer());
    const session = await createSession(server, { turnSeconds: 90 });
    const stored = await server.classroomStore.loadSession(session.sessionId);
    expect(stored?.doc.turnSeconds).toBe(90);
    expect(
      controls.calls.filter((c) => c.method === 'setTurnSeconds').map((c) => [c.matchID, c.value]),
    ).toEqual(stored?.doc.tables.map((table) => [table.matchID, 90]));
  });

  it('limits new sessions per address (each one creates up to 20 matches)', async () => {
    ({ server, controls } = await classroomServer());
    const statuses: number[] = [];
    for (let index = 0; index < 6; index++)
      statuses.push(
        (
          await call(server, 'POST', '/sessions', {
            body: { title: 'x', scenarioId: 'baseline-2025', tables: 1 },
          })
        ).status,
      );
    expect(statuses).toEqual([201, 201, 201, 201, 201, 429]);
  });
});

describe('the facilitator key', () => {
  const routes: [method: 'GET' | 'POST', path: string, body?: unknown][] = [
    ['GET', ''],
    ['POST', '/seats', { draw: true }],
    ['POST', '/start', {}],
    ['POST', '/pause', { tables: 'all', paused: true }],
    ['POST', '/inject', { tables: 'all', cardId: 'chips-and-science-act' }],
    ['POST', '/turn-seconds', { seconds: 60 }],
    ['GET', '/export.json'],
    ['GET', '/export.csv'],
    ['GET', '/tables/1/export.json'],
    ['GET', '/tables/1/export.csv'],
  ];

  it.each(routes)(
    "is required by %s …/:id%s: 401 without it or with another session's, nothing changed",
    async (method, path, body) => {
      ({ server, controls } = await classroomServer());
      const session = await createSession(server);
      const other = await createSession(server);
      await joinClass(server, session.joinCode, 'Ada');
      const before = await server.classroomStore.loadSession(session.sessionId);
      for (const token of [undefined, 'not-the-key', other.facilitatorKey]) {
        const answer = await call<{ error: { code: string } }>(
          server,
          method,
          `/sessions/${session.sessionId}${path}`,
          {
            ...(token === undefined ? {} : { token }),
            ...(body === undefined ? {} : { body }),
          },
        );
        expect(answer.status).toBe(401);
        expect(answer.body.error.code).toBe('unauthorized');
      }
      // A malformed body without the key is refused for the key, not the body.
      if (method === 'POST') {
        const response = await fetch(`${server.url}/classroom/api/sessions/${session.sessionId}${path}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{not json',
        });
        expect(response.status).toBe(401);
      }
      expect(await server.classroomStore.loadSession(session.sessionId)).toEqual(before);
      expect(controls.calls).toEqual([]);
    },
  );

  it('opens the overview with the key; an unknown session is 404', async () => {
    ({ server, controls } = await classroomServer());
    const session = await createSession(server);
    expect(
      (await call(server, 'GET', `/sessions/${session.sessionId}`, { token: session.facilitatorKey })).status,
    ).toBe(200);
    expect(
      (await call(server, 'GET', '/sessions/nosuchsession', { token: session.facilitatorKey })).status,
    ).toBe(404);
  });
});
