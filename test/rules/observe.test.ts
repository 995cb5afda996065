import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  applyMoveInPlace,
  createGame,
  legalMoves,
  legalMovesFromView,
  sidesToMoveFromView,
  observe,
  sidesToMove,
  whyIllegal,
  whyIllegalFromView,
} from '../../rules/index.ts';
import { nextInt, seedRng } from '../../rules/rng.ts';

describe('observe (RULEBOOK §15)', () => {
  it('shows every public field of the state and nothing else', () => {
    const state = createGame({ seed: 'observe-keys' });
    const hidden = ['rng', 'deck', 'hands', 'headlines', 'pendingInjections'];
    const extras = ['viewer', 'hand', 'handCounts', 'deckCount', 'headlineChosen', 'ownHeadline'];
    const expected = [...Object.keys(state).filter((key) => !hidden.includes(key)), ...extras].sort();
    for (const viewer of ['us', 'china', 'spectator'] as const) {
      expect(Object.keys(observe(state, viewer)).sort()).toEqual(expected);
    }
  });

  it('hands the viewer a copy of its hand, so a bot cannot change the game through its view', () => {
    const state = createGame({ seed: 'observe-copy' });
    const view = observe(state, 'us');
    view.hand.pop();
    expect(state.hands.us).toHaveLength(state.params.calendar.handSize);
  });
});

describe("rules from a seat's view alone (RULEBOOK §15)", () => {
  it('legalMovesFromView, whyIllegalFromView and sidesToMoveFromView answer exactly as the full state does', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: 150 }), (seed, steps) => {
        const state = createGame({ seed: `view-${seed}` });
        const chooser = seedRng(`view-chooser-${seed}`);
        for (let i = 0; i < steps && !state.result; i++) {
          const mover = sidesToMove(state)[0];
          if (mover === undefined) break;
          const options = legalMoves(state, mover);
          applyMoveInPlace(state, options[nextInt(chooser, options.length)]);
        }
        for (const viewer of ['us', 'china', 'spectator'] as const)
          expect(sidesToMoveFromView(observe(state, viewer))).toEqual(sidesToMove(state));
        for (const side of ['us', 'china'] as const) {
          const view = observe(state, side);
          const fromView = legalMovesFromView(view);
          expect(fromView).toEqual(legalMoves(state, side));
          for (const move of fromView)
            expect(whyIllegalFromView(view, move)).toEqual(whyIllegal(state, move));
        }
      }),
      { numRuns: 60 },
    );
  });
});
