import type { GameState, Move, Side } from '../../../rules/index.ts';
import {
  createGame,
  legalMoves,
  observe,
  performMove,
  sidesToMove,
  whyIllegal,
} from '../../../rules/index.ts';
import type { Bot } from '../../../rules/bots/index.ts';
import { createBot } from '../../../rules/bots/index.ts';

/** Test helper: a bot-vs-bot game that fails loudly if a bot ever picks a move outside `legalMoves`. */
export function playCheckedGame(specs: Record<Side, string>, seed: string, scenarioId?: string): GameState {
  const state = createGame({ seed, ...(scenarioId === undefined ? {} : { scenarioId }) });
  const bots: Record<Side, Bot> = {
    us: createBot(specs.us, `${seed}:us`),
    china: createBot(specs.china, `${seed}:china`),
  };
  for (let moves = 0; !state.result; moves++) {
    if (moves > 5000) throw new Error(`game ${seed} did not finish`);
    const side = sidesToMove(state)[0];
    if (side === undefined) throw new Error('no side to move');
    const legal = legalMoves(state, side);
    const move: Move = bots[side].chooseMove(observe(state, side), legal);
    if (!legal.includes(move)) throw new Error(`${specs[side]} chose a move outside the legal list`);
    const why = whyIllegal(state, move);
    if (why) throw new Error(`${specs[side]} chose an illegal move: ${why.message}`);
    performMove(state, move);
  }
  return state;
}
