import type { GameState } from './state.ts';
import type { BySide, Side } from './vocabulary.ts';

/**
 * What one seat (or a spectator) may see (RULEBOOK §15): its own hand, the rival's hand as a count, the
 * deck as a count, whether each headline is chosen. Never the PRNG, the deck order or the rival's cards.
 */
export type Viewer = Side | 'spectator';

export interface PlayerView extends Omit<GameState, 'rng' | 'deck' | 'hands' | 'headlines'> {
  viewer: Viewer;
  /** The viewer's own hand; empty for a spectator. */
  hand: string[];
  handCounts: BySide<number>;
  deckCount: number;
  headlineChosen: BySide<boolean>;
  /** The viewer's own secret headline, until both are revealed. */
  ownHeadline: string | null;
}

export function observe(state: GameState, viewer: Viewer): PlayerView {
  const { rng: _rng, deck, hands, headlines, ...open } = state;
  return {
    ...open,
    viewer,
    hand: viewer === 'spectator' ? [] : [...hands[viewer]],
    handCounts: { us: hands.us.length, china: hands.china.length },
    deckCount: deck.length,
    headlineChosen: { us: headlines.us !== null, china: headlines.china !== null },
    ownHeadline: viewer === 'spectator' ? null : headlines[viewer],
  };
}
