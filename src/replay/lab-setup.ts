import { createGame } from '../../rules/setup.ts';

/**
 * A balance-lab game as its row records it (server/games/game-row.ts): scenario, game seed, bots and
 * parameter overrides. Its moves are not recorded: lab-game.ts plays them again with the same bots.
 */
export interface LabGame {
  scenarioId: string;
  /** The game seed, e.g. "1:17" (game 17 of a run with --seed 1). */
  seed: string;
  us: string;
  china: string;
  overrides: Readonly<Record<string, number>>;
}

/** The game before its first move, as the lab set it up. */
export function labInitialState(game: LabGame) {
  return createGame({ scenarioId: game.scenarioId, seed: game.seed, overrides: game.overrides });
}
