import { cloneState } from './clone.ts';
import { cardsOfEra } from './content/catalog.ts';
import { joinedEras } from './eras.ts';
import type { PlayerView } from './observe.ts';
import type { RngState } from './rng.ts';
import { nextUint32, shuffleInPlace } from './rng.ts';
import type { GameState } from './state.ts';
import type { Side } from './vocabulary.ts';
import { rivalOf } from './vocabulary.ts';

/**
 * Determinisation for search bots (information-set MCTS): a full game state consistent with everything
 * one side has seen. The rival's hand, its secret headline and the deck order are sampled from the cards
 * the viewer cannot see, and the future's random stream comes from the bot's own `rng`, so a bot's
 * thinking never reads or shifts the real game's hidden state.
 */

/** Card ids the viewer cannot place: in the rival's hand, the rival's secret headline or the deck. */
export function unseenCards(view: PlayerView): string[] {
  const seen = new Set<string>([...view.hand, ...view.discard, ...view.removed]);
  if (view.ownHeadline !== null) seen.add(view.ownHeadline);
  const unseen: string[] = [];
  for (const era of joinedEras(view.params, view.round))
    for (const card of cardsOfEra(era)) if (!seen.has(card.id)) unseen.push(card.id);
  return unseen;
}

export function determinize(view: PlayerView, rng: RngState): GameState {
  if (view.viewer === 'spectator') throw new Error('determinize: a spectator has no side to search for');
  const self: Side = view.viewer;
  const rival = rivalOf(self);
  const unseen = unseenCards(view);
  shuffleInPlace(rng, unseen);
  const rivalHand = unseen.splice(0, Math.min(unseen.length, view.handCounts[rival]));
  const rivalHeadline = view.headlineChosen[rival] ? (unseen.pop() ?? null) : null;
  const {
    viewer: _viewer,
    hand: _hand,
    handCounts: _handCounts,
    deckCount: _deckCount,
    headlineChosen: _headlineChosen,
    ownHeadline,
    ...open
  } = view;
  const hands =
    self === 'us' ? { us: [...view.hand], china: rivalHand } : { us: rivalHand, china: [...view.hand] };
  const headlines =
    self === 'us' ? { us: ownHeadline, china: rivalHeadline } : { us: rivalHeadline, china: ownHeadline };
  // A deep copy: `observe` shares objects with the real state, and a search plays moves on this one.
  return cloneState({
    ...open,
    rng: [nextUint32(rng), nextUint32(rng), nextUint32(rng), nextUint32(rng) | 1],
    deck: unseen,
    hands,
    headlines,
  });
}
