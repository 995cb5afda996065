import { afterEach, describe, expect, it } from 'vitest';
import { fingerprint } from '../../../rules/index.ts';
import { seedRng } from '../../../rules/rng.ts';
import type { ClassExport, TableExport } from '../../../server/classroom/class-export.ts';
import type { TestServer } from '../helpers/test-server.ts';
import { playServerSide } from '../helpers/server-moves.ts';
import type { Session } from './helpers.ts';
import { call, classroomServer } from './helpers.ts';
import { bothSeats, facilitatorCall, twoTablesOfTwo } from './two-tables.ts';
import { replayExportedGame } from './replay-export.ts';
import { gameOf, storedState } from './table-helpers.ts';

/**
 * The promise for the export: "with scenario, parameters and seeds, so any table can be
 * replayed". A class whose facilitator brought events in (at once, for a later round, and one carried
 * into a rematch) is exported, and every game of every table is rebuilt from the file alone, through the
 * rules kernel, to the state the server stored.
 */

let server: TestServer;

afterEach(async () => {
  await server.closeNow();
});

const overrides = { 'subsidy.poolBn.us': 60 };
const scheduled = { cardId: 'transformer-shortage', atRound: 2 };

const facilitator = <T = Record<string, unknown>>(
  session: Session,
  method: 'GET' | 'POST',
  path: string,
  body?: unknown,
) => facilitatorCall<T>(server, session, method, path, body);

async function inject(session: Session, tables: number[] | 'all', request: object): Promise<void> {
  const answer = await facilitator(session, 'POST', '/inject', { tables, ...request });
  if (answer.status !== 200) throw new Error(`inject: ${answer.status} ${JSON.stringify(answer.body)}`);
}

type Seated = Awaited<ReturnType<typeof bothSeats>>;

/** Random legal moves through the authority until the game is in `round` (or over). */
async function playIntoRound(table: Seated, round: number, seed: string): Promise<void> {
  const rng = seedRng(seed);
  while (gameOf(await storedState(server, table.matchID)).round < round)
    if ((await playServerSide(server, table, rng, 1)) === 0) break;
}

const injectionsOf = (game: TableExport) => game.moves.filter((row) => row.side === null);

