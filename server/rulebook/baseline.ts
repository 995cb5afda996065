import type { GameState, Side } from '../../rules/index.ts';
import { createGame } from '../../rules/index.ts';
import { computeRound } from '../../rules/mechanics/compute.ts';

/** A fresh baseline game: the rulebook's examples are the engine's own numbers at the start. */
export function baselineGame(): GameState {
  return createGame({ seed: 'rulebook' });
}

/** The baseline start with each side's compute measured as the first round end would measure it. */
export function measuredBaseline(): GameState {
  const state = baselineGame();
  for (const side of ['us', 'china'] as const satisfies readonly Side[]) computeRound(state, side);
  return state;
}
