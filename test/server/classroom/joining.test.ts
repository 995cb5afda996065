import { afterEach, describe, expect, it } from 'vitest';
import type { TestServer } from '../helpers/test-server.ts';
import { call, classroomServer, createSession, joinClass } from './helpers.ts';

let server: TestServer;

afterEach(async () => {
  await server.closeNow();
});

/** A code of the alphabet that is not `code` (and, with overwhelming odds, no other session's). */
function wrongCode(code: string, index: number): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const wrong = `${alphabet[index % 32] ?? 'A'}${alphabet[(index * 7 + 3) % 32] ?? 'B'}ZZZZ`;
  return wrong === code ? 'ZZZZZZ' : wrong;
}

describe('joining a class with its code', () => {
  it('lets a class of 60 behind one address join at once, each with a token of their own', async () => {
    ({ server } = await classroomServer());
    const session = await createSession(server);
    const names = Array.from({ length: 60 }, (_, index) => `Student ${index + 1}`);
    const students = await Promise.all(names.map((name) => joinClass(server, session.joinCode, name)));
    expect(new Set(students.map((student) => student.studentToken)).size).toBe(60);
    const stored = await server.classroomStore.loadSession(session.sessionId);
    expect(stored?.doc.students.map((student) => student.name).sort()).toEqual([...names].sort());
    // Tokens are kept as hashes only.
    expect(JSON.stringify(stored)).not.toContain(students[0]?.studentToken.split('.')[2]);
  });

  it('accepts a code typed in lower case, with spaces or a dash, and trims the name', async () => {
    ({ server } = await classroomServer());
    const session = await createSession(server);
    const typed = `${session.joinCode.slice(0, 3).toLowerCase()} - ${session.joinCode.slice(3)}`;
    const answer = await call<{ studentId: string }>(server, 'POST', '/join', {
      body: { code: typed, name: '  Ada  ' },
    });
    expect(answer.status).toBe(200);
    const stored = await server.classroomStore.loadSession(session.sessionId);
    expect(stored?.doc.students.map((student) => student.name)).toEqual(['Ada']);
  });

  it.each([
    [{ code: 'ABCDEF' }, 'name'],
    [{ code: 'ABCDEF', name: '' }, 'name must not be empty'],
    [{ code: 'ABCDEF', name: 'x'.repeat(41) }, 'at most 40 characters'],
    [{ code: 'ABCDEF', name: 'two\nlines' }, 'plain text on one line'],
    [{ name: 'Ada' }, 'code'],
  ])('refuses %j with a reason', async (body, reason) => {
    ({ server } = await classroomServer());
    const answer = await call<{ error: { message: string } }>(server, 'POST', '/join', { body });
    expect(answer.status).toBe(400);
    expect(answer.body.error.message).toContain(reason);
  });

  it('refuses a second student with the same name (case aside) and says what to do', async () => {
    ({ server } = await classroomServer());
    const session = await createSession(server);
    await joinClass(server, session.joinCode, 'Ada');
    const answer = await call<{ error: { code: string; message: string } }>(server, 'POST', '/join', {
      body: { code: session.joinCode, name: 'ADA' },
    });
    expect(answer.status).toBe(409);
    expect(answer.body.error).toEqual({
      code: 'nameTaken',
      message: 'someone in this class already has that name: add an initial',
    });
  });

  it('limits wrong codes per address: after 20 misses a guess is refused without being looked up', async () => {
    ({ server } = await classroomServer());
    const session = await createSession(server);
    const statuses: number[] = [];
    for (let index = 0; index < 22; index++)
      statuses.push(
        (
          await call(server, 'POST', '/join', {
            body: { code: wrongCode(session.joinCode, index), name: 'Eve' },
          })
        ).status,
      );
    expect(statuses.slice(0, 20)).toEqual(Array<number>(20).fill(404));
    expect(statuses.slice(20)).toEqual([429, 429]);
    // The class's own code is refused too while the budget is spent, until it has let someone in.
    expect(
      (await call(server, 'POST', '/join', { body: { code: session.joinCode, name: 'Ada' } })).status,
    ).toBe(429);
  });

  it('keeps letting the class in with its code while wrong codes from the same address are refused', async () => {
    ({ server } = await classroomServer());
    const session = await createSession(server);
    const first = await joinClass(server, session.joinCode, 'Student 1');
    expect(first.studentId).toBeTruthy();
    // A guesser (or a class full of typos) behind the school's address spends the budget…
    for (let index = 0; index < 25; index++)
      await call(server, 'POST', '/join', {
        body: { code: wrongCode(session.joinCode, index), name: 'Eve' },
      });
    const guess = await call<{ error: { code: string } }>(server, 'POST', '/join', {
      body: { code: wrongCode(session.joinCode, 99), name: 'Eve' },
    });
    expect(guess.status).toBe(429);
    expect(guess.body.error.code).toBe('rateLimited');
    // …and the other 59 of the class, behind the same address with the right code, all get in.
    const rest = await Promise.all(
      Array.from({ length: 59 }, (_, index) => joinClass(server, session.joinCode, `Student ${index + 2}`)),
    );
    expect(rest).toHaveLength(59);
    expect((await server.classroomStore.loadSession(session.sessionId))?.doc.students).toHaveLength(60);
  });

  it('does not open another session with a proven code: codes are per session', async () => {
    ({ server } = await classroomServer());
    const mine = await createSession(server);
    const other = await createSession(server);
    await joinClass(server, mine.joinCode, 'Ada');
    for (let index = 0; index < 25; index++)
      await call(server, 'POST', '/join', { body: { code: wrongCode(mine.joinCode, index), name: 'Eve' } });
    // The other class's code was never proven from this address: spent budget, refused unseen.
    expect(
      (await call(server, 'POST', '/join', { body: { code: other.joinCode, name: 'Eve' } })).status,
    ).toBe(429);
  });
});
