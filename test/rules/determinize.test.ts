import { describe, expect, it } from 'vitest';
import { cardsOfEra } from '../../rules/content/catalog.ts';
import { determinize, unseenCards } from '../../rules/determinize.ts';
import {
  applyMoveInPlace,
  createGame,
  fingerprint,
  legalMoves,
  observe,
  sidesToMove,
} from '../../rules/index.ts';
import { nextInt, seedRng } from '../../rules/rng.ts';
import type { GameState } from '../../rules/state.ts';

function playRandomly(state: GameState, moves: number, seed: string): void {
  const chooser = seedRng(seed);
  for (let i = 0; i < moves && !state.result; i++) {
    const side = sidesToMove(state)[0];
    if (side === undefined) return;
    const options = legalMoves(state, side);
    applyMoveInPlace(state, options[nextInt(chooser, options.length)]);
  }
}

describe('determinisation for search bots (RULEBOOK §15)', () => {
  it.each([0, 7, 23, 61])('samples a state consistent with what the US has seen after %i moves', (moves) => {
    const state = createGame({ seed: `det-${moves}` });
    playRandomly(state, moves, `det-chooser-${moves}`);
    const view = observe(state, 'us');
    const sampled = determinize(view, seedRng('bot'));
    expect(sampled.hands.us).toEqual(state.hands.us);
    expect(sampled.hands.china).toHaveLength(state.hands.china.length);
    expect(sampled.deck).toHaveLength(state.deck.length);
    expect(sampled.discard).toEqual(state.discard);
    expect(sampled.sides).toEqual(state.sides);
    const all = [
      ...sampled.deck,
      ...sampled.hands.us,
      ...sampled.hands.china,
      ...sampled.discard,
      ...sampled.removed,
    ];
    for (const headline of [sampled.headlines.us, sampled.headlines.china])
      if (headline !== null) all.push(headline);
    expect(new Set(all).size).toBe(all.length);
  });

  it('never reads the hidden state: two games differing only in hidden cards give the same sample', () => {
    const state = createGame({ seed: 'hidden' });
    const other = structuredClone(state);
    // Swap China's hand with the deck's top: the US view cannot tell the difference.
    const chinaCard = other.hands.china[0];
    const deckCard = other.deck[0];
    if (chinaCard === undefined || deckCard === undefined) throw new Error('setup dealt no cards');
    other.hands.china[0] = deckCard;
    other.deck[0] = chinaCard;
    other.rng = [1, 2, 3, 4];
    expect(fingerprint(observe(state, 'us'))).toBe(fingerprint(observe(other, 'us')));
    expect(fingerprint(determinize(observe(state, 'us'), seedRng('x')))).toBe(
      fingerprint(determinize(observe(other, 'us'), seedRng('x'))),
    );
  });

  it('leaves the real state untouched when the sample is played on', () => {
    const state = createGame({ seed: 'untouched' });
    const before = fingerprint(state);
    const sampled = determinize(observe(state, 'china'), seedRng('bot'));
    playRandomly(sampled, 200, 'search');
    expect(fingerprint(state)).toBe(before);
  });

  it('counts as unseen exactly the cards of the joined eras the viewer cannot place', () => {
    const state = createGame({ seed: 'unseen' });
    const view = observe(state, 'china');
    const unseen = unseenCards(view);
    expect(unseen).toHaveLength(cardsOfEra(1).length - state.hands.china.length);
    for (const card of state.hands.us) expect(unseen).toContain(card);
  });
});
