import { describe, expect, it } from 'vitest';
import type { TestServer } from '../helpers/test-server.ts';
import { call, classroomServer, createSession, joinClass, me } from './helpers.ts';

describe('a class session and a restart', () => {
  it('survives a crash on the same SQLite file: key, code, students, seats and proposals all still work', async () => {
    let server: TestServer;
    ({ server } = await classroomServer());
    const session = await createSession(server, { tables: 2, botFill: { china: 'random' } });
    const ada = await joinClass(server, session.joinCode, 'Ada');
    await call(server, 'POST', `/sessions/${session.sessionId}/seats`, {
      token: session.facilitatorKey,
      body: { assignments: [{ studentId: ada.studentId, table: 1, side: 'us' }] },
    });
    await call(server, 'POST', '/me/proposals', { token: ada.studentToken, body: { text: 'Hold the line' } });
    await call(server, 'POST', `/sessions/${session.sessionId}/start`, {
      token: session.facilitatorKey,
      body: {},
    });
    const before = await me(server, ada);
    const { dataDir } = server;
    await server.closeNow();

    ({ server } = await classroomServer({ dataDir }));
    try {
      expect(await me(server, ada)).toEqual(before);
      const overview = await call<{
        title: string;
        students: { name: string }[];
        tables: { sides: { china: { bot: string } } }[];
      }>(server, 'GET', `/sessions/${session.sessionId}`, { token: session.facilitatorKey });
      expect(overview.status).toBe(200);
      expect(overview.body.students.map((student) => student.name)).toEqual(['Ada']);
      expect(overview.body.tables[0]?.sides.china.bot).toBe('random');
      const proposals = await call<{ proposals: { name: string; text: string }[] }>(
        server,
        'GET',
        '/me/proposals',
        {
          token: ada.studentToken,
        },
      );
      expect(proposals.body.proposals.map((p) => `${p.name}: ${p.text}`)).toEqual(['Ada: Hold the line']);
      // The seat's credentials still open the match, and the code still lets latecomers in.
      expect(
        await server.authority.authenticate(
          before.assignment?.matchID ?? '',
          '0',
          before.assignment?.credentials,
        ),
      ).toBeUndefined();
      await joinClass(server, session.joinCode, 'Ben');
    } finally {
      await server.closeNow();
    }
  });
});
