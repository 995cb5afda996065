import type { Move } from '../moves.ts';
import type { PlayerView } from '../observe.ts';
import type { Side } from '../vocabulary.ts';

/**
 * A bot decides from its own seat's view only (never the full state) and draws any randomness from its
 * own seeded stream, so its thinking never shifts the game's random stream.
 */
export interface Bot {
  /** The spec it was built from, e.g. `random`, `greedy`, `us-chokehold`. */
  name: string;
  /** `legal` is `legalMoves(state, side)`: public information and the bot's own hand only. */
  chooseMove(view: PlayerView, legal: readonly Move[]): Move;
}

/** The seat a view belongs to; a spectator's view cannot move. */
export function viewerSide(view: PlayerView): Side {
  if (view.viewer === 'spectator') throw new Error('a bot needs a seat, not a spectator view');
  return view.viewer;
}

export function firstMove(legal: readonly Move[]): Move {
  const move = legal[0];
  if (move === undefined) throw new Error('a bot was asked to move with no legal move');
  return move;
}
