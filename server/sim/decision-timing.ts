import { createGame, legalMoves, observe, performMove, sidesToMove } from '../../rules/index.ts';
import type { GameSetup } from './play-game.ts';
import { createBots, maxMovesPerGame } from './play-game.ts';
import { percentile } from './stats.ts';
import { nowMs } from './timer.ts';

/**
 * How long a bot takes to choose, per decision that is a real choice (two legal moves or more: a forced
 * move costs no thinking). The target is the search bot's median on the baseline.
 */
export interface DecisionTiming {
  bot: string;
  games: number;
  decisions: number;
  medianMs: number;
  p95Ms: number;
}

export function timeDecisions(setups: readonly GameSetup[], bot: string): DecisionTiming {
  const samplesMs: number[] = [];
  for (const setup of setups) {
    const state = createGame({ scenarioId: setup.scenarioId, seed: setup.seed });
    const bots = createBots(setup);
    for (let moves = 0; !state.result && moves < maxMovesPerGame; moves++) {
      const side = sidesToMove(state)[0];
      if (side === undefined) break;
      const legal = legalMoves(state, side);
      const view = observe(state, side);
      const start = nowMs();
      const move = bots[side].chooseMove(view, legal);
      if (legal.length > 1 && bots[side].name === bot) samplesMs.push(nowMs() - start);
      performMove(state, move);
    }
  }
  const round2 = (value: number): number => Math.round(value * 100) / 100;
  return {
    bot,
    games: setups.length,
    decisions: samplesMs.length,
    medianMs: samplesMs.length > 0 ? round2(percentile(samplesMs, 0.5)) : 0,
    p95Ms: samplesMs.length > 0 ? round2(percentile(samplesMs, 0.95)) : 0,
  };
}
