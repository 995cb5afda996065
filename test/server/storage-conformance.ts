import type { LogEntry, State } from 'boardgame.io';
import { describe, expect, it } from 'vitest';
import type { Game } from 'boardgame.io';
import { RULES_VERSION, SiliconCurtain } from '../../rules/index.ts';
import { newMatch } from '../../server/authority/match-factory.ts';
import type { MatchStore, NewMatch } from '../../server/storage/match-store.ts';

/**
 * The behaviour every MatchStore backend must have (SQLite and PostgreSQL): call this from a test file
 * with a factory that returns a fresh, empty store.
 */

function fresh(now = 1_000): NewMatch {
  const matchMade = newMatch(SiliconCurtain as Game, {}, now);
  if (!matchMade.ok) throw new Error(matchMade.rejection.message);
  const match = matchMade.value;
  return match;
}

const step = (state: State, by = 1): State => ({ ...state, _stateID: state._stateID + by });

const entry = (stateID: number): LogEntry => ({
  action: { type: 'MAKE_MOVE', payload: { type: 'endTurn', args: [], playerID: '0' } },
  _stateID: stateID,
  turn: 1,
  phase: 'action',
});

/**
 * `secondConnection`, when given, opens another connection to the same data as `store` (a second SQLite
 * connection on the file, a second pool on the schema): commits must be visible there once they resolve.
 */
