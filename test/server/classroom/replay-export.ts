import type { GameState } from '../../../rules/index.ts';
import { applyMoveInPlace, createGame, injectEventInPlace } from '../../../rules/index.ts';
import type { ClassExport, TableExport } from '../../../server/classroom/class-export.ts';

/**
 * A game of a class rebuilt from its export alone, as anyone holding the file could: the session's
 * scenario and overrides, the game's kernel seed, then its journal (`moves`) in order through the rules
 * kernel, the seats' moves and the facilitator's injections alike. Throws at the first row the rules
 * refuse, naming it.
 */
export function replayExportedGame(session: ClassExport['session'], game: TableExport): GameState {
  const state = createGame({ scenarioId: session.scenarioId, seed: game.seed, overrides: session.overrides });
  for (const { stateID, side, move } of game.moves) {
    const refused =
      side === null
        ? injectEventInPlace(
            state,
            move.atRound === null ? { cardId: move.cardId } : { cardId: move.cardId, atRound: move.atRound },
          )
        : applyMoveInPlace(state, { ...move, side });
    if (refused)
      throw new Error(
        `table ${game.table} game ${game.game}: the rules refuse state ${stateID} (${refused.code}: ${refused.message})`,
      );
  }
  return state;
}
