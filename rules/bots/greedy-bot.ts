import { determinize } from '../determinize.ts';
import type { Move } from '../moves.ts';
import type { PlayerView } from '../observe.ts';
import { nextInt, seedRng } from '../rng.ts';
import type { Bot } from './bot.ts';
import { firstMove, viewerSide } from './bot.ts';
import type { EvaluationWeights } from './evaluate.ts';
import { scoreMove } from './score-move.ts';

/** Extra evaluation units a scripted strategy adds to a move (0: none). */
export type MoveBonus = (view: PlayerView, move: Move) => number;

const noBonus: MoveBonus = () => 0;
const tieTolerance = 1e-9;

/**
 * The greedy bot: scores every legal move by a one-ply look-ahead on a determinisation of its own view
 * (rules/determinize.ts, sampled from its own stream) plus an optional strategy bonus; ties are broken
 * by its own stream too.
 */
export function createGreedyBot(
  name: string,
  seed: string,
  bonus: MoveBonus = noBonus,
  weights?: Readonly<EvaluationWeights>,
): Bot {
  const rng = seedRng(`greedy-bot:${name}:${seed}`);
  return {
    name,
    chooseMove(view, legal): Move {
      viewerSide(view);
      if (legal.length <= 1) return firstMove(legal);
      const base = determinize(view, rng);
      let best: Move[] = [];
      let bestScore = -Infinity;
      for (const move of legal) {
        const score = scoreMove(base, move, weights) + bonus(view, move);
        if (score > bestScore + tieTolerance) {
          best = [move];
          bestScore = score;
        } else if (score >= bestScore - tieTolerance) {
          best.push(move);
        }
      }
      return best[nextInt(rng, best.length)] ?? firstMove(legal);
    },
  };
}
