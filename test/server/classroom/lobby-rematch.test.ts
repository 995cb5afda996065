import { LobbyClient } from 'boardgame.io/client';
import { afterEach, describe, expect, it } from 'vitest';
import { maxGamesPerTable } from '../../../server/classroom/session-doc.ts';
import { defaultLimits } from '../../../server/transport/limits.ts';
import type { TestServer } from '../helpers/test-server.ts';
import { postJson } from '../helpers/test-server.ts';
import type { MeAnswer, Session, Student } from './helpers.ts';
import { call, classroomServer, createSession, joinClass, me } from './helpers.ts';
import { finishMatch } from './table-helpers.ts';

/**
 * boardgame.io's own rematch route, `POST /games/silicon-curtain/<matchID>/playAgain`, on a class table:
 * a student holds the seat's credentials, so they can call it. It makes no match outside the session: it is
 * the class's rematch (server/classroom/table-rematch.ts), the same game the class page's button makes.
 */

let server: TestServer;

afterEach(async () => {
  await server.closeNow();
});

const games = () => `${server.url}/games/silicon-curtain`;

const facilitator = (session: Session, path: string) =>
  call(server, 'GET', `/sessions/${session.sessionId}${path}`, { token: session.facilitatorKey });

type Assignment = NonNullable<MeAnswer['assignment']>;

async function assignmentOf(student: Student): Promise<Assignment> {
  const assignment = (await me(server, student)).assignment;
  if (!assignment) throw new Error(`${student.name} is not seated`);
  return assignment;
}

const playAgain = (seat: Pick<Assignment, 'matchID' | 'playerID' | 'credentials'>) =>
  postJson(`${games()}/${seat.matchID}/playAgain`, {
    playerID: seat.playerID,
    credentials: seat.credentials,
  });

const allMatches = () => server.store.listMatches({ gameName: 'silicon-curtain' });

/**
 * Ada (US) and Ben (China) at table 1; table 2 empty. `createsPerAddress`: the Lobby API's quota of new
 * matches per address (a class behind one school address shares it).
 */
async function classAtPlay(createsPerAddress = { perSecond: 1_000_000, burst: 1_000_000 }) {
  ({ server } = await classroomServer({
    realControls: true,
    limits: { ...defaultLimits, createsPerAddress },
  }));
  const session = await createSession(server, { tables: 2 });
  const ada = await joinClass(server, session.joinCode, 'Ada');
  const ben = await joinClass(server, session.joinCode, 'Ben');
  const seated = await call(server, 'POST', `/sessions/${session.sessionId}/seats`, {
    token: session.facilitatorKey,
    body: {
      assignments: [
        { studentId: ada.studentId, table: 1, side: 'us' },
        { studentId: ben.studentId, table: 1, side: 'china' },
      ],
    },
  });
  expect(seated.status).toBe(200);
  const firstGame = await assignmentOf(ada);
  return { session, ada, ben, firstGame, benFirstGame: await assignmentOf(ben) };
}

