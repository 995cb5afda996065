import { describe, expect, it } from 'vitest';
import { SessionDocs } from '../../../server/classroom/session-docs.ts';
import { SqliteClassroomStore } from '../../../server/classroom/sqlite-classroom-store.ts';
import { refused, succeed } from '../../../server/boundary/rejection.ts';
import { sessionDoc } from './classroom-store-conformance.ts';

describe('SessionDocs', () => {
  it('writes a burst of changes together, each applied in order, a refused one leaving no trace', async () => {
    const store = new SqliteClassroomStore(':memory:');
    await store.createSession(sessionDoc('s1', 'ABCDEF'));
    let writes = 0;
    const update = store.updateSession.bind(store);
    store.updateSession = (...args) => {
      writes++;
      return update(...args);
    };
    const docs = new SessionDocs(store);
    const outcomes = await Promise.all(
      Array.from({ length: 30 }, (_, index) =>
        docs.change('s1', (doc) => {
          if (index === 7) {
            doc.title = 'must not stick';
            return refused('conflict', 'refused');
          }
          doc.proposals.push({
            studentId: `s${index}`,
            table: 1,
            side: 'us',
            text: String(index),
            at: index,
          });
          return succeed(index);
        }),
      ),
    );
    expect(outcomes.filter((outcome) => outcome.ok)).toHaveLength(29);
    expect(writes).toBe(1);
    const stored = await store.loadSession('s1');
    expect(stored?.doc.title).toBe('Period 3');
    expect(stored?.doc.proposals.map((p) => p.text)).toEqual(
      Array.from({ length: 30 }, (_, index) => String(index)).filter((text) => text !== '7'),
    );
  });

  it('runs its changes again on the fresh document when another process wrote first', async () => {
    const store = new SqliteClassroomStore(':memory:');
    await store.createSession(sessionDoc('s1', 'ABCDEF'));
    const docs = new SessionDocs(store);
    expect((await docs.read('s1'))?.version).toBe(0);
    // Another process adds a student behind this one's cached copy.
    await store.updateSession('s1', 0, {
      ...sessionDoc('s1', 'ABCDEF'),
      students: [{ id: 'x', name: 'Elsewhere', tokenHash: 'b'.repeat(64), joinedAt: 1, seat: null }],
    });
    const outcome = await docs.change('s1', (doc) => {
      doc.students.push({ id: 'y', name: 'Here', tokenHash: 'c'.repeat(64), joinedAt: 2, seat: null });
      return succeed(doc.students.length);
    });
    expect(outcome).toEqual({ ok: true, value: 2 });
    expect((await store.loadSession('s1'))?.doc.students.map((s) => s.name)).toEqual(['Elsewhere', 'Here']);
  });

  it('answers an unknown session with sessionNotFound', async () => {
    const docs = new SessionDocs(new SqliteClassroomStore(':memory:'));
    const outcome = await docs.change('nope', () => succeed(1));
    expect(outcome).toEqual({
      ok: false,
      rejection: { code: 'sessionNotFound', message: 'no such class session' },
    });
  });
});
