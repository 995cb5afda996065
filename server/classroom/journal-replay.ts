import type { GameState } from '../../rules/index.ts';
import { applyMoveInPlace, cloneState, injectEventInPlace, sideOfPlayerId } from '../../rules/index.ts';
import type { JournalEntry } from '../storage/match-store.ts';
import { facilitatorSeat, injectMoveType } from './inject-commit.ts';

/**
 * Replays a match's journal (`MatchStore.loadJournal`) on the kernel: every accepted move, and every event
 * the facilitator brought in (`facilitatorInject` rows, applied with `injectEvent`), in state-id order. The
 * clock's flag leaves no row: it ends the match in `ctx`, not in the game state. What a debrief, an export
 * or an audit reads to rebuild any table's game from its initial state.
 */

export type ReplayOutcome = { ok: true; state: GameState } | { ok: false; stateID: number; message: string };

export function replayJournal(
  initial: GameState,
  journal: readonly (JournalEntry & { stateID: number })[],
): ReplayOutcome {
  const state = cloneState(initial);
  for (const entry of journal) {
    const why = replayEntry(state, entry);
    if (why !== undefined) return { ok: false, stateID: entry.stateID, message: why };
  }
  return { ok: true, state };
}

/** Applies one row; why it could not be applied, or undefined. */
function replayEntry(state: GameState, entry: JournalEntry): string | undefined {
  if (entry.seat === facilitatorSeat) {
    if (entry.moveType !== injectMoveType) return `unknown facilitator row: ${entry.moveType}`;
    const { cardId, atRound } = entry.fields;
    if (typeof cardId !== 'string') return 'an injection row without a card';
    const request = typeof atRound === 'number' ? { cardId, atRound } : { cardId };
    return injectEventInPlace(state, request)?.message;
  }
  const side = sideOfPlayerId(entry.seat);
  if (!side) return `a row for no seat: ${entry.seat}`;
  return applyMoveInPlace(state, { ...entry.fields, type: entry.moveType, side })?.message;
}
