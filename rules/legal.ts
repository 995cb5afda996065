import type { ActionChoice } from './actions.ts';
import { actionDefinitions, actionIds } from './actions.ts';
import { cardById } from './content/catalog.ts';
import { buildableNodes } from './mechanics/fabs.ts';
import type { Move } from './moves.ts';
import type { GameState } from './state.ts';
import type { Side } from './vocabulary.ts';
import { researchTracks, rivalOf } from './vocabulary.ts';

/**
 * Every legal move for `side` now: what bots choose from and what the board offers. It applies the same
 * checks as `whyIllegal` (a property test holds the two together), written out directly because the
 * simulator calls it before every move.
 */
export function legalMoves(state: GameState, side: Side): Move[] {
  const moves: Move[] = [];
  if (state.result) return moves;
  const hand = state.hands[side];
  if (state.phase === 'headline') {
    if (state.headlines[side] === null)
      for (const cardId of hand) moves.push({ type: 'chooseHeadline', side, cardId });
    return moves;
  }
  if (state.phase !== 'action' || state.activeSide !== side) return moves;
  if (!state.ops) {
    const rival = rivalOf(side);
    const canShelve = state.sides[side].shelvedInRound !== state.round;
    for (const cardId of hand) {
      if (cardById(cardId).owner !== rival) moves.push({ type: 'playCard', side, cardId, use: 'event' });
      moves.push({ type: 'playCard', side, cardId, use: 'ops' });
      if (canShelve) moves.push({ type: 'playCard', side, cardId, use: 'shelve' });
    }
    return moves;
  }
  const opsRemaining = state.ops.opsRemaining;
  const budgetBn = state.sides[side].budgetBn + 1e-9;
  const consider = (choice: ActionChoice): void => {
    const definition = actionDefinitions[choice.action];
    if (definition.unavailable(state, side, choice) !== undefined) return;
    if (definition.costBn(state, side, choice) > budgetBn) return;
    moves.push({ type: 'takeAction', side, ...choice });
  };
  for (const action of actionIds) {
    const definition = actionDefinitions[action];
    if (definition.opsCost > opsRemaining || !definition.sides.includes(side)) continue;
    if (action === 'buildFab') {
      for (const node of buildableNodes(state, side)) consider({ action, node });
    } else if (action === 'researchDomestic' || action === 'sanctionEntities') {
      for (const track of researchTracks) consider({ action, track });
    } else {
      consider({ action });
    }
  }
  moves.push({ type: 'endTurn', side });
  return moves;
}

/** The sides that may move now (both during headlines, until each has chosen). */
export function sidesToMove(state: GameState): Side[] {
  if (state.result) return [];
  if (state.phase === 'headline')
    return (['us', 'china'] as const).filter((side) => state.headlines[side] === null);
  return [state.activeSide];
}
