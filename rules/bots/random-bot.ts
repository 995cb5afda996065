import type { Move } from '../moves.ts';
import { nextInt, seedRng } from '../rng.ts';
import type { Bot } from './bot.ts';
import { firstMove } from './bot.ts';

/** Plays a uniformly random legal move, drawn from its own seeded stream. */
export function createRandomBot(seed: string): Bot {
  const rng = seedRng(`random-bot:${seed}`);
  return {
    name: 'random',
    chooseMove(_view, legal): Move {
      return legal[nextInt(rng, legal.length)] ?? firstMove(legal);
    },
  };
}
