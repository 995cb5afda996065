import type { GameState, PlayerView, Side } from '../../../rules/index.ts';

/**
 * A kernel state built from one seat's view only (the rival's hand empty, no deck, no PRNG): enough for
 * `legalMoves(state, side)`, which reads only public state and the seat's own hand. Tests play honestly.
 */
export function stateFromView(view: PlayerView, side: Side): GameState {
  const {
    viewer: _viewer,
    hand,
    handCounts: _handCounts,
    deckCount: _deckCount,
    headlineChosen: _headlineChosen,
    ownHeadline,
    ...open
  } = view;
  return {
    ...open,
    rng: [0, 0, 0, 0],
    deck: [],
    hands: side === 'us' ? { us: hand, china: [] } : { us: [], china: hand },
    headlines: side === 'us' ? { us: ownHeadline, china: null } : { us: null, china: ownHeadline },
  };
}
