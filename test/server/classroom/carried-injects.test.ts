import { afterEach, describe, expect, it } from 'vitest';
import { seedRng } from '../../../rules/rng.ts';
import type { TestServer } from '../helpers/test-server.ts';
import { playServerSide } from '../helpers/server-moves.ts';
import type { Session } from './helpers.ts';
import { bothSeats, facilitatorCall, twoTablesOfTwo } from './two-tables.ts';
import { call, classroomServer, createSession, joinClass } from './helpers.ts';
import { finishMatch, gameOf, storedState } from './table-helpers.ts';

/**
 * An event the facilitator scheduled for "round N" at a table whose game ended before round N is carried
 * into the table's next game, at the same round (server/classroom/carried-injects.ts); the export says of
 * every event whether it was played, is waiting, was carried, or was not played.
 */

let server: TestServer;

afterEach(async () => {
  await server.closeNow();
});

const scheduled = { cardId: 'transformer-shortage', atRound: 2 };
const broughtIn = 'Brought in by the facilitator: Transformer Shortage.';

interface ExportedInject {
  cardId: string;
  atRound: number | null;
  at: string;
  status: string;
  carriedToGame?: number;
  carriedFromGame?: number;
}

interface ExportedGame {
  table: number;
  game: number;
  matchID: string;
  injects: ExportedInject[];
}

const facilitator = <T = Record<string, unknown>>(
  session: Session,
  method: 'GET' | 'POST',
  path: string,
  body?: unknown,
) => facilitatorCall<T>(server, session, method, path, body);

async function exportedGames(session: Session): Promise<ExportedGame[]> {
  const exported = await facilitator(session, 'GET', '/export.json');
  expect(exported.status).toBe(200);
  return exported.body.tables as ExportedGame[];
}

const statusOf = (games: ExportedGame[], table: number, game: number) =>
  games
    .find((entry) => entry.table === table && entry.game === game)
    ?.injects.map(({ cardId, atRound, status, carriedToGame, carriedFromGame }) => ({
      cardId,
      atRound,
      status,
      ...(carriedToGame === undefined ? {} : { carriedToGame }),
      ...(carriedFromGame === undefined ? {} : { carriedFromGame }),
    }));

describe('an event scheduled for a round the game never reached', () => {
  it("is carried into the table's rematch at the same round, resolves there, and the export says so", async () => {
    ({ server } = await classroomServer({ realControls: true }));
    const { session, students, first, other } = await twoTablesOfTwo(server);
    const { ada, ben } = students;
    expect((await facilitator(session, 'POST', '/inject', { tables: 'all', ...scheduled })).status).toBe(200);
    expect(statusOf(await exportedGames(session), 1, 1)).toEqual([{ ...scheduled, status: 'waiting' }]);

    // Both tables' games end in round 1, before the event's round.
    await finishMatch(server, first.matchID);
    await finishMatch(server, other.matchID);
    expect(gameOf(await storedState(server, first.matchID)).round).toBe(1);

    // Table 1 asks for its rematch; table 2 does not.
    const rematch = await call<{ game: number; matchID: string }>(server, 'POST', '/me/rematch', {
      token: ada.studentToken,
      body: { matchID: first.matchID },
    });
    expect(rematch.body.game).toBe(2);
    const next = await bothSeats(server, ada, ben);
    expect(next.matchID).toBe(rematch.body.matchID);
    // Waiting in the new game, and journaled like any inject (a replay of the match's journal holds it).
    const nextState = await storedState(server, next.matchID);
    expect(gameOf(nextState).pendingInjections).toEqual([scheduled]);
    expect((await server.store.loadJournal(next.matchID)).map((row) => [row.seat, row.fields])).toEqual([
      ['facilitator', scheduled],
    ]);

    let games = await exportedGames(session);
    expect(statusOf(games, 1, 1)).toEqual([{ ...scheduled, status: 'carried', carriedToGame: 2 }]);
    expect(statusOf(games, 1, 2)).toEqual([{ ...scheduled, status: 'waiting', carriedFromGame: 1 }]);
    expect(statusOf(games, 2, 1)).toEqual([{ ...scheduled, status: 'notPlayed' }]);
    // The dashboard counts it with the game it now belongs to, and says it waits there, carried.
    const overview = await facilitator(session, 'GET', '');
    const cards = overview.body.tables as { game: number; injects: number; events: unknown[] }[];
    expect(cards.map((table) => table.injects)).toEqual([1, 1]);
    expect(cards.map((table) => [table.game, table.events])).toEqual([
      [2, [{ ...scheduled, status: 'waiting', carriedFromGame: 1 }]],
      [1, [{ ...scheduled, status: 'notPlayed' }]],
    ]);

    // Played into round 2, the carried event resolves at its start.
    const rng = seedRng('carried-inject');
    while (gameOf(await storedState(server, next.matchID)).round < 2)
      if ((await playServerSide(server, next, rng, 1)) === 0) break;
    const G = gameOf(await storedState(server, next.matchID));
    expect(G.round).toBe(2);
    expect(G.pendingInjections).toEqual([]);
    expect(G.log.filter((entry) => entry.round === 2).map((entry) => entry.text)).toContain(broughtIn);
    games = await exportedGames(session);
    expect(statusOf(games, 1, 2)).toEqual([{ ...scheduled, status: 'played', carriedFromGame: 1 }]);
    const after = (await facilitator(session, 'GET', '')).body.tables as { events: unknown[] }[];
    expect(after[0]?.events).toEqual([{ ...scheduled, status: 'played', carriedFromGame: 1 }]);
  });

  it('an event played before the game ended stays with it, and is not brought into the rematch', async () => {
    ({ server } = await classroomServer({ realControls: true }));
    const session = await createSession(server, { tables: 1 });
    const [ada, ben] = await Promise.all(
      ['Ada', 'Ben'].map((name) => joinClass(server, session.joinCode, name)),
    );
    if (!ada || !ben) throw new Error('not joined');
    await facilitator(session, 'POST', '/seats', {
      assignments: [
        { studentId: ada.studentId, table: 1, side: 'us' },
        { studentId: ben.studentId, table: 1, side: 'china' },
      ],
    });
    const first = await bothSeats(server, ada, ben);
    expect((await facilitator(session, 'POST', '/inject', { tables: [1], ...scheduled })).status).toBe(200);
    expect(
      (await facilitator(session, 'POST', '/inject', { tables: [1], cardId: 'busan-truce' })).status,
    ).toBe(200);
    const rng = seedRng('played-inject');
    while (gameOf(await storedState(server, first.matchID)).round < 2)
      if ((await playServerSide(server, first, rng, 1)) === 0) break;
    await finishMatch(server, first.matchID);

    const rematch = await call<{ matchID: string }>(server, 'POST', '/me/rematch', {
      token: ben.studentToken,
      body: { matchID: first.matchID },
    });
    expect(rematch.status).toBe(200);
    expect(gameOf(await storedState(server, rematch.body.matchID)).pendingInjections).toEqual([]);
    expect(await server.store.loadJournal(rematch.body.matchID)).toEqual([]);
    const games = await exportedGames(session);
    expect(statusOf(games, 1, 1)).toEqual([
      { ...scheduled, status: 'played' },
      { cardId: 'busan-truce', atRound: null, status: 'played' },
    ]);
    expect(statusOf(games, 1, 2)).toEqual([]);
  });
});
