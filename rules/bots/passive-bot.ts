import type { Move } from '../moves.ts';
import type { Bot } from './bot.ts';
import { firstMove } from './bot.ts';

/**
 * A yardstick, not an opponent: it headlines its first card, plays every card for operations and spends
 * nothing (it ends each turn at once). A game whose passive side still wins often is a game whose
 * mechanics do not matter (issue 16, target 10).
 */
export function createPassiveBot(): Bot {
  return {
    name: 'passive',
    chooseMove(_view, legal): Move {
      return (
        legal.find((move) => move.type === 'chooseHeadline') ??
        legal.find((move) => move.type === 'playCard' && move.use === 'ops') ??
        legal.find((move) => move.type === 'endTurn') ??
        firstMove(legal)
      );
    },
  };
}
