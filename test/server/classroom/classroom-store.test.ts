import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Game } from 'boardgame.io';
import { afterAll, describe, expect, it } from 'vitest';
import { SiliconCurtain } from '../../../rules/index.ts';
import { newMatch } from '../../../server/authority/match-factory.ts';
import { PostgresClassroomStore } from '../../../server/classroom/postgres-classroom-store.ts';
import { SqliteClassroomStore } from '../../../server/classroom/sqlite-classroom-store.ts';
import { SqliteStore } from '../../../server/storage/sqlite-store.ts';
import type { TestSchema } from '../helpers/services.ts';
import { postgresUnreachable, skipReason, testDatabaseUrl, testSchema } from '../helpers/services.ts';
import { describeClassroomStore, sessionDoc } from './classroom-store-conformance.ts';
import { classroomServer, createSession, joinClass, me } from './helpers.ts';

const dirs: string[] = [];
const tempFile = (): string => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sc-classroom-'));
  dirs.push(dir);
  return path.join(dir, 'matches.sqlite');
};

describeClassroomStore('SQLite in memory', () => Promise.resolve(new SqliteClassroomStore(':memory:')));
describeClassroomStore(
  'SQLite file',
  () => Promise.resolve(new SqliteClassroomStore(tempFile())),
  (store) => Promise.resolve(new SqliteClassroomStore(store.file)),
);

describe('SQLite: the classroom beside the matches', () => {
  it("shares the match store's file while it writes, and keeps sessions across reopening", async () => {
    const file = tempFile();
    const matches = new SqliteStore(file);
    await matches.ready();
    const classes = new SqliteClassroomStore(file);
    await classes.createSession(sessionDoc('s1', 'ABCDEF'));
    // The match store's writer thread and this connection write the same file at once.
    const createdMade = newMatch(SiliconCurtain as Game, {});
    if (!createdMade.ok) throw new Error(createdMade.rejection.message);
    const created = createdMade.value;
    const writes = await Promise.all([
      matches.createMatch('m1', created),
      ...Array.from({ length: 10 }, (_, index) =>
        classes.updateSession('s1', index, { ...sessionDoc('s1', 'ABCDEF'), title: `write ${index}` }),
      ),
    ]);
    expect(writes.every(Boolean)).toBe(true);
    await classes.close();
    await matches.close();
    const reopened = new SqliteClassroomStore(file);
    expect(await reopened.loadSession('s1')).toMatchObject({ doc: { title: 'write 9' }, version: 10 });
    const matchesAgain = new SqliteStore(file);
    expect(await matchesAgain.loadMetadata('m1')).toBeDefined();
    await matchesAgain.close();
    await reopened.close();
  });
});

const unreachable = await postgresUnreachable();
const skipped = skipReason('PostgreSQL classroom store suite', [unreachable]);
const schemas: TestSchema[] = [];
const schemaOf = new Map<PostgresClassroomStore, string>();

afterAll(async () => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  if (skipped !== undefined) return;
  for (const schema of schemas.splice(0)) await schema.drop();
});

describe.skipIf(skipped !== undefined)(
  skipped === undefined ? 'PostgreSQL classroom store' : `PostgreSQL classroom store (skipped: ${skipped})`,
  () => {
    it(`reaches ${testDatabaseUrl}`, () => {
      expect(unreachable).toBeUndefined();
    });
    describeClassroomStore(
      'PostgreSQL',
      async () => {
        const schema = testSchema();
        schemas.push(schema);
        const store = await PostgresClassroomStore.open({
          connectionString: testDatabaseUrl,
          schema: schema.name,
          maxConnections: 4,
        });
        schemaOf.set(store, schema.name);
        return store;
      },
      (store) =>
        PostgresClassroomStore.open({
          connectionString: testDatabaseUrl,
          schema: schemaOf.get(store) ?? '',
          maxConnections: 2,
        }),
    );

    it('serves a class from a server on PostgreSQL (DATABASE_URL, DATABASE_SCHEMA) across a restart', async () => {
      const schema = testSchema();
      schemas.push(schema);
      const options = { databaseUrl: testDatabaseUrl, databaseSchema: schema.name };
      let { server } = await classroomServer(options);
      const session = await createSession(server);
      const ada = await joinClass(server, session.joinCode, 'Ada');
      expect(server.classroomStore.kind).toBe('postgres');
      await server.closeNow();
      ({ server } = await classroomServer(options));
      try {
        expect((await me(server, ada)).name).toBe('Ada');
      } finally {
        await server.closeNow();
      }
    });
  },
);
