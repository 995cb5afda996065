import { computeRound } from './mechanics/compute.ts';
import { produce } from './mechanics/production.ts';
import { isChokehold, meetsSelfReliance, roundPoints, totalPoints } from './mechanics/scoring.ts';
import type { GameState } from './state.ts';
import type { BySide } from './vocabulary.ts';
import { sides } from './vocabulary.ts';

/** What the round's end would score if it came now: the bots' one-round horizon and the board's forecast. */
export interface RoundProjection {
  /** Frontier, frontier-class, adoption and ecosystem points; positive favours the US. */
  points: number;
  trainingEflops: BySide<number>;
  chokehold: boolean;
  selfReliance: boolean;
}

/** Runs production and compute on `state` in place: pass a disposable copy. */
export function projectRoundInPlace(state: GameState): RoundProjection {
  for (const side of sides) {
    produce(state, side);
    computeRound(state, side);
  }
  return {
    points: totalPoints(roundPoints(state)),
    trainingEflops: {
      us: state.sides.us.last.trainingEflops,
      china: state.sides.china.last.trainingEflops,
    },
    chokehold: isChokehold(state),
    selfReliance: meetsSelfReliance(state),
  };
}
