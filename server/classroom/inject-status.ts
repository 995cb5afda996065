import type { State } from 'boardgame.io';
import { waitingEvents } from './carried-injects.ts';
import type { InjectRecord } from './session-doc.ts';

/**
 * What became of an event the facilitator brought into a game, as the export says it:
 * - `played`: it resolved (at once, or at the start of its round);
 * - `waiting`: scheduled for a round the game, still on, has not reached;
 * - `notPlayed`: scheduled for a round the game never reached, and not carried (no rematch followed, or
 *   the next game could not take it);
 * - `carried`: scheduled for a round the game never reached, and moved to the table's next game
 *   (`carriedToGame`), at the same round;
 * - `unknown`: the game's state could not be read.
 */
export type InjectStatus = 'played' | 'waiting' | 'notPlayed' | 'carried' | 'unknown';

/**
 * Each record's status, in order. A scheduled event has not resolved while the game's state still holds
 * it for later; records of the same card and round are matched to those held one for one.
 */
export function injectStatuses(records: readonly InjectRecord[], state: State | undefined): InjectStatus[] {
  if (!state) return records.map(() => 'unknown');
  const held = waitingEvents(state);
  const over = state.ctx.gameover !== undefined;
  return records.map((record) => {
    const index =
      record.atRound === null
        ? -1
        : held.findIndex((event) => event.cardId === record.cardId && event.atRound === record.atRound);
    if (index >= 0) held.splice(index, 1);
    if (record.carriedToGame !== undefined) return 'carried';
    if (index < 0) return 'played';
    return over ? 'notPlayed' : 'waiting';
  });
}
