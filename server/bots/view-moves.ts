import type { GameState, Move, PlayerView, Side } from '../../rules/index.ts';
import { legalMoves } from '../../rules/index.ts';

/**
 * A seat's legal moves from its view alone. `legalMoves` reads only public state and the mover's own
 * hand, so a state with the rival's hand empty, no deck and no PRNG gives the same answer: clients
 * never need (or get) the hidden state.
 */
export function legalMovesFromView(view: PlayerView): Move[] {
  if (view.viewer === 'spectator') return [];
  const side: Side = view.viewer;
  const {
    viewer: _viewer,
    hand,
    handCounts: _handCounts,
    deckCount: _deckCount,
    headlineChosen: _headlineChosen,
    ownHeadline,
    ...open
  } = view;
  const state: GameState = {
    ...open,
    rng: [0, 0, 0, 0],
    deck: [],
    hands: side === 'us' ? { us: hand, china: [] } : { us: [], china: hand },
    headlines: side === 'us' ? { us: ownHeadline, china: null } : { us: null, china: ownHeadline },
  };
  return legalMoves(state, side);
}