describe("the Lobby API's playAgain on a class table", () => {
  it("is the class's rematch: the table's next game in the session, with its seats, on the dashboard and in the export", async () => {
    // No new match at all from this address through the Lobby API: the class's rematch is not one of them.
    const { session, ada, ben, firstGame, benFirstGame } = await classAtPlay({ perSecond: 1e-9, burst: 0 });
    const before = await allMatches();
    await finishMatch(server, firstGame.matchID);

    const asked = await playAgain(firstGame);
    expect(asked.status).toBe(200);
    const nextMatchID = String(asked.body.nextMatchID);
    expect(nextMatchID).not.toBe(firstGame.matchID);
    // One match more, and it is the one the class gives both students, each at their own side.
    expect((await allMatches()).length).toBe(before.length + 1);
    const [adaNext, benNext] = [await assignmentOf(ada), await assignmentOf(ben)];
    expect(adaNext).toMatchObject({ table: 1, side: 'us', matchID: nextMatchID, playerID: '0' });
    expect(benNext).toMatchObject({ table: 1, side: 'china', matchID: nextMatchID, playerID: '1' });
    // The new game's seats are the class's: joined as the table's, nobody may take them through the lobby.
    const stored = await server.store.loadMetadata(nextMatchID);
    expect(stored?.metadata.players[0]?.name).toBe('Table 1 — US');
    expect(stored?.metadata.classTable).toEqual({ sessionId: session.sessionId, table: 1 });
    const taken = await postJson(`${games()}/${nextMatchID}/join`, { playerName: 'Stranger', playerID: '0' });
    expect(taken.status).toBe(409);

    // The class page's button, the other student's playAgain and the stock LobbyClient all get that game.
    const viaClass = await call<{ matchID: string; game: number }>(server, 'POST', '/me/rematch', {
      token: ben.studentToken,
      body: { matchID: firstGame.matchID },
    });
    expect(viaClass.body).toMatchObject({ game: 2, matchID: nextMatchID });
    expect((await playAgain(benFirstGame)).body.nextMatchID).toBe(nextMatchID);
    const lobby = new LobbyClient({ server: server.url });
    const again = await lobby.playAgain('silicon-curtain', firstGame.matchID, {
      playerID: '0',
      credentials: firstGame.credentials,
    });
    expect(again.nextMatchID).toBe(nextMatchID);
    expect((await allMatches()).length).toBe(before.length + 1);

    // The facilitator's dashboard follows it, and the export holds both games of the table.
    const overview = await facilitator(session, '');
    expect((overview.body.tables as { game: number; matchID: string }[])[0]).toMatchObject({
      game: 2,
      matchID: nextMatchID,
    });
    const exported = await facilitator(session, '/export.json');
    const tables = exported.body.tables as { table: number; game: number; matchID: string }[];
    expect(tables.map(({ table, game, matchID }) => [table, game, matchID])).toEqual([
      [1, 1, firstGame.matchID],
      [1, 2, nextMatchID],
      [2, 1, expect.any(String) as string],
    ]);
  });

  it('makes no match while the game is on, at the quota, or with credentials that are not the seat’s', async () => {
    const { firstGame } = await classAtPlay();
    const before = await allMatches();

    const early = await playAgain(firstGame);
    expect(early.status).toBe(403);
    expect(early.body.error).toEqual({
      code: 'matchNotFinished',
      message: 'the game at your table is not over yet',
    });
    const stranger = await playAgain({ ...firstGame, credentials: 'not-the-seat' });
    expect(stranger.status).toBe(403);
    expect((stranger.body.error as { code: string }).code).toBe('seatForbidden');
    expect(await allMatches()).toEqual(before);

    let seat: Pick<Assignment, 'matchID' | 'playerID' | 'credentials'> = firstGame;
    for (let game = 1; game < maxGamesPerTable; game++) {
      await finishMatch(server, seat.matchID);
      const next = String((await playAgain(seat)).body.nextMatchID);
      seat = { ...seat, matchID: next, credentials: await seatCredentials(next) };
    }
    await finishMatch(server, seat.matchID);
    const played = await allMatches();
    const refused = await playAgain(seat);
    expect(refused.status).toBe(409);
    expect(refused.body.error).toEqual({
      code: 'tooManyGames',
      message: `your table has played its ${maxGamesPerTable} games for this class: ask your teacher`,
    });
    expect(await allMatches()).toEqual(played);
  });

  it("refuses to take a class seat from its team through the lobby's leave, naming the facilitator", async () => {
    const { ada, firstGame } = await classAtPlay();
    const left = await postJson(`${games()}/${firstGame.matchID}/leave`, {
      playerID: firstGame.playerID,
      credentials: firstGame.credentials,
    });
    expect(left.status).toBe(403);
    expect(left.body.error).toEqual({
      code: 'classTable',
      message: 'this seat is your class team’s: to change tables or sides, ask your facilitator',
    });
    // The seat is still the team's, with the same credentials.
    expect(await assignmentOf(ada)).toEqual(firstGame);
  });
});

/** A seat's current credentials, read where the authority keeps them (the class hands them out by `/me`). */
async function seatCredentials(matchID: string): Promise<string> {
  const credentials = await server.store.loadSeatCredentials(matchID, '0');
  if (typeof credentials !== 'string') throw new Error(`no credentials at ${matchID}`);
  return credentials;
}
