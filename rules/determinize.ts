import { cloneState } from './clone.ts';
import { cardIdsOfEra, joinedEras } from './eras.ts';
import { publicState } from './view-state.ts';
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
  const seen = new Set<string>(view.hand);
  for (const id of view.discard) seen.add(id);
  for (const id of view.removed) seen.add(id);
  if (view.ownHeadline !== null) seen.add(view.ownHeadline);
  const unseen: string[] = [];
  for (const era of joinedEras(view.params, view.round))
    for (const id of cardIdsOfEra(era)) if (!seen.has(id)) unseen.push(id);
  return unseen;
}

/**
 * Samples states for one decision: the unseen cards and the public base are worked out once, and each
 * call deals a fresh deep copy (a search plays moves on it; `observe` shares objects with the game).
 */
export function determinizer(view: PlayerView): (rng: RngState) => GameState {
  if (view.viewer === 'spectator') throw new Error('determinize: a spectator has no side to search for');
  const self: Side = view.viewer;
  const rival = rivalOf(self);
  const unseenAtStart = unseenCards(view);
  const base = publicState(view);
  const rivalHandCount = Math.min(unseenAtStart.length, view.handCounts[rival]);
  const rivalHasHeadline = view.headlineChosen[rival];
  return (rng) => {
    const unseen = unseenAtStart.slice();
    shuffleInPlace(rng, unseen);
    const rivalHand = unseen.splice(0, rivalHandCount);
    const rivalHeadline = rivalHasHeadline ? (unseen.pop() ?? null) : null;
    const state = cloneState(base);
    state.rng = [nextUint32(rng), nextUint32(rng), nextUint32(rng), nextUint32(rng) | 1];
    state.deck = unseen;
    state.hands[self] = view.hand.slice();
    state.hands[rival] = rivalHand;
    state.headlines[self] = view.ownHeadline;
    state.headlines[rival] = rivalHeadline;
    return state;
  };
}

export function determinize(view: PlayerView, rng: RngState): GameState {
  return determinizer(view)(rng);
}
