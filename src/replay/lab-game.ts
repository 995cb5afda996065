import type { Move, Side } from '../../rules/index.ts';
import { sides } from '../../rules/vocabulary.ts';
// Rule modules by path, not rules/index.ts: the worker that runs this then leaves out boardgame.io.
import { botSpecProblem, createBot } from '../../rules/bots/index.ts';
import { legalMoves, sidesToMove } from '../../rules/legal.ts';
import { performMove, whyIllegal } from '../../rules/moves.ts';
import { observe } from '../../rules/observe.ts';
import type { LabGame } from './lab-setup.ts';
import { labInitialState } from './lab-setup.ts';

/**
 * A balance-lab game played again in the browser: the lab records a game by its seed and bots, not its
 * moves, so its moves come from the same bots on the same seeds (server/games/play-game.ts and seeds.ts:
 * the game seed `S:i`, each bot's stream `S:i:us` / `S:i:china`). test/src/replay/lab-game.test.ts holds
 * this to the lab's own `playGame`.
 */

/** The lab's guard against a rules bug that loops forever (server/games/play-game.ts). */
const maxMovesPerGame = 20_000;

const botSeed = (seed: string, side: Side): string => `${seed}:${side}`;

/**
 * The game's moves in order. `onProgress` hears the count now and then (an `mcts` bot takes a while).
 * Throws on a bot unknown or of the other side, and when a bot picks an illegal move or the game does not
 * end: not the lab's game, then.
 */
export function playLabGame(game: LabGame, onProgress?: (moves: number) => void): Move[] {
  for (const side of sides) {
    const problem = botSpecProblem(game[side], side);
    if (problem !== undefined) throw new Error(problem);
  }
  const state = labInitialState(game);
  const bots = {
    us: createBot(game.us, botSeed(game.seed, 'us')),
    china: createBot(game.china, botSeed(game.seed, 'china')),
  };
  const moves: Move[] = [];
  while (!state.result) {
    if (moves.length >= maxMovesPerGame)
      throw new Error(`game ${game.seed} did not end within ${maxMovesPerGame} moves`);
    const side = sidesToMove(state)[0];
    if (side === undefined) throw new Error(`game ${game.seed}: no side to move in a running game`);
    const move = bots[side].chooseMove(observe(state, side), legalMoves(state, side));
    const rejection = whyIllegal(state, move);
    if (rejection)
      throw new Error(`game ${game.seed}: bot ${game[side]} chose an illegal move (${rejection.message})`);
    performMove(state, move);
    moves.push(move);
    if (moves.length % 10 === 0) onProgress?.(moves.length);
  }
  return moves;
}
