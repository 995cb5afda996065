import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { GameState, RulesMigration, SideState } from '../../../rules/index.ts';
import { legalMoves, playerIdBySide, sidesToMove } from '../../../rules/index.ts';
import { seedRng } from '../../../rules/rng.ts';
import { rulesBundleHash } from '../../../server/rules-version/bundle-hash.ts';
import { closedReason, RulesPolicy } from '../../../server/rules-version/policy.ts';
import type { MatchStore } from '../../../server/storage/match-store.ts';
import type { ServerOptions } from '../../../server/server.ts';
import type { RawClient } from '../helpers/raw-socket.ts';
import { expectRejected, syncedRawClient } from '../helpers/raw-socket.ts';
import { playServerSide } from '../helpers/server-moves.ts';
import type { TestSchema } from '../helpers/services.ts';
import { postgresUnreachable, skipReason, testDatabaseUrl, testSchema } from '../helpers/services.ts';
import type { Seated, TestServer } from '../helpers/test-server.ts';
import { createMatch, postJson, seatedMatch, startTestServer, tempDataDir } from '../helpers/test-server.ts';

/**
 * An upgrade of the server over a database of live matches. The fixture is written by a server running
 * rules 0.8.0 (the matches are stamped with it); two of them are then made rows from before rules
 * versions were recorded (their version columns emptied: read as 0.9.0). The upgraded server runs rules
 * 1.0.0 with a test-only migration 0.9.0 → 1.0.0 (none shipped leads from 0.9.0), so:
 * - A, pre-versioning, in progress: migrated, and continued;
 * - B, pre-versioning, finished: served;
 * - C, 0.8.0, in progress: closed (no migration from 0.8.0), readable, a move gets a typed refusal;
 * - D, 0.8.0, finished: served.
 * Nothing stored is lost or rewritten (A only grows by the moves it is continued with).
 */

/** The test's migration: the US gets one more $Bn, so the migrated state is told apart from the stored. */
const usBonus: RulesMigration = {
  from: '0.9.0',
  to: '1.0.0',
  migrate: (G) => {
    const sides = G.sides as GameState['sides'];
    return { ...G, sides: { ...sides, us: { ...sides.us, budgetBn: sides.us.budgetBn + 1 } } };
  },
};

interface Backend {
  name: string;
  skipped: string | undefined;
  /** Options of a server on the backend's data (the same data every call). */
  options: () => Partial<ServerOptions>;
  /** Empties the rules version columns of these matches: rows as stored before versions were recorded. */
  eraseVersions: (matchIDs: string[]) => Promise<void>;
}

function sqliteBackend(): Backend {
  const dataDir = tempDataDir();
  return {
    name: 'SQLite file',
    skipped: undefined,
    options: () => ({ dataDir }),
    eraseVersions: (matchIDs) => {
      const db = new Database(path.join(dataDir, 'matches.sqlite'));
      try {
        const erase = db.prepare(
          'UPDATE matches SET rules_version = NULL, created_rules_version = NULL WHERE match_id = ?',
        );
        for (const id of matchIDs) expect(erase.run(id).changes).toBe(1);
      } finally {
        db.close();
      }
      return Promise.resolve();
    },
  };
}

const schemas: TestSchema[] = [];
const postgresDown = await postgresUnreachable();
const postgresSkipped = skipReason('rules-version upgrade on PostgreSQL', [postgresDown]);

function postgresBackend(): Backend {
  const schema = testSchema();
  schemas.push(schema);
  const dataDir = tempDataDir();
  return {
    name: 'PostgreSQL',
    skipped: postgresSkipped,
    options: () => ({ dataDir, databaseUrl: testDatabaseUrl, databaseSchema: schema.name }),
    eraseVersions: async (matchIDs) => {
      const client = new pg.Client({ connectionString: testDatabaseUrl });
      await client.connect();
      try {
        const erased = await client.query(
          `UPDATE ${schema.name}.matches SET rules_version = NULL, created_rules_version = NULL
           WHERE match_id = ANY($1)`,
          [matchIDs],
        );
        expect(erased.rowCount).toBe(matchIDs.length);
      } finally {
        await client.end();
      }
    },
  };
}

const servers: TestServer[] = [];
const clients: RawClient[] = [];

afterEach(async () => {
  for (const client of clients.splice(0)) client.close();
  for (const server of servers.splice(0)) await server.drain();
});

afterAll(async () => {
  if (postgresSkipped !== undefined) return;
  for (const schema of schemas.splice(0)) await schema.drop();
});

