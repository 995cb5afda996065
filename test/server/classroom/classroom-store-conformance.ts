import { describe, expect, it } from 'vitest';
import type { ClassroomStore } from '../../../server/classroom/classroom-store.ts';
import type { SessionDoc } from '../../../server/classroom/session-doc.ts';

/** What every ClassroomStore must do: call from a test file with a factory of fresh, empty stores. */

export function sessionDoc(id: string, joinCode: string, createdAt = 1_000): SessionDoc {
  return {
    id,
    title: 'Period 3',
    joinCode,
    facilitatorKeyHash: 'a'.repeat(64),
    createdAt,
    scenarioId: 'baseline-2025',
    overrides: { 'subsidy.poolBn.us': 60, 'yieldCap.duv.n7': 0.45 },
    rulesVersion: '2.0.0',
    turnSeconds: null,
    botFill: { china: 'greedy' },
    startedAt: null,
    tables: [{ table: 1, matchID: 'm1', kernelSeed: 'f'.repeat(64), bots: {}, injects: [] }],
    students: [],
    proposals: [],
  };
}

/**
 * `secondConnection`, when given, opens another connection to the same data (another SQLite connection
 * on the file, another pool on the schema): a write must be visible there once it resolves.
 */
export function describeClassroomStore<S extends ClassroomStore>(
  name: string,
  makeStore: () => Promise<S>,
  secondConnection?: (store: S) => Promise<ClassroomStore>,
): void {
  describe(`ClassroomStore conformance: ${name}`, () => {
    const withStore = (test: (store: S) => Promise<void>) => async () => {
      const store = await makeStore();
      try {
        await test(store);
      } finally {
        await store.close();
      }
    };

    it(
      'creates a session once and reads it back exactly, at version 0',
      withStore(async (store) => {
        const doc = sessionDoc('s1', 'ABCDEF');
        expect(await store.createSession(doc)).toBe(true);
        expect(await store.loadSession('s1')).toEqual({ doc, version: 0 });
        expect(JSON.stringify((await store.loadSession('s1'))?.doc)).toBe(JSON.stringify(doc));
        expect(await store.sessionVersion('s1')).toBe(0);
        expect(await store.loadSession('nope')).toBeUndefined();
        expect(await store.sessionVersion('nope')).toBeUndefined();
      }),
    );

    it(
      'refuses a taken id or a taken join code and changes nothing',
      withStore(async (store) => {
        const doc = sessionDoc('s1', 'ABCDEF');
        await store.createSession(doc);
        expect(await store.createSession(sessionDoc('s1', 'GHJKLM'))).toBe(false);
        expect(await store.createSession(sessionDoc('s2', 'ABCDEF'))).toBe(false);
        expect(await store.loadSession('s2')).toBeUndefined();
        expect(await store.sessionByJoinCode('GHJKLM')).toBeUndefined();
        expect(await store.loadSession('s1')).toEqual({ doc, version: 0 });
      }),
    );

    it(
      'finds a session by its join code, with its creation time',
      withStore(async (store) => {
        await store.createSession(sessionDoc('s1', 'ABCDEF', 5_000));
        expect(await store.sessionByJoinCode('ABCDEF')).toEqual({ sessionId: 's1', createdAt: 5_000 });
        expect(await store.sessionByJoinCode('ZZZZZZ')).toBeUndefined();
      }),
    );

    it(
      'writes compare-and-set on the version: a stale write changes nothing',
      withStore(async (store) => {
        const doc = sessionDoc('s1', 'ABCDEF');
        await store.createSession(doc);
        const changed = { ...doc, title: 'Period 4' };
        expect(await store.updateSession('s1', 0, changed)).toBe(true);
        expect(await store.updateSession('s1', 0, { ...doc, title: 'stale' })).toBe(false);
        expect(await store.loadSession('s1')).toEqual({ doc: changed, version: 1 });
        expect(await store.updateSession('nope', 0, doc)).toBe(false);
      }),
    );

    it(
      'lets exactly one of many concurrent writers of a version win',
      withStore(async (store) => {
        await store.createSession(sessionDoc('s1', 'ABCDEF'));
        const results = await Promise.all(
          Array.from({ length: 8 }, (_, index) =>
            store.updateSession('s1', 0, { ...sessionDoc('s1', 'ABCDEF'), title: `writer ${index}` }),
          ),
        );
        expect(results.filter(Boolean)).toHaveLength(1);
        expect(await store.sessionVersion('s1')).toBe(1);
      }),
    );

    if (secondConnection)
      it(
        'shows a resolved write to another connection (it is committed)',
        withStore(async (store) => {
          const other = await secondConnection(store);
          try {
            await store.createSession(sessionDoc('s1', 'ABCDEF'));
            expect((await other.loadSession('s1'))?.version).toBe(0);
            await store.updateSession('s1', 0, { ...sessionDoc('s1', 'ABCDEF'), title: 'seen' });
            expect((await other.loadSession('s1'))?.doc.title).toBe('seen');
          } finally {
            await other.close();
          }
        }),
      );
  });
}
