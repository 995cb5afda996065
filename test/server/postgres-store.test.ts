import type { Game } from 'boardgame.io';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { PRE_VERSIONING_RULES_VERSION, SiliconCurtain } from '../../rules/index.ts';
import { encodeInitialState } from '../../server/storage/state-codec.ts';
import { newMatch } from '../../server/authority/match-factory.ts';
import { PostgresStore } from '../../server/storage/postgres-store.ts';
import type { TestSchema } from './helpers/services.ts';
import { postgresUnreachable, skipReason, testDatabaseUrl, testSchema } from './helpers/services.ts';
import { describeMatchStore } from './storage-conformance.ts';

const unreachable = await postgresUnreachable();
const skipped = skipReason('PostgreSQL store suite', [unreachable]);
const title = skipped === undefined ? 'PostgreSQL store' : `PostgreSQL store (skipped: ${skipped})`;

const schemas: TestSchema[] = [];
const schemaOf = new Map<PostgresStore, string>();
/** A store on a schema of its own (dropped after the file), so test files can run in parallel. */
async function freshStore(): Promise<PostgresStore> {
  const schema = testSchema();
  schemas.push(schema);
  const store = await PostgresStore.open({
    connectionString: testDatabaseUrl,
    schema: schema.name,
    maxConnections: 4,
  });
  schemaOf.set(store, schema.name);
  return store;
}

/** A second pool on the same schema. */
async function secondPool(store: PostgresStore): Promise<PostgresStore> {
  const schema = schemaOf.get(store);
  if (schema === undefined) throw new Error('not a store of this file');
  return PostgresStore.open({ connectionString: testDatabaseUrl, schema, maxConnections: 2 });
}

afterAll(async () => {
  if (skipped !== undefined) return;
  for (const schema of schemas.splice(0)) await schema.drop();
});

function match() {
  const createdMade = newMatch(SiliconCurtain as Game, {});
  if (!createdMade.ok) throw new Error(createdMade.rejection.message);
  const created = createdMade.value;
  return created;
}

describe.skipIf(skipped !== undefined)(title, () => {
  it(`reaches ${testDatabaseUrl}`, () => {
    expect(unreachable).toBeUndefined();
  });

  describeMatchStore('PostgreSQL', freshStore, secondPool);

  it('keeps the log and the journal append-only: an UPDATE is refused by the database', async () => {
    const store = await freshStore();
    const created = match();
    await store.createMatch('m1', created);
    const move = { seat: '0', moveType: 'endTurn', fields: {}, at: 1 };
    await store.commitState('m1', {
      state: { ...created.initialState, _stateID: 1 },
      deltalog: [
        {
          action: { type: 'MAKE_MOVE', payload: { type: 'x', args: [], playerID: '0' } },
          _stateID: 0,
          turn: 1,
          phase: 'x',
        },
      ],
      move,
    });
    await store.close();
    const schema = schemas.at(-1)?.name ?? '';
    const client = new pg.Client({ connectionString: testDatabaseUrl });
    await client.connect();
    try {
      await expect(client.query(`UPDATE ${schema}.match_log SET entry = '{}'`)).rejects.toThrow(
        /append-only/,
      );
      await expect(client.query(`UPDATE ${schema}.match_moves SET move = '{}'`)).rejects.toThrow(
        /append-only/,
      );
    } finally {
      await client.end();
    }
  });

  it('opens a schema from before rules versions: its rows read as the pre-versioning rules', async () => {
    const schema = testSchema();
    schemas.push(schema);
    const created = match();
    const client = new pg.Client({ connectionString: testDatabaseUrl });
    await client.connect();
    try {
      // The matches table as it was before the rules version columns.
      await client.query(`CREATE SCHEMA ${schema.name}`);
      await client.query(`CREATE TABLE ${schema.name}.matches (
        match_id TEXT PRIMARY KEY, game_name TEXT NOT NULL, state_id INTEGER NOT NULL, state TEXT NOT NULL,
        initial_state TEXT NOT NULL, metadata TEXT NOT NULL, metadata_version INTEGER NOT NULL DEFAULT 0,
        unlisted BOOLEAN NOT NULL DEFAULT FALSE, created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL,
        gameover TEXT)`);
      const initial = encodeInitialState(created.initialState);
      await client.query(
        `INSERT INTO ${schema.name}.matches VALUES ('m1', 'silicon-curtain', 0, $1, $1, $2, 0, FALSE, 1, 1, NULL)`,
        [initial, JSON.stringify(created.metadata)],
      );
    } finally {
      await client.end();
    }
    const store = await PostgresStore.open({ connectionString: testDatabaseUrl, schema: schema.name });
    expect(await store.loadMetadata('m1')).toMatchObject({
      rulesVersion: PRE_VERSIONING_RULES_VERSION,
      createdRulesVersion: PRE_VERSIONING_RULES_VERSION,
    });
    const next = { ...created.initialState, _stateID: 1 };
    expect(
      await store.commitState('m1', { state: next, deltalog: [], rules: { from: '1.0.0', to: '1.0.0' } }),
    ).toBe(false);
    const rules = { from: PRE_VERSIONING_RULES_VERSION, to: '1.0.0' };
    expect(await store.commitState('m1', { state: next, deltalog: [], rules })).toBe(true);
    expect(await store.loadMetadata('m1')).toMatchObject({
      rulesVersion: '1.0.0',
      createdRulesVersion: PRE_VERSIONING_RULES_VERSION,
    });
    await store.close();
  });

  it('migrates idempotently, also when several processes start at once', async () => {
    const schema = testSchema();
    schemas.push(schema);
    const open = () =>
      PostgresStore.open({ connectionString: testDatabaseUrl, schema: schema.name, maxConnections: 2 });
    const stores = await Promise.all([open(), open(), open()]);
    const created = match();
    expect(await stores[0]?.createMatch('m1', created)).toBe(true);
    const again = await open();
    expect((await again.loadState('m1'))?._stateID).toBe(0);
    for (const store of [...stores, again]) await store.close();
  });

  it('lets exactly one of many concurrent writers commit each state id (compare-and-set under load)', async () => {
    const schema = testSchema();
    schemas.push(schema);
    const open = () =>
      PostgresStore.open({ connectionString: testDatabaseUrl, schema: schema.name, maxConnections: 4 });
    const writers = await Promise.all([open(), open(), open()]);
    const created = match();
    await writers[0]?.createMatch('m1', created);
    for (let stateID = 1; stateID <= 20; stateID++) {
      const attempts = writers.flatMap((store, w) =>
        [0, 1].map((k) =>
          store.commitState('m1', {
            state: { ...created.initialState, _stateID: stateID, G: { writer: w, k } },
            deltalog: [],
            move: { seat: String(w), moveType: 'x', fields: { k }, at: stateID },
          }),
        ),
      );
      const results = await Promise.all(attempts);
      expect(results.filter(Boolean), `state ${stateID}`).toHaveLength(1);
    }
    const reader = writers[0];
    const journal = (await reader?.loadJournal('m1')) ?? [];
    expect(journal.map((entry) => entry.stateID)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    for (const store of writers) await store.close();
  });
});
