import { cardById } from './content/catalog.ts';
import type { Move } from './moves.ts';
import type { GameState } from './state.ts';
import type { Side } from './vocabulary.ts';

/**
 * Timed turns (RULEBOOK §2, "Timed turns"): the move a server makes for a side whose turn time ran out.
 * It is always legal, it never gains the side anything it could not have chosen itself, and it costs the
 * side its choice: the weakest card goes, or the operations in hand are lost.
 *
 * - headline phase: the lowest-ops card of its hand is its headline;
 * - an action round with a card's operations in play: the turn ends (unspent points are lost);
 * - an action round without: its lowest-ops card is shelved, or, when it shelved already this round,
 *   played for operations, and then the turn ends at once (the server makes `timeoutMove` again).
 *
 * On a tie the card dealt earliest goes (the hand keeps the order of the deal).
 */

/** The hand's card with the fewest operations points, the earliest dealt on a tie. */
export function lowestOpsCard(hand: readonly string[]): string | undefined {
  let lowest: { cardId: string; ops: number } | undefined;
  for (const cardId of hand) {
    const ops = cardById(cardId).ops;
    if (!lowest || ops < lowest.ops) lowest = { cardId, ops };
  }
  return lowest?.cardId;
}

/** The default move for `side` now, or undefined when it is not to move (or has nothing to play). */
export function timeoutMove(state: GameState, side: Side): Move | undefined {
  if (state.result) return undefined;
  const hand = state.hands[side];
  if (state.phase === 'headline') {
    if (state.headlines[side] !== null) return undefined;
    const cardId = lowestOpsCard(hand);
    return cardId === undefined ? undefined : { type: 'chooseHeadline', side, cardId };
  }
  if (state.phase !== 'action' || state.activeSide !== side) return undefined;
  if (state.ops) return { type: 'endTurn', side };
  const cardId = lowestOpsCard(hand);
  if (cardId === undefined) return undefined;
  const use = state.sides[side].shelvedInRound === state.round ? 'ops' : 'shelve';
  return { type: 'playCard', side, cardId, use };
}
