import type { GameState } from '../state.ts';
import type { Side } from '../vocabulary.ts';
import { rivalOf } from '../vocabulary.ts';
import { endGame } from './victory.ts';

/**
 * The escalation track (RULEBOOK §12), like Twilight Struggle's DEFCON: it cools only after a quiet round
 * or by a deliberate de-escalation, and the side whose action or card pushes it to the limit loses.
 * `pushedBy` null is an event the facilitator brought in: nobody answers for it, so it can bring the track
 * to the brink (one step below the limit) but never over it; the next side to push it there loses.
 */
export function changeEscalation(state: GameState, pushedBy: Side | null, delta: number): void {
  const { limit } = state.params.escalation;
  if (delta > 0) state.escalatedThisRound = true;
  const ceiling = pushedBy === null ? Math.max(state.escalation, limit - 1) : limit;
  state.escalation = Math.max(0, Math.min(ceiling, state.escalation + delta));
  if (pushedBy !== null && delta > 0 && state.escalation >= limit)
    endGame(state, rivalOf(pushedBy), 'escalation');
}

/** At a round's end: a quiet round (nothing raised escalation) cools it; the next round starts unmarked. */
export function coolEscalation(state: GameState): void {
  if (!state.escalatedThisRound)
    state.escalation = Math.max(0, state.escalation - state.params.escalation.coolingPerRound);
  state.escalatedThisRound = false;
}
