import { afterEach, describe, expect, it } from 'vitest';
import type { GameState } from '../../../rules/index.ts';
import { fingerprint } from '../../../rules/index.ts';
import { seedRng } from '../../../rules/rng.ts';
import type { ClassExport } from '../../../server/classroom/class-export.ts';
import { csvColumns } from '../../../server/classroom/export-csv.ts';
import type { TestServer } from '../helpers/test-server.ts';
import { playServerSide } from '../helpers/server-moves.ts';
import type { Session } from './helpers.ts';
import { call, classroomServer, createSession, joinClass } from './helpers.ts';
import { replayExportedGame } from './replay-export.ts';

let server: TestServer;

afterEach(async () => {
  await server.closeNow();
});

/** RFC 4180: quoted fields may hold commas, doubled quotes and line breaks; records end with CRLF. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const char = text.charAt(index);
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\r' && text[index + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      index++;
    } else field += char;
  }
  if (field !== '' || row.length > 0) throw new Error('the last record does not end with CRLF');
  return rows;
}

/** A session whose table 1 has played `rounds` rounds, or to its end if sooner (random legal moves for both seats). */
async function playedSession(
  rounds: number,
): Promise<{ session: Session; overrides: Record<string, number> }> {
  const overrides = { 'subsidy.poolBn.us': 60 };
  const session = await createSession(server, { tables: 2, overrides, turnSeconds: 120 });
  const ada = await joinClass(server, session.joinCode, 'Ada, "the" analyst');
  await call(server, 'POST', `/sessions/${session.sessionId}/seats`, {
    token: session.facilitatorKey,
    body: { assignments: [{ studentId: ada.studentId, table: 1, side: 'us' }] },
  });
  const stored = await server.classroomStore.loadSession(session.sessionId);
  const matchID = stored?.doc.tables[0]?.matchID ?? '';
  const credentials = {
    '0': String(await server.store.loadSeatCredentials(matchID, '0')),
    '1': String(await server.store.loadSeatCredentials(matchID, '1')),
  };
  const rng = seedRng('class-export');
  for (let guard = 0; guard < 2000; guard++) {
    const G = (await server.store.loadState(matchID))?.G as GameState;
    if (G.history.length >= rounds || G.result) break;
    await playServerSide(server, { matchID, credentials }, rng, 1);
  }
  return { session, overrides };
}

describe("the facilitator's export", () => {
  it("holds the session, each table's seed, students, rounds, log and journal: enough to replay the table", async () => {
    ({ server } = await classroomServer());
    const { session, overrides } = await playedSession(2);
    await call(server, 'POST', `/sessions/${session.sessionId}/inject`, {
      token: session.facilitatorKey,
      body: { tables: [2], cardId: 'december-package', atRound: 2 },
    });
    const answer = await call<ClassExport>(server, 'GET', `/sessions/${session.sessionId}/export.json`, {
      token: session.facilitatorKey,
    });
    expect(answer.status).toBe(200);
    const data = answer.body;
    expect(data.format).toBe('silicon-curtain-class/3');
    expect(Object.keys(data).sort()).toEqual(['exportedAt', 'format', 'session', 'tables']);
    expect(data.session).toMatchObject({
      id: session.sessionId,
      title: 'Period 3',
      scenarioId: 'baseline-2025',
      overrides,
      turnSeconds: 120,
    });
    expect(Object.keys(data.session).sort()).toEqual(
      ['createdAt', 'id', 'overrides', 'rulesVersion', 'scenarioId', 'title', 'turnSeconds'].sort(),
    );
    const [first, second] = data.tables;
    if (!first || !second) throw new Error('two tables expected');
    expect(Object.keys(first).sort()).toEqual(
      [
        'bots',
        'game',
        'injects',
        'log',
        'matchID',
        'moves',
        'result',
        'rounds',
        'seed',
        'students',
        'table',
      ].sort(),
    );
    expect(first.students).toEqual({ us: ['Ada, "the" analyst'], china: [] });
    expect(first.rounds.length).toBeGreaterThanOrEqual(1);
    expect(second.rounds).toEqual([]);
    expect(second.injects).toHaveLength(1);
    // The seed and the journal replay the table exactly, in the rules kernel (`npm run sim`'s engine);
    // export-replay.test.ts does it for games the facilitator brought events into.
    const G = replayExportedGame(data.session, first);
    const stored = (await server.store.loadState(first.matchID))?.G as GameState;
    expect(fingerprint(G)).toBe(fingerprint(stored));
    expect(first.rounds).toEqual(stored.history);
    expect(first.log).toEqual(stored.log);
    expect(first.moves.map((move) => move.stateID)).toEqual(first.moves.map((_, index) => index + 1));
  });

  it('exports one table alone, and refuses a table that does not exist', async () => {
    ({ server } = await classroomServer());
    const session = await createSession(server, { tables: 2 });
    const one = await call<ClassExport>(
      server,
      'GET',
      `/sessions/${session.sessionId}/tables/2/export.json`,
      {
        token: session.facilitatorKey,
      },
    );
    expect(one.body.tables.map((table) => table.table)).toEqual([2]);
    const none = await call(server, 'GET', `/sessions/${session.sessionId}/tables/3/export.json`, {
      token: session.facilitatorKey,
    });
    expect(none.status).toBe(404);
  });

  it("writes CSV one row per table × game × round × side that reads back as the JSON's numbers", async () => {
    ({ server } = await classroomServer());
    const { session } = await playedSession(3);
    const json = (
      await call<ClassExport>(server, 'GET', `/sessions/${session.sessionId}/export.json`, {
        token: session.facilitatorKey,
      })
    ).body;
    const response = await fetch(`${server.url}/classroom/api/sessions/${session.sessionId}/export.csv`, {
      headers: { authorization: `Bearer ${session.facilitatorKey}` },
    });
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const rows = parseCsv(await response.text());
    const [header, ...records] = rows;
    expect(header).toEqual([...csvColumns]);
    const expected = json.tables.flatMap((table) =>
      table.rounds.flatMap((record) => (['us', 'china'] as const).map((side) => ({ table, record, side }))),
    );
    expect(records).toHaveLength(expected.length);
    // Random play may end the game early (its seed is the server's): at least one round was scored.
    expect(records.length).toBeGreaterThanOrEqual(2);
    records.forEach((row, index) => {
      const want = expected[index];
      if (!want) throw new Error('missing row');
      const cell = (column: (typeof csvColumns)[number]): string => row[csvColumns.indexOf(column)] ?? '';
      expect(Number(cell('table'))).toBe(want.table.table);
      expect(Number(cell('game'))).toBe(1);
      expect(cell('matchID')).toBe(want.table.matchID);
      expect(cell('side')).toBe(want.side);
      expect(Number(cell('round'))).toBe(want.record.round);
      expect(Number(cell('computeLead'))).toBe(want.record.computeLead);
      expect(Number(cell('escalation'))).toBe(want.record.escalation);
      expect(Number(cell('frontierPoints'))).toBe(want.record.frontierPoints);
      for (const [figure, value] of Object.entries(want.record.figures[want.side]))
        expect(Number(cell(figure as (typeof csvColumns)[number])), figure).toBe(value);
    });
    // One table's CSV holds that table's rows only.
    const single = await fetch(
      `${server.url}/classroom/api/sessions/${session.sessionId}/tables/2/export.csv`,
      {
        headers: { authorization: `Bearer ${session.facilitatorKey}` },
      },
    );
    expect(parseCsv(await single.text())).toHaveLength(1);
  });
});
