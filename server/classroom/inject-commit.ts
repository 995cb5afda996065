import type { State } from 'boardgame.io';
import type { GameState, InjectionRequest } from '../../rules/index.ts';
import { gameoverOf, injectEvent } from '../../rules/index.ts';
import type { MatchAuthority } from '../authority/authority.ts';
import type { JournalEntry, MatchStore } from '../storage/match-store.ts';
import { fail, refused, succeed } from '../boundary/rejection.ts';
import type { ControlOutcome } from './table-controls.ts';

/** The journal's seat for what the facilitator did: no player's seat, so no replay mistakes it for one. */
export const facilitatorSeat = 'facilitator';
/** The journal's move type of an event brought in (fields: `cardId`, and `atRound` when scheduled). */
export const injectMoveType = 'facilitatorInject';

/** The journal row of an injection: what a replay of the journal applies with `injectEvent`. */
export function injectJournalEntry(request: InjectionRequest, at: number): JournalEntry {
  const fields: Record<string, unknown> = { cardId: request.cardId };
  if (request.atRound !== undefined) fields.atRound = request.atRound;
  return { seat: facilitatorSeat, moveType: injectMoveType, fields, at };
}

/**
 * Brings a card's event into a match: to be run in the match's queue (`authority.exclusive`), so no move
 * interleaves. The state comes from storage as the running rules read it (a 2.0.0 match is migrated and
 * this commit moves it to the running rules, as a move's would); the commit is compare-and-set on its
 * state id with a journal row, then told to both seats, spectators and other processes like any commit.
 */
export async function commitInjection(
  authority: MatchAuthority,
  store: MatchStore,
  matchID: string,
  request: InjectionRequest,
): Promise<ControlOutcome> {
  if (authority.isDraining) return refused('shuttingDown', 'the server is shutting down');
  const read = await authority.readStored(matchID);
  if (!read) return refused('matchNotFound', 'no such match');
  if (read.closedReason !== undefined) return refused('rulesVersionClosed', read.closedReason);
  const { state } = read;
  if (state.ctx.gameover !== undefined) return refused('gameOver', 'the game is over');
  const result = injectEvent(state.G as GameState, request);
  if (!result.ok) return fail(result.rejection);
  const gameover = gameoverOf(result.state.result);
  const now = Date.now();
  const next: State = {
    ...state,
    G: result.state,
    ctx: gameover === undefined ? state.ctx : { ...state.ctx, gameover },
    _stateID: state._stateID + 1,
  };
  const committed = await store.commitState(matchID, {
    state: next,
    deltalog: [],
    patch: gameover === undefined ? { updatedAt: now } : { updatedAt: now, gameover },
    move: injectJournalEntry(request, now),
    rules: { from: read.from, to: authority.rules.version },
  });
  // Only another process can have committed in between (this one runs in the match's queue).
  if (!committed) return refused('conflict', 'the match moved on through another server; try again');
  authority.committedOutsideMove(matchID, next, []);
  return succeed(undefined);
}
