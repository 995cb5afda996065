import type { ActionShape, State } from 'boardgame.io';
import { CreateGameReducer, InitializeGame, ProcessGameConfig } from 'boardgame.io/internal';
import type { GameState, Move } from '../../rules/index.ts';
import {
  SiliconCurtain,
  baselineScenarioId,
  legalMoves,
  observe,
  playerIdBySide,
  sidesToMove,
} from '../../rules/index.ts';
import { nextInt, seedRng } from '../../rules/rng.ts';
import type { GameSetup } from '../../server/games/play-game.ts';
import { createBots, maxMovesPerGame } from '../../server/games/play-game.ts';

/**
 * Drives boardgame.io's own reducer (server-side: `isClient` false, so `client: false` moves run) through
 * a recorded game's moves: the baseline the kernel's speed is measured against.
 */

export interface BgioGame {
  scenarioId: string;
  seed: string;
  moves: readonly Move[];
}

function makeMoveAction(move: Move): ActionShape.MakeMove {
  const { type, side, ...payload } = move;
  return { type: 'MAKE_MOVE', payload: { type, args: [payload], playerID: playerIdBySide[side] } };
}

const game = ProcessGameConfig(SiliconCurtain);
const reducer = CreateGameReducer({ game, isClient: false });

function initialState(scenarioId: string, seed: string): State<GameState> {
  // boardgame.io types G as `any`; the Game's setup makes it a GameState.
  return InitializeGame({ game, numPlayers: 2, setupData: { scenarioId, seed } }) as State<GameState>;
}

function reduce(state: State<GameState>, move: Move, seed: string): State<GameState> {
  const next = reducer(state, makeMoveAction(move));
  if (next.transients?.error)
    throw new Error(`boardgame.io rejected ${move.type} in game ${seed}: ${next.transients.error.type}`);
  return next as State<GameState>;
}

/** Plays the moves through the reducer and returns the final G; throws if boardgame.io rejects one. */
export function replayThroughBgio(recorded: BgioGame): GameState {
  let state = initialState(recorded.scenarioId, recorded.seed);
  for (const move of recorded.moves) state = reduce(state, move, recorded.seed);
  return state.G;
}

/**
 * `playGame` (play-game.ts) with boardgame.io holding the state: the same bots choose from the same
 * `legalMoves` and `observe` of G, and boardgame.io's reducer applies each move. Same seeds, same bots'
 * streams: the same game as the kernel's, move for move.
 */
export function playThroughBgio(setup: GameSetup): { G: GameState; moveCount: number } {
  if (setup.overrides) throw new Error('the boardgame.io baseline plays scenarios without overrides');
  let state = initialState(setup.scenarioId, setup.seed);
  const bots = createBots(setup);
  let moveCount = 0;
  while (!state.G.result) {
    if (moveCount >= maxMovesPerGame)
      throw new Error(`game ${setup.seed} did not end within ${maxMovesPerGame} moves`);
    const side = sidesToMove(state.G)[0];
    if (side === undefined) throw new Error(`game ${setup.seed}: no side to move in a running game`);
    const legal = legalMoves(state.G, side);
    const move = bots[side].chooseMove(observe(state.G, side), legal);
    state = reduce(state, move, setup.seed);
    moveCount++;
  }
  return { G: state.G, moveCount };
}

/**
 * Every state of one game through boardgame.io's reducer (deltalogs included), each move drawn at random
 * from a random side to move's legal moves: the states a server stores and sends, for storage tests and
 * benches.
 */
export function randomGameStates(seed: string): State<GameState>[] {
  const rng = seedRng(seed);
  let state = initialState(baselineScenarioId, seed);
  const states = [state];
  while (state.ctx.gameover === undefined && states.length <= maxMovesPerGame) {
    const sides = sidesToMove(state.G);
    const side = sides[nextInt(rng, sides.length)];
    if (side === undefined) break;
    const legal = legalMoves(state.G, side);
    const move = legal[nextInt(rng, legal.length)];
    if (move === undefined) break;
    // boardgame.io counts stage moves in ctx in place: each state keeps its own ctx (as the server does).
    state = reduce({ ...state, ctx: structuredClone(state.ctx) }, move, seed);
    states.push(state);
  }
  return states;
}
