import { describe, expect, it } from 'vitest';
import type { GameState, Move } from '../../../rules/index.ts';
import { createGame, legalMoves, observe, performMove, sidesToMove } from '../../../rules/index.ts';
import { createBot } from '../../../rules/bots/index.ts';
import { cloneState } from '../../../rules/clone.ts';
import { evaluationWeightsBySide } from '../../../rules/bots/evaluate.ts';
import { defaultIsmctsOptions, scorePosition, searchRoot, winChance } from '../../../rules/bots/ismcts.ts';
import { seedRng } from '../../../rules/rng.ts';

/** Plays greedy against greedy from `seed` until `wanted` holds before a China action, or the game ends. */
function positionWhere(seed: string, wanted: (state: GameState) => boolean): GameState | undefined {
  const state = createGame({ seed });
  const bots = { us: createBot('greedy', `${seed}:us`), china: createBot('greedy', `${seed}:china`) };
  while (!state.result) {
    const side = sidesToMove(state)[0];
    if (side === undefined) return undefined;
    if (side === 'china' && state.ops && state.ops.opsRemaining > 0 && wanted(state)) return state;
    const legal = legalMoves(state, side);
    performMove(state, bots[side].chooseMove(observe(state, side), legal));
  }
  return undefined;
}

const chinaScore = (state: GameState): number =>
  scorePosition(cloneState(state), 'china', evaluationWeightsBySide.china);

describe('the search bot (rules/bots/ismcts.ts)', () => {
  it.each([0, 250, -250])(
    'a leaf four units better than the start reads as better at a start of %d',
    (start) => {
      expect(winChance(start + 4, start) - winChance(start, start)).toBeGreaterThan(0.02);
      expect(winChance(start, start)).toBeCloseTo(0.5);
    },
  );

  it('a side far ahead on the evaluation still tells its moves apart', () => {
    // A China far ahead squashed every leaf to a 99% win chance: its moves' means differed by a few
    // thousandths and its visits spread evenly, a choice at random. Relative to the start they differ.
    const state = positionWhere('search-spread:1', (candidate) => chinaScore(candidate) > 150);
    if (!state) throw new Error('no position with China far ahead in this seeded game');
    const legal = legalMoves(state, 'china');
    const statistics = searchRoot({ ...observe(state, 'china'), viewer: 'china' }, legal, seedRng('t'), {
      ...defaultIsmctsOptions,
    });
    expect(statistics.length).toBeGreaterThan(3);
    const means = statistics.map((entry) => entry.meanWinChance);
    expect(Math.max(...means) - Math.min(...means)).toBeGreaterThan(0.05);
    expect(Math.max(...means)).toBeLessThan(0.9);
  });

  it('the search is a pure function of the view and its own stream', () => {
    const state = positionWhere('search-spread:1', () => true);
    if (!state) throw new Error('no China action in this seeded game');
    const legal: Move[] = legalMoves(state, 'china');
    const run = (): unknown =>
      searchRoot({ ...observe(state, 'china'), viewer: 'china' }, legal, seedRng('same'), {
        ...defaultIsmctsOptions,
        iterations: 50,
      });
    expect(run()).toEqual(run());
  });
});