/** Everything stored of a match, to compare before and after the upgrade. */
async function stored(store: MatchStore, matchID: string) {
  const [state, initialState, log, journal, metadata] = await Promise.all([
    store.loadState(matchID),
    store.loadInitialState(matchID),
    store.loadLog(matchID),
    store.loadJournal(matchID),
    store.loadMetadata(matchID),
  ]);
  return { state, initialState, log, journal, metadata: metadata?.metadata };
}

interface ListedMatch {
  matchID: string;
  rulesVersion: string;
  rulesStatus: string;
  closedReason?: string;
  gameover?: unknown;
}

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  expect(response.status).toBe(200);
  return (await response.json()) as T;
}

/** The fixture: four matches played by a server of rules 0.8.0, A and B then made pre-versioning rows. */
async function writeFixture(backend: Backend) {
  const old = await startTestServer({ ...backend.options(), rules: new RulesPolicy('0.8.0') });
  servers.push(old);
  const rng = seedRng('rules-upgrade');
  const play = async (moves: number): Promise<Seated> => {
    const match = await seatedMatch(old);
    await playServerSide(old, match, rng, moves);
    return match;
  };
  const [a, b, c, d] = [await play(6), await play(100_000), await play(6), await play(100_000)];
  // E: created under 0.8.0 and never joined.
  const e = await createMatch(old);
  for (const finished of [b, d])
    expect((await old.store.loadState(finished.matchID))?.ctx.gameover).toBeDefined();
  const ids = [a, b, c, d].map((match) => match.matchID);
  const before = await Promise.all(ids.map((id) => stored(old.store, id)));
  servers.splice(servers.indexOf(old), 1);
  await old.drain();
  await backend.eraseVersions([a.matchID, b.matchID]);
  return { a, b, c, d, e, before };
}

/** A legal move for the side to move in `G`, as its seat sends it. */
function firstLegalMove(G: GameState) {
  const side = sidesToMove(G)[0];
  if (!side) throw new Error('nobody to move');
  const move = legalMoves(G, side)[0];
  if (!move) throw new Error('no legal move');
  const { type, side: _side, ...fields } = move;
  return { seat: playerIdBySide[side], type, fields };
}

const usOf = (G: unknown): SideState => (G as GameState).sides.us;

