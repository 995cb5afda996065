import path from 'node:path';
import Database from 'better-sqlite3';
import type { Game } from 'boardgame.io';
import { describe, expect, it } from 'vitest';
import { PRE_VERSIONING_RULES_VERSION, SiliconCurtain } from '../../rules/index.ts';
import { newMatch } from '../../server/authority/match-factory.ts';
import { SqliteStore } from '../../server/storage/sqlite-store.ts';
import { encodeInitialState, encodeState } from '../../server/storage/state-codec.ts';
import { describeMatchStore } from './storage-conformance.ts';
import { tempDataDir } from './helpers/test-server.ts';

describeMatchStore('SQLite in memory', () => Promise.resolve(new SqliteStore(':memory:')));
describeMatchStore(
  'SQLite file',
  () => Promise.resolve(SqliteStore.inDirectory(tempDataDir())),
  (store) => Promise.resolve(new SqliteStore(store.file)),
);
describeMatchStore(
  'SQLite file, 2 ms group-commit window',
  () =>
    Promise.resolve(
      new SqliteStore(path.join(tempDataDir(), 'matches.sqlite'), { windowMs: 2, maxBatch: 5 }),
    ),
  (store) => Promise.resolve(new SqliteStore(store.file)),
);

function match() {
  const createdMade = newMatch(SiliconCurtain as Game, {});
  if (!createdMade.ok) throw new Error(createdMade.rejection.message);
  const created = createdMade.value;
  return created;
}

describe('SQLite specifics', () => {
  it('opens a match file of the earlier layout (initial state in the match row) and plays on from it', async () => {
    const file = path.join(tempDataDir(), 'matches.sqlite');
    const created = match();
    const initialJson = encodeInitialState(created.initialState);
    const moved = { ...created.initialState, _stateID: 1 };
    const old = new Database(file);
    old.exec(`CREATE TABLE matches (
        match_id TEXT PRIMARY KEY, game_name TEXT NOT NULL, state_id INTEGER NOT NULL, state TEXT NOT NULL,
        initial_state TEXT NOT NULL, metadata TEXT NOT NULL, metadata_version INTEGER NOT NULL DEFAULT 0,
        unlisted INTEGER NOT NULL DEFAULT 0, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
        gameover TEXT) STRICT`);
    old
      .prepare('INSERT INTO matches VALUES (?, ?, 1, ?, ?, ?, 0, 0, 1, 1, NULL)')
      .run('m1', 'silicon-curtain', encodeState(moved), initialJson, JSON.stringify(created.metadata));
    old.close();

    const store = new SqliteStore(file);
    const columns = (
      new Database(file, { readonly: true }).pragma('table_info(matches)') as { name: string }[]
    ).map((column) => column.name);
    expect(columns).not.toContain('initial_state');
    expect(JSON.stringify(await store.loadInitialState('m1'))).toBe(initialJson);
    // The move state's params marker is filled from the moved initial state.
    expect(await store.loadState('m1')).toEqual(JSON.parse(JSON.stringify(moved)));
    // A row from before rules versions were recorded: played under the pre-versioning rules.
    expect(await store.loadMetadata('m1')).toMatchObject({
      rulesVersion: PRE_VERSIONING_RULES_VERSION,
      createdRulesVersion: PRE_VERSIONING_RULES_VERSION,
    });
    const rules = { from: PRE_VERSIONING_RULES_VERSION, to: PRE_VERSIONING_RULES_VERSION };
    expect(await store.commitState('m1', { state: { ...moved, _stateID: 2 }, deltalog: [], rules })).toBe(
      true,
    );
    expect((await store.loadState('m1'))?._stateID).toBe(2);
    await store.close();
  });

  it('runs in WAL mode with synchronous=FULL, and a commit is visible to a new connection at once', async () => {
    const dir = tempDataDir();
    const store = SqliteStore.inDirectory(dir);
    const created = match();
    await store.createMatch('m1', created);
    await store.commitState('m1', { state: { ...created.initialState, _stateID: 1 }, deltalog: [] });
    const reader = new Database(path.join(dir, 'matches.sqlite'), { readonly: true });
    expect(reader.pragma('journal_mode', { simple: true })).toBe('wal');
    const row = reader.prepare('SELECT state_id FROM matches WHERE match_id = ?').get('m1') as {
      state_id: number;
    };
    expect(row.state_id).toBe(1);
    reader.close();
    await store.close();
  });

  it('keeps the log append-only: updating a log row is refused by the database', async () => {
    const dir = tempDataDir();
    const store = SqliteStore.inDirectory(dir);
    const created = match();
    await store.createMatch('m1', created);
    await store.commitState('m1', {
      state: { ...created.initialState, _stateID: 1 },
      deltalog: [
        {
          action: { type: 'MAKE_MOVE', payload: { type: 'endTurn', args: [], playerID: '0' } },
          _stateID: 0,
          turn: 1,
          phase: 'x',
        },
      ],
    });
    await store.close();
    const writer = new Database(path.join(dir, 'matches.sqlite'));
    expect(() => writer.prepare("UPDATE match_log SET entry = '{}'").run()).toThrow(/append-only/);
    writer.close();
  });

  it('groups concurrent commits into one transaction; a commit that throws fails alone', async () => {
    const dir = tempDataDir();
    const store = SqliteStore.inDirectory(dir);
    const created = match();
    const ids = ['a', 'b', 'c', 'd'];
    for (const id of ids) await store.createMatch(id, created);
    const reader = new Database(path.join(dir, 'matches.sqlite'), { readonly: true });
    const commits = ids.map((id) =>
      store.commitState(id, {
        state: { ...created.initialState, _stateID: 1 },
        deltalog: [],
        move: { seat: '0', moveType: 'x', fields: id === 'c' ? { bad: 1n } : {}, at: 1 },
      }),
    );
    const settled = await Promise.allSettled(commits);
    expect(settled.map((s) => s.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled']);
    const stateIDs = ids.map(
      (id) =>
        (reader.prepare('SELECT state_id FROM matches WHERE match_id = ?').get(id) as { state_id: number })
          .state_id,
    );
    expect(stateIDs).toEqual([1, 1, 0, 1]);
    expect(
      await store.commitState('c', { state: { ...created.initialState, _stateID: 1 }, deltalog: [] }),
    ).toBe(true);
    reader.close();
    await store.close();
  });

  it('commits what is still queued when it closes', async () => {
    const dir = tempDataDir();
    const store = SqliteStore.inDirectory(dir);
    const created = match();
    await store.createMatch('m1', created);
    const pending = store.commitState('m1', {
      state: { ...created.initialState, _stateID: 1 },
      deltalog: [],
    });
    await store.close();
    expect(await pending).toBe(true);
    await expect(store.commitState('m1', { state: created.initialState, deltalog: [] })).rejects.toThrow(
      /not open/,
    );
    const second = SqliteStore.inDirectory(dir);
    expect((await second.loadState('m1'))?._stateID).toBe(1);
    await second.close();
  });

  it('survives reopening: a new store on the same directory reads every commit', async () => {
    const dir = tempDataDir();
    const first = SqliteStore.inDirectory(dir);
    const created = match();
    await first.createMatch('m1', created);
    await first.commitState('m1', { state: { ...created.initialState, _stateID: 1 }, deltalog: [] });
    await first.close();
    const second = SqliteStore.inDirectory(dir);
    expect((await second.loadState('m1'))?._stateID).toBe(1);
    await second.close();
  });
});