describe('a class export with injected events', () => {
  it('replays every game of every table from the file alone to the state the server stored', async () => {
    ({ server } = await classroomServer({ realControls: true }));
    const { session, students, first, other } = await twoTablesOfTwo(server, { overrides });
    const { ada, ben } = students;

    // Before anyone moves, an event for round 2 at every table; then some moves, and events in between.
    await inject(session, 'all', scheduled);
    const rng = seedRng('export-replay');
    await playServerSide(server, first, rng, 3);
    await playServerSide(server, other, rng, 4);
    await inject(session, [2], { cardId: 'busan-truce' });
    await playServerSide(server, other, rng, 2);

    // Table 1's first game ends in round 1, by the facilitator's hand alone: 2nm Enters Volume (US lead
    // +1) brought in until the US's lead wins. Round 2 never comes, so its event is carried.
    for (let guard = 0; (await storedState(server, first.matchID)).ctx.gameover === undefined; guard++) {
      if (guard > 2 * 8 + 1) throw new Error('the compute lead never reached its end');
      await inject(session, [1], { cardId: 'n2-volume' });
    }
    expect(gameOf(await storedState(server, first.matchID)).result).toMatchObject({
      winner: 'us',
      reason: 'computeLead',
      round: 1,
    });
    const rematch = await call<{ game: number; matchID: string }>(server, 'POST', '/me/rematch', {
      token: ada.studentToken,
      body: { matchID: first.matchID },
    });
    expect(rematch.body.game).toBe(2);
    const next = await bothSeats(server, ada, ben);
    // The carried event resolves in the rematch's round 2; table 2's at its own round 2, and an event
    // for round 6 is still waiting there when the class exports.
    await playIntoRound(next, 2, 'export-replay-rematch');
    await playIntoRound(other, 2, 'export-replay-other');
    await inject(session, [2], { cardId: 'hualien-earthquake', atRound: 6 });
    await playServerSide(server, other, rng, 3);
    expect(gameOf(await storedState(server, next.matchID)).round).toBe(2);
    expect(gameOf(await storedState(server, other.matchID)).round).toBeGreaterThanOrEqual(2);

    const answer = await facilitator<ClassExport>(session, 'GET', '/export.json');
    expect(answer.status).toBe(200);
    const exported = JSON.parse(JSON.stringify(answer.body)) as ClassExport;
    expect(exported.format).toBe('silicon-curtain-class/3');
    const games = exported.tables;
    expect(games.map(({ table, game }) => [table, game])).toEqual([
      [1, 1],
      [1, 2],
      [2, 1],
    ]);
    const [firstGame, secondGame, otherGame] = games;
    if (!firstGame || !secondGame || !otherGame) throw new Error('three games expected');

    // The journal's injections are in the export, in their place, and the statuses say what became of each.
    const n2Count = firstGame.injects.length - 1;
    expect(n2Count).toBeGreaterThan(0);
    expect(injectionsOf(firstGame).map((row) => row.move)).toEqual([
      { type: 'facilitatorInject', ...scheduled },
      ...Array.from({ length: n2Count }, () => ({
        type: 'facilitatorInject',
        cardId: 'n2-volume',
        atRound: null,
      })),
    ]);
    expect(firstGame.injects.map((entry) => entry.status)).toEqual([
      'carried',
      ...Array.from({ length: n2Count }, () => 'played'),
    ]);
    expect(injectionsOf(secondGame).map((row) => [row.stateID, row.move])).toEqual([
      [1, { type: 'facilitatorInject', ...scheduled }],
    ]);
    expect(secondGame.injects).toMatchObject([{ ...scheduled, status: 'played', carriedFromGame: 1 }]);
    expect(injectionsOf(otherGame).map((row) => row.move)).toEqual([
      { type: 'facilitatorInject', ...scheduled },
      { type: 'facilitatorInject', cardId: 'busan-truce', atRound: null },
      { type: 'facilitatorInject', cardId: 'hualien-earthquake', atRound: 6 },
    ]);
    expect(otherGame.injects.map((entry) => entry.status)).toEqual(['played', 'played', 'waiting']);
    // The busan-truce row sits after the 4 moves made before it and the row of the event for round 2.
    // (A seat may hold the same card and play it: the injection is the facilitator's row.)
    expect(otherGame.moves.findIndex((row) => row.side === null && row.move.cardId === 'busan-truce')).toBe(
      5,
    );
    for (const game of games)
      expect(game.moves.map((row) => row.stateID)).toEqual(game.moves.map((_, index) => index + 1));

    for (const game of games) {
      const stored = gameOf(await storedState(server, game.matchID));
      const replayed = replayExportedGame(exported.session, game);
      expect(fingerprint(replayed), `table ${game.table} game ${game.game}`).toBe(fingerprint(stored));
      expect(replayed.pendingInjections).toEqual(stored.pendingInjections);
      // Without the injections the seats' moves do not make this game: the export needs them.
      const seatsOnly = { ...game, moves: game.moves.filter((row) => row.side !== null) };
      let withoutInjections: string;
      try {
        withoutInjections = fingerprint(replayExportedGame(exported.session, seatsOnly));
      } catch (refusal) {
        withoutInjections = String(refusal);
      }
      expect(withoutInjections).not.toBe(fingerprint(stored));
    }
    expect(gameOf(await storedState(server, otherGame.matchID)).pendingInjections).toEqual([
      { cardId: 'hualien-earthquake', atRound: 6 },
    ]);

    // One table's own export is the same games, and replays the same way.
    const single = await facilitator<ClassExport>(session, 'GET', '/tables/1/export.json');
    expect(single.body.tables).toEqual([firstGame, secondGame]);
  });
});