describe.each([sqliteBackend(), postgresBackend()])('upgrading the rules over $name', (backend) => {
  it.skipIf(backend.skipped !== undefined)(
    'lists every match with its rules, serves the finished, continues the migrated, closes the rest',
    async () => {
      const { a, b, c, d, e, before } = await writeFixture(backend);
      const server = await startTestServer({
        ...backend.options(),
        rules: new RulesPolicy('1.0.0', [usBonus]),
      });
      servers.push(server);
      const closed = closedReason('0.8.0', '1.0.0');
      // The server says which rules it runs: the version and the hash of the files it runs them from.
      const health = await getJson<{ rules: unknown }>(`${server.url}/health`);
      expect(health.rules).toEqual({ version: '1.0.0', bundleHash: rulesBundleHash() });

      // The lobby lists them all, each with the rules it is under and what this server makes of it.
      const { matches } = await getJson<{ matches: ListedMatch[] }>(`${server.url}/games/silicon-curtain`);
      const byID = new Map(matches.map((match) => [match.matchID, match]));
      expect(byID.get(a.matchID)).toMatchObject({ rulesVersion: '0.9.0', rulesStatus: 'migrated' });
      expect(byID.get(b.matchID)).toMatchObject({ rulesVersion: '0.9.0', rulesStatus: 'migrated' });
      expect(byID.get(c.matchID)).toMatchObject({
        rulesVersion: '0.8.0',
        rulesStatus: 'closed',
        closedReason: closed,
      });
      expect(byID.get(d.matchID)).toMatchObject({
        rulesVersion: '0.8.0',
        rulesStatus: 'closed',
        closedReason: closed,
      });
      expect(byID.get(a.matchID)?.closedReason).toBeUndefined();
      // An open match of other rules is not offered (nobody could play it), and a seat in it is refused.
      expect(byID.has(e)).toBe(false);
      const joinE = await postJson(`${server.url}/games/silicon-curtain/${e}/join`, {
        playerID: '0',
        playerName: 'Late',
      });
      expect(joinE.status).toBe(410);
      expect(joinE.body).toMatchObject({ error: { code: 'rulesVersionClosed', message: closed } });
      const one = await getJson<ListedMatch>(`${server.url}/games/silicon-curtain/${c.matchID}`);
      expect(one).toMatchObject({ rulesStatus: 'closed', closedReason: closed });

      // The finished ones are served as they ended, to a spectator.
      for (const finished of [b, d]) {
        const { info } = await syncedRawClient(server.url, finished.matchID, null, undefined, clients);
        expect(info.state.ctx.gameover).toBeDefined();
      }

      // The closed one in progress: readable by its seats, and a move gets the typed refusal.
      const storedC = await server.store.loadState(c.matchID);
      if (!storedC) throw new Error('no state');
      const moveC = firstLegalMove(storedC.G as GameState);
      const seatC = await syncedRawClient(
        server.url,
        c.matchID,
        moveC.seat,
        c.credentials[moveC.seat],
        clients,
      );
      expect(seatC.info.state._stateID).toBe(storedC._stateID);
      const rejected = await expectRejected(
        seatC.client,
        'update',
        {
          type: 'MAKE_MOVE',
          payload: {
            type: moveC.type,
            args: [moveC.fields],
            playerID: moveC.seat,
            credentials: c.credentials[moveC.seat],
          },
        },
        storedC._stateID,
        c.matchID,
        moveC.seat,
      );
      expect(rejected).toEqual({ matchID: c.matchID, code: 'rulesVersionClosed', message: closed });

      // The migrated one: synced through the migration, continued, and from then on under 1.0.0.
      const storedA = await server.store.loadState(a.matchID);
      if (!storedA) throw new Error('no state');
      const usSeat = await syncedRawClient(server.url, a.matchID, '0', a.credentials['0'], clients);
      expect(usOf(usSeat.info.state.G).budgetBn).toBe(usOf(storedA.G).budgetBn + 1);
      const read = await server.authority.readStored(a.matchID);
      expect(read?.status).toBe('migrated');
      const moveA = firstLegalMove(read?.state.G as GameState);
      const outcome = await server.authority.move({
        matchID: a.matchID,
        seat: moveA.seat,
        stateID: storedA._stateID,
        move: {
          moveType: moveA.type,
          fields: moveA.fields,
          payloadSeat: moveA.seat,
          credentials: a.credentials[moveA.seat],
        },
      });
      expect(outcome.ok).toBe(true);
      const migrated = await server.store.loadMetadata(a.matchID);
      expect([migrated?.rulesVersion, migrated?.createdRulesVersion]).toEqual(['1.0.0', '0.9.0']);
      expect(await playServerSide(server, a, seedRng('rules-upgrade-a'), 3)).toBe(3);
      const now = await getJson<ListedMatch>(`${server.url}/games/silicon-curtain/${a.matchID}`);
      expect(now).toMatchObject({ rulesVersion: '1.0.0', rulesStatus: 'current' });

      // Nothing lost or rewritten: B, C and D as they were; A grew by its four moves, nothing else.
      const [beforeA, beforeB, beforeC, beforeD] = before;
      expect(await stored(server.store, b.matchID)).toEqual(beforeB);
      expect(await stored(server.store, c.matchID)).toEqual(beforeC);
      expect(await stored(server.store, d.matchID)).toEqual(beforeD);
      const afterA = await stored(server.store, a.matchID);
      expect(afterA.initialState).toEqual(beforeA?.initialState);
      expect(afterA.journal.slice(0, beforeA?.journal.length)).toEqual(beforeA?.journal);
      expect(afterA.journal).toHaveLength((beforeA?.journal.length ?? 0) + 4);
      expect(afterA.log.slice(0, beforeA?.log.length)).toEqual(beforeA?.log);
      expect(afterA.state?._stateID).toBe((beforeA?.state?._stateID ?? 0) + 4);
    },
  );

  it.skipIf(backend.skipped !== undefined)(
    'without a migration, the pre-versioning matches are closed too, and the server still starts',
    async () => {
      const { a, b } = await writeFixture(backend);
      const server = await startTestServer({ ...backend.options(), rules: new RulesPolicy('1.0.0') });
      servers.push(server);
      const closed = closedReason('0.9.0', '1.0.0');
      for (const match of [a, b]) {
        const listed = await getJson<ListedMatch>(`${server.url}/games/silicon-curtain/${match.matchID}`);
        expect(listed).toMatchObject({ rulesVersion: '0.9.0', rulesStatus: 'closed', closedReason: closed });
      }
      const storedA = await server.store.loadState(a.matchID);
      if (!storedA) throw new Error('no state');
      const move = firstLegalMove(storedA.G as GameState);
      const outcome = await server.authority.move({
        matchID: a.matchID,
        seat: move.seat,
        stateID: storedA._stateID,
        move: {
          moveType: move.type,
          fields: move.fields,
          payloadSeat: move.seat,
          credentials: a.credentials[move.seat],
        },
      });
      expect(outcome).toEqual({ ok: false, rejection: { code: 'rulesVersionClosed', message: closed } });
      expect(await server.store.loadState(a.matchID)).toEqual(storedA);
    },
  );
});
