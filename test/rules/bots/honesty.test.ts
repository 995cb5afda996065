import { describe, expect, it } from 'vitest';
import type { GameState, Side } from '../../../rules/index.ts';
import {
  cloneState,
  createGame,
  legalMoves,
  observe,
  performMove,
  rivalOf,
  sidesToMove,
} from '../../../rules/index.ts';
import { botSpecsFor, createBot } from '../../../rules/bots/index.ts';
import { nextInt, seedRng, shuffleInPlace } from '../../../rules/rng.ts';

/**
 * Honest bots (issue 3): two states that differ only in what `side` cannot see (the rival's hand and
 * secret headline, the deck's order and contents, the PRNG) must get the same move from the same bot.
 */

/** A copy of `state` with everything hidden from `side` changed, and every public fact kept. */
function withOtherSecrets(state: GameState, side: Side, salt: string): GameState {
  const twin = cloneState(state);
  const rival = rivalOf(side);
  const rng = seedRng(`secrets:${salt}`);
  twin.rng = seedRng(`other-rng:${salt}`);
  // Swap the rival's hand (and any secret headline) with deck cards, then reshuffle the deck.
  const pool = [...twin.deck, ...twin.hands[rival]];
  const headline = twin.headlines[rival];
  if (headline !== null) pool.push(headline);
  shuffleInPlace(rng, pool);
  twin.hands[rival] = pool.splice(0, twin.hands[rival].length);
  if (headline !== null) twin.headlines[rival] = pool.pop() ?? headline;
  twin.deck = pool;
  return twin;
}

/** Positions from a random game, at most every third decision, for both sides. */
function positions(seed: string, limit: number): { state: GameState; side: Side }[] {
  const state = createGame({ seed });
  const chooser = seedRng(`positions:${seed}`);
  const found: { state: GameState; side: Side }[] = [];
  for (let step = 0; !state.result && found.length < limit; step++) {
    const side = sidesToMove(state)[0];
    if (side === undefined) break;
    const legal = legalMoves(state, side);
    if (step % 3 === 0 && legal.length > 1) found.push({ state: cloneState(state), side });
    const move = legal[nextInt(chooser, legal.length)];
    if (move === undefined) break;
    performMove(state, move);
  }
  return found;
}

describe('bots decide from their own view only', () => {
  const specs = [...new Set([...botSpecsFor('us'), ...botSpecsFor('china')])].map((spec) =>
    spec.startsWith('mcts:') ? 'mcts:16' : spec,
  );

  it('the twin states really differ in secrets and not in the view', () => {
    for (const { state, side } of positions('twins', 10)) {
      const twin = withOtherSecrets(state, side, 'check');
      expect(observe(twin, side)).toEqual(observe(state, side));
      expect(legalMoves(twin, side)).toEqual(legalMoves(state, side));
      expect(twin.rng).not.toEqual(state.rng);
    }
  });

  it.each(specs)('%s chooses the same move whatever the hidden information', (spec) => {
    let compared = 0;
    for (const seed of ['honest-1', 'honest-2']) {
      for (const { state, side } of positions(seed, 25)) {
        if (!spec.startsWith('mcts:') && !botSpecsFor(side).includes(spec)) continue;
        const twin = withOtherSecrets(state, side, `${seed}:${compared}`);
        const botSeed = `${seed}:${compared}`;
        const original = createBot(spec, botSeed).chooseMove(observe(state, side), legalMoves(state, side));
        const other = createBot(spec, botSeed).chooseMove(observe(twin, side), legalMoves(twin, side));
        expect(other).toEqual(original);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(10);
  });

  it("a bot's thinking does not touch the game's state or random stream", () => {
    for (const { state, side } of positions('untouched', 15)) {
      const before = cloneState(state);
      createBot('greedy', 'x').chooseMove(observe(state, side), legalMoves(state, side));
      expect(state).toEqual(before);
    }
  });
});
