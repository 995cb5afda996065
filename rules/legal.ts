import { actionChoices } from './actions.ts';
import { cardById } from './content/catalog.ts';
import type { Move } from './moves.ts';
import { whyIllegal } from './moves.ts';
import type { GameState } from './state.ts';
import type { Side } from './vocabulary.ts';
import { rivalOf } from './vocabulary.ts';

/** Every legal move for `side` now: what bots choose from and what the board offers. */
export function legalMoves(state: GameState, side: Side): Move[] {
  if (state.result) return [];
  const candidates: Move[] = [];
  if (state.phase === 'headline') {
    if (state.headlines[side] === null)
      for (const cardId of state.hands[side]) candidates.push({ type: 'chooseHeadline', side, cardId });
  } else if (state.activeSide === side) {
    if (state.ops) {
      for (const choice of actionChoices(state, side))
        candidates.push({ type: 'takeAction', side, ...choice });
      candidates.push({ type: 'endTurn', side });
    } else {
      for (const cardId of state.hands[side]) {
        if (cardById(cardId).owner !== rivalOf(side))
          candidates.push({ type: 'playCard', side, cardId, use: 'event' });
        candidates.push({ type: 'playCard', side, cardId, use: 'ops' });
      }
    }
  }
  return candidates.filter((move) => whyIllegal(state, move) === undefined);
}

/** The sides that may move now (both during headlines, until each has chosen). */
export function sidesToMove(state: GameState): Side[] {
  if (state.result) return [];
  if (state.phase === 'headline')
    return (['us', 'china'] as const).filter((side) => state.headlines[side] === null);
  return [state.activeSide];
}
