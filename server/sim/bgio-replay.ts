import type { ActionShape, State } from 'boardgame.io';
import { CreateGameReducer, InitializeGame, ProcessGameConfig } from 'boardgame.io/internal';
import type { GameState, Move } from '../../rules/index.ts';
import { SiliconCurtain, playerIdBySide } from '../../rules/index.ts';

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

/** Plays the moves through the reducer and returns the final G; throws if boardgame.io rejects one. */
export function replayThroughBgio(recorded: BgioGame): GameState {
  // boardgame.io types G as `any`; the Game's setup makes it a GameState.
  let state = InitializeGame({
    game,
    numPlayers: 2,
    setupData: { scenarioId: recorded.scenarioId, seed: recorded.seed },
  }) as State<GameState>;
  for (const move of recorded.moves) {
    const next = reducer(state, makeMoveAction(move));
    if (next.transients?.error)
      throw new Error(
        `boardgame.io rejected ${move.type} in game ${recorded.seed}: ${next.transients.error.type}`,
      );
    state = next as State<GameState>;
  }
  return state.G;
}
