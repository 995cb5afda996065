import type { GameState } from '../state.ts';
import type { Side } from '../vocabulary.ts';
import { rivalOf } from '../vocabulary.ts';
import { endGame } from './victory.ts';

/**
 * The escalation track (RULEBOOK §12), like Twilight Struggle's DEFCON: it cools each round, and the
 * side whose action or card pushes it to the limit loses the game.
 */
export function changeEscalation(state: GameState, pushedBy: Side, delta: number): void {
  const { limit } = state.params.escalation;
  state.escalation = Math.max(0, Math.min(limit, state.escalation + delta));
  if (delta > 0 && state.escalation >= limit) endGame(state, rivalOf(pushedBy), 'escalation');
}

export function coolEscalation(state: GameState): void {
  state.escalation = Math.max(0, state.escalation - state.params.escalation.coolingPerRound);
}
