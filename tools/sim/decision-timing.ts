import type { Bot } from '../../rules/bots/index.ts';
import type { GameSetup } from '../../server/games/play-game.ts';
import { createBots, playGame } from '../../server/games/play-game.ts';
import { percentile } from '../../server/games/stats.ts';
import { nowMs } from '../../server/games/timer.ts';

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

/** `bot` with a stopwatch round its choices; the game it plays is unchanged. */
function timed(bot: Bot, spec: string, samplesMs: number[]): Bot {
  if (bot.name !== spec) return bot;
  return {
    name: bot.name,
    chooseMove(view, legal) {
      const start = nowMs();
      const move = bot.chooseMove(view, legal);
      if (legal.length > 1) samplesMs.push(nowMs() - start);
      return move;
    },
  };
}

export function timeDecisions(setups: readonly GameSetup[], bot: string): DecisionTiming {
  const samplesMs: number[] = [];
  for (const setup of setups) {
    const { us, china } = createBots(setup);
    playGame(setup, { bots: { us: timed(us, bot, samplesMs), china: timed(china, bot, samplesMs) } });
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
