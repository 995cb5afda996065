import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { GameState, Move, Side } from '../../rules/index.ts';
import {
  applyMoveInPlace,
  cardById,
  cloneState,
  createGame,
  fingerprint,
  legalMoves,
  scenarios,
  sides,
  sidesToMove,
  timeoutMove,
  whyIllegal,
} from '../../rules/index.ts';
import { findCard, newGame, playRandomGame, setHand, toActionPhase } from './helpers.ts';

/** Timed turns' default move (RULEBOOK §2, "Timed turns"). */

const ops = (cardId: string): number => cardById(cardId).ops;

describe('the default move of a side whose turn time ran out (RULEBOOK §2)', () => {
  it('headlines the lowest-ops card, the earliest dealt on a tie', () => {
    const state = newGame('timeout-headline');
    const one = findCard((card) => card.ops === 1, 'a 1-ops card');
    const otherOne = findCard((card) => card.ops === 1 && card.id !== one.id, 'a second 1-ops card');
    const three = findCard((card) => card.ops === 3, 'a 3-ops card');
    setHand(state, 'us', [three.id, otherOne.id, one.id]);
    expect(timeoutMove(state, 'us')).toEqual({ type: 'chooseHeadline', side: 'us', cardId: otherOne.id });
    expect(applyMoveInPlace(state, { type: 'chooseHeadline', side: 'us', cardId: three.id })).toBeUndefined();
    // Chosen: nothing more to time out.
    expect(timeoutMove(state, 'us')).toBeUndefined();
  });

  it('with operations in play, ends the turn: the unspent points are lost', () => {
    const state = newGame('timeout-ops');
    toActionPhase(state, 'china');
    const card = state.hands.china[0] ?? '';
    expect(
      applyMoveInPlace(state, { type: 'playCard', side: 'china', cardId: card, use: 'ops' }),
    ).toBeUndefined();
    expect(timeoutMove(state, 'china')).toEqual({ type: 'endTurn', side: 'china' });
    expect(timeoutMove(state, 'us')).toBeUndefined();
  });

  it('without, shelves the lowest-ops card; once shelved this round, plays it for operations, then ends the turn', () => {
    const state = newGame('timeout-shelve');
    toActionPhase(state, 'us');
    const hand = state.hands.us;
    const lowest = [...hand].sort((a, b) => ops(a) - ops(b) || hand.indexOf(a) - hand.indexOf(b))[0] ?? '';
    expect(timeoutMove(state, 'us')).toEqual({ type: 'playCard', side: 'us', cardId: lowest, use: 'shelve' });
    state.sides.us.shelvedInRound = state.round;
    const played = timeoutMove(state, 'us');
    expect(played).toEqual({ type: 'playCard', side: 'us', cardId: lowest, use: 'ops' });
    if (!played) return;
    expect(applyMoveInPlace(state, played)).toBeUndefined();
    if (!state.result) expect(timeoutMove(state, 'us')).toEqual({ type: 'endTurn', side: 'us' });
  });
});

/** Checks the default move of both sides in `state`: defined exactly for a side to move, and legal. */
function checkTimeouts(state: GameState): void {
  const toMove = sidesToMove(state);
  for (const side of sides) {
    const move = timeoutMove(state, side);
    if (!toMove.includes(side)) {
      expect(move).toBeUndefined();
      continue;
    }
    if (!move) throw new Error(`${side} is to move but has no default move`);
    expect(whyIllegal(state, move)).toBeUndefined();
    expect(legalMoves(state, side).map((legal) => fingerprint(legal))).toContain(fingerprint(move));
    checkFollowUp(state, side, move);
  }
}

/** A card the timeout played for operations is ended at once: that second default move is legal too. */
function checkFollowUp(state: GameState, side: Side, move: Move): void {
  if (move.type !== 'playCard' || move.use !== 'ops') return;
  const after = cloneState(state);
  expect(applyMoveInPlace(after, move)).toBeUndefined();
  if (after.result) return;
  const next = timeoutMove(after, side);
  expect(next).toEqual({ type: 'endTurn', side });
  if (next) expect(whyIllegal(after, next)).toBeUndefined();
}

describe('the default move is always legal (RULEBOOK §2)', () => {
  it('in every state reached by random legal play, for each side to move, and for no other', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 12 }), fc.integer()),
        fc.string({ maxLength: 12 }),
        fc.constantFrom(...scenarios.map((scenario) => scenario.id)),
        fc.boolean(),
        (seed, chooser, scenarioId, shelvedAlready) => {
          const state = createGame({ seed, scenarioId });
          const check = (s: GameState): void => {
            checkTimeouts(s);
            // The same state once a shelf is used this round: the ops branch is checked as often.
            if (shelvedAlready && s.phase === 'action') {
              const shelved = cloneState(s);
              for (const side of sides) shelved.sides[side].shelvedInRound = shelved.round;
              checkTimeouts(shelved);
            }
          };
          check(state);
          playRandomGame(state, chooser, check);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('a game played by default moves alone reaches its end', () => {
    const state = createGame({ seed: 'timeouts-only' });
    let moves = 0;
    while (!state.result && moves < 2000) {
      const side = sidesToMove(state)[0];
      const move = side === undefined ? undefined : timeoutMove(state, side);
      if (!move) throw new Error('no default move in a running game');
      expect(applyMoveInPlace(state, move)).toBeUndefined();
      moves++;
    }
    expect(state.result).not.toBeNull();
  });
});
