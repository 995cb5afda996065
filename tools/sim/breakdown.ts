import type { Side } from '../../rules/index.ts';
import { createGame, legalMoves, observe, performMove, sidesToMove, whyIllegal } from '../../rules/index.ts';
import type { GameSetup } from '../../server/games/play-game.ts';
import { createBots } from '../../server/games/play-game.ts';
import { nowMs } from '../../server/games/timer.ts';

/**
 * Where a random-play move's time goes, in microseconds per move: the same loop as `playGame`, with a
 * timer around each step (the timers add a little to every figure).
 */
export interface MoveBreakdown {
  legalMovesMicros: number;
  observeMicros: number;
  botMicros: number;
  applyMicros: number;
}

export function measureBreakdown(setups: readonly GameSetup[]): MoveBreakdown {
  const total = { legal: 0, observe: 0, bot: 0, apply: 0 };
  let moves = 0;
  for (const setup of setups) {
    const state = createGame({ scenarioId: setup.scenarioId, seed: setup.seed });
    const bots = createBots(setup);
    while (!state.result) {
      const side: Side | undefined = sidesToMove(state)[0];
      if (side === undefined) break;
      let t = nowMs();
      const legal = legalMoves(state, side);
      total.legal += nowMs() - t;
      t = nowMs();
      const view = observe(state, side);
      total.observe += nowMs() - t;
      t = nowMs();
      const move = bots[side].chooseMove(view, legal);
      total.bot += nowMs() - t;
      t = nowMs();
      if (whyIllegal(state, move)) throw new Error(`breakdown: illegal move in ${setup.seed}`);
      performMove(state, move);
      total.apply += nowMs() - t;
      moves++;
    }
  }
  const perMove = (ms: number): number => Math.round((ms * 1000 * 100) / Math.max(1, moves)) / 100;
  return {
    legalMovesMicros: perMove(total.legal),
    observeMicros: perMove(total.observe),
    botMicros: perMove(total.bot),
    applyMicros: perMove(total.apply),
  };
}
