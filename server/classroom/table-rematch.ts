import { playerIdBySide, sides } from '../../rules/index.ts';
import type { Outcome } from '../boundary/rejection.ts';
import { refused, succeed } from '../boundary/rejection.ts';
import type { ClassTableRef } from '../storage/match-store.ts';
import type { ClassroomDeps } from './classroom-deps.ts';
import { carryWaitingEvents, recordCarried } from './carried-injects.ts';
import { createTable } from './create-session.ts';
import { linkNextGame, seatBot } from './seat-metadata.ts';
import type { GameRecord, SessionDoc, TableRecord } from './session-doc.ts';
import { gameNumberOf, maxGamesPerTable, tableOf } from './session-doc.ts';
import { matchLog } from '../log.ts';

/** The table's game after a rematch: the students' `/me` hands out its seats from now on. */
export interface NextGame {
  table: number;
  /** 1-based: the table's first game is 1. */
  game: number;
  matchID: string;
}

/** Whether `finishedMatchID` is the table's current game, or why the rematch is not for it. */
function followUp(table: TableRecord, finishedMatchID: string): 'current' | 'done' | 'unknown' {
  if (table.matchID === finishedMatchID) return 'current';
  return table.earlierGames?.some((game) => game.matchID === finishedMatchID) ? 'done' : 'unknown';
}

const nextGameOf = (table: TableRecord): NextGame => ({
  table: table.table,
  game: gameNumberOf(table),
  matchID: table.matchID,
});

const tooMany = refused<never>(
  'tooManyGames',
  `your table has played its ${maxGamesPerTable} games for this class: ask your teacher`,
);

/**
 * A finished class table's rematch, asked by one of its students: a new game at the same table of the same
 * session (the facilitator's overview, pause, inject and export follow it), with the same seats, teams and
 * bots, the session's turn time, and the events scheduled for rounds the finished game never reached
 * (carried-injects.ts). Asked again for the same finished game (a teammate, a second press,
 * another process) it answers the game already made, like boardgame.io's `playAgain`; the session's quota
 * is `maxGamesPerTable`, not the lobby's per-address one (a class shares one school address).
 */
export async function rematchTable(
  deps: ClassroomDeps,
  doc: SessionDoc,
  tableNumber: number,
  finishedMatchID: string,
): Promise<Outcome<NextGame>> {
  const table = tableOf(doc, tableNumber);
  if (!table) return refused('notSeated', 'you are not at a table');
  const asked = followUp(table, finishedMatchID);
  if (asked === 'done') return succeed(nextGameOf(table));
  if (asked === 'unknown') return refused('matchNotFound', 'that game was not played at your table');
  const state = await deps.readState(table.matchID);
  if (state?.ctx.gameover === undefined)
    return refused('matchNotFinished', 'the game at your table is not over yet');
  if (gameNumberOf(table) >= maxGamesPerTable) return tooMany;

  const created = await createTable(deps, doc.id, table.table, doc.scenarioId, doc.overrides);
  if (!created.ok) return created;
  const { matchID, kernelSeed } = created.value;
  const carried = await carryWaitingEvents(deps, state, matchID);
  const carriedAt = deps.now();
  const recorded = await deps.docs.change(doc.id, (fresh) => {
    const current = tableOf(fresh, tableNumber);
    if (!current) return refused<NextGame & { made: boolean }>('notSeated', 'you are not at a table');
    // Another student's rematch of the same game was recorded first: theirs is the table's next game.
    if (current.matchID !== finishedMatchID) return succeed({ ...nextGameOf(current), made: false });
    if (gameNumberOf(current) >= maxGamesPerTable) return tooMany;
    const { matchID: doneID, kernelSeed: doneSeed, injects } = current;
    const done: GameRecord = { matchID: doneID, kernelSeed: doneSeed, injects };
    const carriedIn = recordCarried(done, gameNumberOf(current), carried, carriedAt);
    current.earlierGames = [...(current.earlierGames ?? []), done];
    Object.assign(current, { matchID, kernelSeed, injects: carriedIn });
    return succeed({ ...nextGameOf(current), made: true });
  });
  // A game nobody will sit at (its record lost the race, or was refused) is removed unseen, as the lobby
  // removes a `playAgain` that lost its race.
  if (!recorded.ok || !recorded.value.made) await deps.matches.wipe(matchID);
  if (!recorded.ok) return recorded;
  const { made, ...next } = recorded.value;
  if (made) await setUpGame(deps, doc, table, finishedMatchID, matchID);
  return succeed(next);
}

/**
 * The Lobby API's `playAgain` on a class table (lobby.ts, `ClassTables`): the class's rematch of that
 * table, so boardgame.io's route makes no match outside the session.
 */
export async function rematchFromLobby(
  deps: ClassroomDeps,
  finishedMatchID: string,
  classTable: ClassTableRef,
): Promise<Outcome<{ nextMatchID: string }>> {
  const stored = await deps.docs.read(classTable.sessionId);
  if (!stored) return refused('sessionNotFound', 'the class this table belongs to is gone: ask your teacher');
  const next = await rematchTable(deps, stored.doc, classTable.table, finishedMatchID);
  if (!next.ok) return next;
  matchLog(finishedMatchID).info(
    { classSession: classTable.sessionId, table: classTable.table, nextMatchID: next.value.matchID },
    "a class table's rematch asked through the Lobby API",
  );
  return succeed({ nextMatchID: next.value.matchID });
}

/** The new game plays like the last: the same sides to the bots, the session's turn time, linked from it. */
async function setUpGame(
  deps: ClassroomDeps,
  doc: SessionDoc,
  table: TableRecord,
  finishedMatchID: string,
  matchID: string,
): Promise<void> {
  const log = matchLog(matchID).child({ classSession: doc.id, table: table.table });
  for (const side of sides) {
    const bot = table.bots[side];
    if (bot === undefined) continue;
    if (await seatBot(deps.matches, matchID, playerIdBySide[side], bot)) deps.pokeBot(matchID);
    else log.error({ side }, "the class table's next game: handing the side to its bot failed");
  }
  if (doc.turnSeconds !== null) {
    const timed = await deps.controls.setTurnSeconds(matchID, doc.turnSeconds);
    if (!timed.ok)
      log.error({ rejection: timed.rejection }, "the class table's next game: the turn timer is off");
  }
  // The lobby's own `playAgain` on the finished game answers this one too.
  if (!(await linkNextGame(deps.matches, finishedMatchID, matchID)))
    log.error({ finishedMatchID }, "the class table's next game: linking it from the finished game failed");
}
