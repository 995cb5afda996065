import { describe, expect, it } from 'vitest';
import { applyMoveInPlace, createGame, legalMoves, sidesToMove } from '../../rules/index.ts';
import { nextInt, seedRng } from '../../rules/rng.ts';

describe('a whole game (RULEBOOK §2)', () => {
  it('random legal play reaches a result within the round limit (RULEBOOK §2, §14)', () => {
    const state = createGame({ seed: 'smoke' });
    const chooser = seedRng('chooser');
    let moves = 0;
    while (!state.result && moves < 5000) {
      const side = sidesToMove(state)[0];
      if (side === undefined) throw new Error('no side to move in a running game');
      const options = legalMoves(state, side);
      const move = options[nextInt(chooser, options.length)];
      expect(applyMoveInPlace(state, move)).toBeUndefined();
      moves++;
    }
    expect(state.result).not.toBeNull();
    expect(state.round).toBeLessThanOrEqual(state.params.calendar.roundCount);
  });
});
