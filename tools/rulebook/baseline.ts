import type { GameState, RoundRecord } from '../../rules/index.ts';
import { createGame } from '../../rules/index.ts';
import { endRound } from '../../rules/round.ts';

/** The rulebook's baseline game: its examples are the engine's own numbers (seed `rulebook`). */
export const baselineSeed = 'rulebook';

/**
 * A fresh baseline game. Setup measures the starting fleets' compute (its `last` figures): what the
 * board shows before any round ends, and the frontier race's first mark.
 */
export function baselineGame(): GameState {
  return createGame({ seed: baselineSeed });
}

/** The baseline's first round played quietly, and what its round end did. */
export interface QuietRound {
  /** The game at the start (the starting fleets measured). */
  start: GameState;
  /** The same game after round 1's end: production, compute, income, upkeep, cooling and scoring. */
  end: GameState;
  /** Round 1 as the game's history records it (points, the track, each side's figures). */
  record: RoundRecord;
}

/**
 * Round 1 of the baseline with no card played, no event and no money spent: the engine's round end
 * (rules/round.ts `endRound`) run on the starting position. The quick start's and §14's figures are
 * this round's, so what the rulebook says round 1 scores is what the engine's round 1 does.
 */
export function quietFirstRound(): QuietRound {
  const start = baselineGame();
  const end = baselineGame();
  endRound(end);
  const record = end.history[0];
  if (!record) throw new Error('the baseline round end recorded no round');
  return { start, end, record };
}
