import { cardById } from '../content/catalog.ts';
import { cloneState } from '../clone.ts';
import { resolveEvent } from '../mechanics/events.ts';
import type { Move } from '../moves.ts';
import { performMove } from '../moves.ts';
import { eventBeneficiary } from '../round.ts';
import type { GameState } from '../state.ts';
import type { Side } from '../vocabulary.ts';
import type { EvaluationWeights } from './evaluate.ts';
import { evaluateDisposable, evaluationWeightsBySide } from './evaluate.ts';

/**
 * One-ply look-ahead on a determinised state (rules/determinize.ts): apply the candidate to a copy
 * and evaluate the copy. A card played for operations is credited a flat amount per point it brings,
 * so that it compares with playing a card for its event. Once the points are in hand an action is
 * judged against ending the turn on the evaluation alone: points left over are free to spend or drop.
 */

/** What one unspent operations point is worth, in evaluation units (design number). */
export const opsPointValue = 2;

/** Unspent operations points in `state`, worth opsPointValue each to the side holding them (0: none). */
export function unspentOpsCredit(state: GameState, side: Side): number {
  if (!state.ops) return 0;
  const credit = opsPointValue * state.ops.opsRemaining;
  return state.activeSide === side ? credit : -credit;
}

function scoreHeadline(
  base: GameState,
  side: Side,
  cardId: string,
  weights: Readonly<EvaluationWeights>,
): number {
  const copy = cloneState(base);
  const card = cardById(cardId);
  // The rival's headline is secret: judge ours as if it resolved alone.
  resolveEvent(copy, card, { beneficiary: eventBeneficiary(card, side), actor: side });
  return evaluateDisposable(copy, side, true, weights);
}

export function scoreMove(
  base: GameState,
  move: Move,
  weights: Readonly<EvaluationWeights> = evaluationWeightsBySide[move.side],
): number {
  const { side } = move;
  if (move.type === 'chooseHeadline') return scoreHeadline(base, side, move.cardId, weights);
  const copy = cloneState(base);
  performMove(copy, move);
  const roundStillOpen = !copy.result && copy.round === base.round;
  const opsCredit = move.type === 'playCard' && copy.activeSide === side ? unspentOpsCredit(copy, side) : 0;
  return evaluateDisposable(copy, side, roundStillOpen, weights) + opsCredit;
}
