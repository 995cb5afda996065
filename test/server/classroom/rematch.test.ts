import { afterEach, describe, expect, it } from 'vitest';
import { maxGamesPerTable } from '../../../server/classroom/session-doc.ts';
import type { TestServer } from '../helpers/test-server.ts';
import type { Session, Student } from './helpers.ts';
import { call, classroomServer, createSession, joinClass, me } from './helpers.ts';
import { finishMatch } from './table-helpers.ts';

/**
 * A class table's rematch (server/classroom/table-rematch.ts): the table's next game in the same session,
 * asked by its students once a game is over, on the server's own table controls.
 */

let server: TestServer;

afterEach(async () => {
  await server.closeNow();
});

interface NextGame {
  table: number;
  game: number;
  matchID: string;
}

const facilitator = (session: Session, method: 'GET' | 'POST', path: string, body?: unknown) =>
  call(server, method, `/sessions/${session.sessionId}${path}`, {
    token: session.facilitatorKey,
    ...(body === undefined ? {} : { body }),
  });

const rematch = (student: Student, matchID: string) =>
  call<NextGame & { error?: { code: string; message: string } }>(server, 'POST', '/me/rematch', {
    token: student.studentToken,
    body: { matchID },
  });

/** Ada and Ben share the US at table 1; China there is the bot's; table 2 has nobody. */
async function classAtPlay(): Promise<{ session: Session; ada: Student; ben: Student; firstGame: string }> {
  ({ server } = await classroomServer({ realControls: true }));
  const session = await createSession(server, { tables: 2, turnSeconds: 60, botFill: { china: 'random' } });
  const ada = await joinClass(server, session.joinCode, 'Ada');
  const ben = await joinClass(server, session.joinCode, 'Ben');
  const seated = await facilitator(session, 'POST', '/seats', {
    assignments: [ada, ben].map((student) => ({ studentId: student.studentId, table: 1, side: 'us' })),
  });
  expect(seated.status).toBe(200);
  expect((await facilitator(session, 'POST', '/start', {})).status).toBe(200);
  const firstGame = (await me(server, ada)).assignment?.matchID ?? '';
  return { session, ada, ben, firstGame };
}

describe("a class table's rematch", () => {
  it('is refused while the game is on, and for a game that was not played at the student’s table', async () => {
    const { session, ada } = await classAtPlay();
    const early = await rematch(ada, (await me(server, ada)).assignment?.matchID ?? '');
    expect(early.status).toBe(403);
    expect(early.body.error?.code).toBe('matchNotFinished');
    const overview = await facilitator(session, 'GET', '');
    const otherTable = (overview.body.tables as { matchID: string }[])[1]?.matchID ?? '';
    const elsewhere = await rematch(ada, otherTable);
    expect(elsewhere.status).toBe(404);
    expect(elsewhere.body.error?.code).toBe('matchNotFound');
    const carl = await joinClass(server, session.joinCode, 'Carl');
    expect((await rematch(carl, otherTable)).body.error?.code).toBe('notSeated');
  });

  it('is the table’s next game: the same team and bot, the session’s turn time, and the dashboard, pause and export follow it', async () => {
    const { session, ada, ben, firstGame } = await classAtPlay();
    await finishMatch(server, firstGame);

    const asked = await rematch(ada, firstGame);
    expect(asked.status).toBe(200);
    const next = asked.body;
    expect(next).toMatchObject({ table: 1, game: 2 });
    expect(next.matchID).not.toBe(firstGame);
    // The teammate who presses too gets the same game, and both are seated in it together.
    expect((await rematch(ben, firstGame)).body.matchID).toBe(next.matchID);
    const [adaMe, benMe] = [await me(server, ada), await me(server, ben)];
    expect(adaMe.assignment).toMatchObject({ table: 1, side: 'us', matchID: next.matchID, playerID: '0' });
    expect(benMe.assignment?.credentials).toBe(adaMe.assignment?.credentials);
    expect(adaMe.teammates).toEqual(['Ben']);

    const stored = await server.store.loadMetadata(next.matchID);
    expect(stored?.metadata.players[1]?.name).toBe('Bot (random)');
    expect(stored?.metadata.setupData).toMatchObject({ scenarioId: 'baseline-2025', botSeat: '1' });
    expect(server.tableControls.turnSecondsOf(next.matchID)).toBe(60);
    // The lobby's own rematch of the finished game answers the class's.
    expect((await server.store.loadMetadata(firstGame))?.metadata.nextMatchID).toBe(next.matchID);

    const overview = await facilitator(session, 'GET', '');
    expect((overview.body.tables as { game: number; matchID: string; paused: boolean }[])[0]).toMatchObject({
      game: 2,
      matchID: next.matchID,
      paused: false,
    });
    expect((await facilitator(session, 'POST', '/pause', { tables: [1], paused: true })).status).toBe(200);
    expect(server.tableControls.isPaused(next.matchID)).toBe(true);

    const exported = await facilitator(session, 'GET', '/export.json');
    expect(exported.body.format).toBe('silicon-curtain-class/3');
    const games = exported.body.tables as { table: number; game: number; matchID: string; result: unknown }[];
    expect(games.map(({ table, game }) => [table, game])).toEqual([
      [1, 1],
      [1, 2],
      [2, 1],
    ]);
    expect(games.slice(0, 2).map((entry) => entry.matchID)).toEqual([firstGame, next.matchID]);
    expect(games[0]?.result).toMatchObject({ winner: 'us', reason: 'computeLead' });
  });

  it('asked by both teammates at once makes one game, and leaves no other behind', async () => {
    const { ada, ben, firstGame } = await classAtPlay();
    await finishMatch(server, firstGame);
    const before = await server.store.listMatches({ gameName: 'silicon-curtain' });
    const answers = await Promise.all([rematch(ada, firstGame), rematch(ben, firstGame)]);
    expect(answers.map((answer) => answer.status)).toEqual([200, 200]);
    expect(answers[1]?.body.matchID).toBe(answers[0]?.body.matchID);
    const after = await server.store.listMatches({ gameName: 'silicon-curtain' });
    expect(after.length).toBe(before.length + 1);
  });

  it(`stops at ${maxGamesPerTable} games a table (the session's quota), said in words`, async () => {
    const { ada, firstGame } = await classAtPlay();
    let game = firstGame;
    for (let played = 1; played < maxGamesPerTable; played++) {
      await finishMatch(server, game);
      const next = await rematch(ada, game);
      expect(next.body.game).toBe(played + 1);
      game = next.body.matchID;
    }
    await finishMatch(server, game);
    const refused = await rematch(ada, game);
    expect(refused.status).toBe(409);
    expect(refused.body.error).toEqual({
      code: 'tooManyGames',
      message: `your table has played its ${maxGamesPerTable} games for this class: ask your teacher`,
    });
  });
});
