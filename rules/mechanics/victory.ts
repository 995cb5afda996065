import type { GameState } from '../state.ts';
import type { EndReason, Side } from '../vocabulary.ts';

/** Ends the game once; later calls keep the first result. */
export function endGame(state: GameState, winner: Side | 'draw', reason: EndReason): void {
  if (state.result) return;
  state.result = { winner, reason, round: state.round };
  state.phase = 'over';
  state.ops = null;
  const verdict = winner === 'draw' ? 'The game is drawn' : `${winner === 'us' ? 'The US' : 'China'} wins`;
  state.log.push({ round: state.round, side: null, text: `${verdict} (${reason}).` });
}