export function describeMatchStore<S extends MatchStore>(
  name: string,
  makeStore: () => Promise<S>,
  secondConnection?: (store: S) => Promise<MatchStore>,
): void {
  describe(`MatchStore conformance: ${name}`, () => {
    const withStore = (test: (store: S) => Promise<void>) => async () => {
      const store = await makeStore();
      try {
        await test(store);
      } finally {
        await store.close();
      }
    };

    it(
      'creates a match once and reads back state, initial state, metadata and an empty log',
      withStore(async (store) => {
        const match = fresh();
        expect(await store.createMatch('m1', match)).toBe(true);
        expect(await store.createMatch('m1', fresh(2_000))).toBe(false);
        expect(await store.loadState('m1')).toEqual(match.initialState);
        expect(await store.loadInitialState('m1')).toEqual(match.initialState);
        expect(await store.loadMetadata('m1')).toEqual({
          metadata: match.metadata,
          version: 0,
          rulesVersion: RULES_VERSION,
          createdRulesVersion: RULES_VERSION,
        });
        expect(await store.loadLog('m1')).toEqual([]);
        expect(await store.loadJournal('m1')).toEqual([]);
      }),
    );

    it(
      'reads a committed state back exactly, params and their key order included',
      withStore(async (store) => {
        const match = fresh();
        await store.createMatch('m1', match);
        const next = step(match.initialState);
        expect(await store.commitState('m1', { state: next, deltalog: [] })).toBe(true);
        // The rules iterate some params objects: a backend that reorders keys would change the game.
        expect(JSON.stringify(await store.loadState('m1'))).toBe(JSON.stringify(next));
      }),
    );

    it(
      "reads one seat's credentials: the string, null for a seat without one, undefined for no match",
      withStore(async (store) => {
        const match = fresh();
        match.metadata.players = {
          0: { id: 0, name: 'a', credentials: 'secret "0" \\ é' },
          1: { id: 1, credentials: 42 as unknown as string },
        };
        await store.createMatch('m1', match);
        expect(await store.loadSeatCredentials('m1', '0')).toBe('secret "0" \\ é');
        expect(await store.loadSeatCredentials('m1', '1')).toBeNull();
        await store.updateMetadata('m1', 0, { ...match.metadata, players: { 0: { id: 0 }, 1: { id: 1 } } });
        expect(await store.loadSeatCredentials('m1', '0')).toBeNull();
        expect(await store.loadSeatCredentials('nope', '0')).toBeUndefined();
      }),
    );

    it(
      'answers undefined and empty lists for an unknown match, and commits nothing to it',
      withStore(async (store) => {
        expect(await store.loadState('nope')).toBeUndefined();
        expect(await store.loadInitialState('nope')).toBeUndefined();
        expect(await store.loadMetadata('nope')).toBeUndefined();
        expect(await store.loadLog('nope')).toEqual([]);
        expect(await store.commitState('nope', { state: step(fresh().initialState), deltalog: [] })).toBe(
          false,
        );
        expect(await store.listMatches()).toEqual([]);
      }),
    );

    it(
      'commits only the next state id (compare-and-set) and changes nothing on a refusal',
      withStore(async (store) => {
        const match = fresh();
        await store.createMatch('m1', match);
        const s0 = match.initialState;
        expect(await store.commitState('m1', { state: s0, deltalog: [entry(0)] })).toBe(false);
        expect(await store.commitState('m1', { state: step(s0, 2), deltalog: [entry(0)] })).toBe(false);
        expect(await store.commitState('m1', { state: step(s0, -1), deltalog: [entry(0)] })).toBe(false);
        expect(await store.loadLog('m1')).toEqual([]);
        const move = { seat: '0', moveType: 'endTurn', fields: {}, at: 5 };
        expect(await store.commitState('m1', { state: step(s0), deltalog: [entry(0)], move })).toBe(true);
        expect(await store.commitState('m1', { state: step(s0), deltalog: [entry(0)], move })).toBe(false);
        expect((await store.loadState('m1'))?._stateID).toBe(1);
        expect(await store.loadLog('m1')).toEqual([entry(0)]);
        expect(await store.loadJournal('m1')).toEqual([{ ...move, stateID: 1 }]);
        expect(await store.loadInitialState('m1')).toEqual(s0);
      }),
    );

    it(
      'appends the log in order across commits and never stores the deltalog inside the state',
      withStore(async (store) => {
        const match = fresh();
        await store.createMatch('m1', match);
        let state = match.initialState;
        for (let i = 0; i < 5; i++) {
          state = step(state);
          const deltalog = i % 2 === 0 ? [entry(i)] : [entry(i), entry(i)];
          expect(await store.commitState('m1', { state: { ...state, deltalog }, deltalog })).toBe(true);
        }
        const log = await store.loadLog('m1');
        expect(log.map((e) => e._stateID)).toEqual([0, 1, 1, 2, 3, 3, 4]);
        expect((await store.loadState('m1'))?.deltalog).toBeUndefined();
      }),
    );

    it(
      'applies the metadata patch of a commit: updatedAt always, gameover once',
      withStore(async (store) => {
        const match = fresh(1_000);
        await store.createMatch('m1', match);
        const s1 = step(match.initialState);
        await store.commitState('m1', { state: s1, deltalog: [], patch: { updatedAt: 2_000 } });
        expect((await store.loadMetadata('m1'))?.metadata.updatedAt).toBe(2_000);
        await store.commitState('m1', {
          state: step(s1),
          deltalog: [],
          patch: { updatedAt: 3_000, gameover: { winner: '1' } },
        });
        const stored = await store.loadMetadata('m1');
        expect(stored?.metadata).toMatchObject({ updatedAt: 3_000, gameover: { winner: '1' } });
        expect(await store.listMatches({ isGameover: true })).toEqual(['m1']);
        expect(await store.listMatches({ isGameover: false })).toEqual([]);
        // Nothing else in the metadata changes; the version moves, so a read-modify-write racing the
        // patch fails its compare-and-set instead of overwriting it.
        expect(stored?.metadata).toEqual({ ...match.metadata, updatedAt: 3_000, gameover: { winner: '1' } });
        const before = stored?.version ?? -1;
        await store.commitState('m1', {
          state: step(step(s1)),
          deltalog: [],
          patch: { updatedAt: 4_000, gameover: { winner: '0' } },
        });
        const after = await store.loadMetadata('m1');
        expect(after?.metadata).toMatchObject({ updatedAt: 4_000, gameover: { winner: '1' } });
        expect(after?.version).toBeGreaterThan(before);
        expect(await store.updateMetadata('m1', before, match.metadata)).toBe(false);
      }),
    );

    it(
      'keeps the rules version a match was created with, and moves it only by a commit made under it',
      withStore(async (store) => {
        const match = { ...fresh(), rulesVersion: '0.9.5' };
        await store.createMatch('m1', match);
        const versions = async () => {
          const stored = await store.loadMetadata('m1');
          return [stored?.rulesVersion, stored?.createdRulesVersion];
        };
        expect(await versions()).toEqual(['0.9.5', '0.9.5']);
        const one = step(match.initialState);
        // A commit made from a state read under other rules is refused, like a stale state id.
        const wrong = { state: one, deltalog: [entry(1)], rules: { from: '1.0.0', to: '1.0.0' } };
        expect(await store.commitState('m1', wrong)).toBe(false);
        expect(await store.loadState('m1')).toEqual(match.initialState);
        expect(await store.loadLog('m1')).toEqual([]);
        expect(await store.commitState('m1', { state: one, deltalog: [] })).toBe(true);
        expect(await versions()).toEqual(['0.9.5', '0.9.5']);
        const migrated = { state: step(one), deltalog: [], rules: { from: '0.9.5', to: '1.0.0' } };
        expect(await store.commitState('m1', { ...migrated, patch: { updatedAt: 5 } })).toBe(true);
        expect(await versions()).toEqual(['1.0.0', '0.9.5']);
        const after = { state: step(one, 2), deltalog: [], rules: { from: '1.0.0', to: '1.0.0' } };
        expect(await store.commitState('m1', after)).toBe(true);
        expect(await versions()).toEqual(['1.0.0', '0.9.5']);
      }),
    );

    it(
      'updates metadata by compare-and-set on its version',
      withStore(async (store) => {
        const match = fresh();
        await store.createMatch('m1', match);
        const renamed = { ...match.metadata, players: { 0: { id: 0, name: 'a' }, 1: { id: 1 } } };
        expect(await store.updateMetadata('m1', 0, renamed)).toBe(true);
        expect(await store.updateMetadata('m1', 0, match.metadata)).toBe(false);
        expect(await store.loadMetadata('m1')).toMatchObject({ metadata: renamed, version: 1 });
        expect(await store.updateMetadata('nope', 0, renamed)).toBe(false);
        expect(await store.setMetadata('m1', match.metadata)).toBe(true);
        expect((await store.loadMetadata('m1'))?.version).toBe(2);
      }),
    );

    it(
      'lists matches by game and update time, and wipes a match completely',
      withStore(async (store) => {
        await store.createMatch('a', fresh(1_000));
        await store.createMatch('b', fresh(5_000));
        expect(await store.listMatches()).toEqual(['a', 'b']);
        expect(await store.listMatches({ gameName: 'silicon-curtain' })).toEqual(['a', 'b']);
        expect(await store.listMatches({ gameName: 'other' })).toEqual([]);
        expect(await store.listMatches({ updatedBefore: 3_000 })).toEqual(['a']);
        expect(await store.listMatches({ updatedAfter: 3_000 })).toEqual(['b']);
        const s = (await store.loadState('a')) as State;
        await store.commitState('a', {
          state: step(s),
          deltalog: [entry(0)],
          move: { seat: '0', moveType: 'x', fields: {}, at: 1 },
        });
        await store.wipe('a');
        expect(await store.loadState('a')).toBeUndefined();
        expect(await store.loadLog('a')).toEqual([]);
        expect(await store.loadJournal('a')).toEqual([]);
        expect(await store.listMatches()).toEqual(['b']);
      }),
    );

    it(
      'lets exactly one of several concurrent commits of the same state id win, every time',
      withStore(async (store) => {
        const match = fresh();
        await store.createMatch('m1', match);
        for (let stateID = 1; stateID <= 10; stateID++) {
          const results = await Promise.all(
            [0, 1, 2, 3, 4].map((writer) =>
              store.commitState('m1', {
                state: { ...match.initialState, _stateID: stateID },
                deltalog: [entry(stateID - 1)],
                move: { seat: String(writer % 2), moveType: 'x', fields: { writer }, at: stateID },
              }),
            ),
          );
          expect(results.filter(Boolean), `state ${stateID}`).toHaveLength(1);
        }
        expect((await store.loadJournal('m1')).map((e) => e.stateID)).toEqual([
          1, 2, 3, 4, 5, 6, 7, 8, 9, 10,
        ]);
        expect((await store.loadLog('m1')).map((e) => e._stateID)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
      }),
    );

    it(
      'commits concurrently across many matches: every commit wins once and is durable when it resolves',
      withStore(async (store) => {
        const ids = Array.from({ length: 24 }, (_, i) => `m${i}`);
        const match = fresh();
        for (const id of ids) await store.createMatch(id, match);
        for (let stateID = 1; stateID <= 4; stateID++) {
          const results = await Promise.all(
            ids.map((id, i) =>
              store.commitState(id, {
                state: { ...match.initialState, _stateID: stateID },
                deltalog: [entry(stateID - 1)],
                move: { seat: String(i % 2), moveType: 'x', fields: { id }, at: stateID },
                patch: { updatedAt: 1_000 + stateID },
              }),
            ),
          );
          expect(results).toEqual(ids.map(() => true));
        }
        const readers: MatchStore[] = [store];
        if (secondConnection) readers.push(await secondConnection(store));
        try {
          for (const reader of readers) {
            for (const id of ids) {
              expect((await reader.loadState(id))?._stateID, id).toBe(4);
              expect((await reader.loadJournal(id)).map((e) => [e.stateID, e.fields['id']])).toEqual(
                [1, 2, 3, 4].map((n) => [n, id]),
              );
              expect((await reader.loadLog(id)).map((e) => e._stateID)).toEqual([0, 1, 2, 3]);
              expect((await reader.loadMetadata(id))?.metadata.updatedAt).toBe(1_004);
            }
          }
        } finally {
          for (const reader of readers.slice(1)) await reader.close();
        }
      }),
    );

    it(
      'fails a stale commit alone when it is sent together with the commits of other matches',
      withStore(async (store) => {
        const ids = Array.from({ length: 12 }, (_, i) => `m${i}`);
        const match = fresh();
        for (const id of ids) await store.createMatch(id, match);
        const commitAt = (id: string, stateID: number, writer: string) =>
          store.commitState(id, {
            state: { ...match.initialState, _stateID: stateID },
            deltalog: [entry(stateID - 1)],
            move: { seat: '0', moveType: 'x', fields: { writer }, at: stateID },
          });
        expect(await commitAt('m5', 1, 'first')).toBe(true);
        const [stale, ...others] = await Promise.all([
          commitAt('m5', 1, 'stale'),
          ...ids.map((id) => commitAt(id, id === 'm5' ? 2 : 1, 'batch')),
        ]);
        expect(stale).toBe(false);
        expect(others).toEqual(ids.map(() => true));
        expect((await store.loadJournal('m5')).map((e) => [e.stateID, e.fields['writer']])).toEqual([
          [1, 'first'],
          [2, 'batch'],
        ]);
        for (const id of ids.filter((other) => other !== 'm5'))
          expect((await store.loadJournal(id)).map((e) => e.stateID)).toEqual([1]);
      }),
    );

    it(
      'lets exactly one of several concurrent metadata writes with the same version win',
      withStore(async (store) => {
        const match = fresh();
        await store.createMatch('m1', match);
        const results = await Promise.all(
          ['a', 'b', 'c', 'd'].map((name) =>
            store.updateMetadata('m1', 0, {
              ...match.metadata,
              players: { 0: { id: 0, name }, 1: { id: 1 } },
            }),
          ),
        );
        expect(results.filter(Boolean)).toHaveLength(1);
        expect((await store.loadMetadata('m1'))?.version).toBe(1);
      }),
    );

    it('pings while open and not after close', async () => {
      const store = await makeStore();
      expect(await store.ping()).toBe(true);
      await store.close();
      expect(await store.ping()).toBe(false);
    });
  });
}
