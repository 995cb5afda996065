import { expect } from 'vitest';
import type { TestServer } from '../helpers/test-server.ts';
import type { Session, Student } from './helpers.ts';
import { call, createSession, joinClass, me } from './helpers.ts';

/** A facilitator's call on its session, with its key. */
export const facilitatorCall = <T = Record<string, unknown>>(
  server: TestServer,
  session: Session,
  method: 'GET' | 'POST',
  path: string,
  body?: unknown,
) =>
  call<T>(server, method, `/sessions/${session.sessionId}${path}`, {
    token: session.facilitatorKey,
    ...(body === undefined ? {} : { body }),
  });

/** Both seats of a student's table (the tests play both sides through the authority). */
export async function bothSeats(server: TestServer, us: Student, china: Student) {
  const [usSeat, chinaSeat] = [(await me(server, us)).assignment, (await me(server, china)).assignment];
  if (!usSeat || !chinaSeat) throw new Error('not seated');
  expect(chinaSeat.matchID).toBe(usSeat.matchID);
  return { matchID: usSeat.matchID, credentials: { '0': usSeat.credentials, '1': chinaSeat.credentials } };
}

/** A class of two tables, one student a side: Ada (US) and Ben (China) at table 1, Cai and Dee at 2. */
export async function twoTablesOfTwo(server: TestServer, sessionBody: Record<string, unknown> = {}) {
  const session = await createSession(server, { tables: 2, ...sessionBody });
  const [ada, ben, cai, dee] = await Promise.all(
    ['Ada', 'Ben', 'Cai', 'Dee'].map((name) => joinClass(server, session.joinCode, name)),
  );
  if (!ada || !ben || !cai || !dee) throw new Error('not joined');
  const seated = await facilitatorCall(server, session, 'POST', '/seats', {
    assignments: [
      { studentId: ada.studentId, table: 1, side: 'us' },
      { studentId: ben.studentId, table: 1, side: 'china' },
      { studentId: cai.studentId, table: 2, side: 'us' },
      { studentId: dee.studentId, table: 2, side: 'china' },
    ],
  });
  expect(seated.status).toBe(200);
  return {
    session,
    students: { ada, ben, cai, dee },
    first: await bothSeats(server, ada, ben),
    other: await bothSeats(server, cai, dee),
  };
}
