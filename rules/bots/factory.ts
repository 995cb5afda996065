import type { Side } from '../vocabulary.ts';
import type { Bot } from './bot.ts';
import { chinaStrategies } from './china-strategies.ts';
import { createGreedyBot } from './greedy-bot.ts';
import { createIsmctsBot } from './ismcts.ts';
import { createPassiveBot } from './passive-bot.ts';
import { createRandomBot } from './random-bot.ts';
import type { Strategy } from './strategy.ts';
import { strategyBonus } from './strategy.ts';
import { usStrategies } from './us-strategies.ts';

/**
 * Bot specs: `random`, `passive` (spends nothing: a yardstick), `greedy`, `mcts:N` (information-set MCTS
 * with N iterations a move), or a scripted strategy by name (for its own side only).
 */

export const strategies: readonly Strategy[] = [...usStrategies, ...chinaStrategies];

const mctsPattern = /^mcts:(\d+)$/;
const maxMctsIterations = 100_000;

/** Specs listed in help texts (`mcts:N` takes any N from 1 to 100000). */
export const botSpecs: readonly string[] = [
  'random',
  'passive',
  'greedy',
  'mcts:200',
  ...strategies.map((s) => s.name),
];

/** Specs offered to play `side` (the passive yardstick is known but not offered as an opponent). */
export function botSpecsFor(side: Side): string[] {
  return ['random', 'greedy', 'mcts:200', ...strategies.filter((s) => s.side === side).map((s) => s.name)];
}

function mctsIterations(spec: string): number | undefined {
  const match = mctsPattern.exec(spec);
  return match ? Number(match[1]) : undefined;
}

/** Why a spec cannot play `side`, or undefined when it can. */
export function botSpecProblem(spec: string, side?: Side): string | undefined {
  if (spec === 'random' || spec === 'passive' || spec === 'greedy') return undefined;
  const iterations = mctsIterations(spec);
  if (iterations !== undefined) {
    return iterations >= 1 && iterations <= maxMctsIterations
      ? undefined
      : `bot "${spec}": mcts takes 1 to ${maxMctsIterations} iterations`;
  }
  const strategy = strategies.find((s) => s.name === spec);
  if (!strategy)
    return `unknown bot "${spec}" (known: random, passive, greedy, mcts:N, ${strategies.map((s) => s.name).join(', ')})`;
  if (side !== undefined && strategy.side !== side)
    return `bot "${spec}" plays ${strategy.side === 'us' ? 'the US' : 'China'}, not this side`;
  return undefined;
}

/** Builds a bot from its spec; `seed` seeds the bot's own random stream. Throws on an unknown spec. */
export function createBot(spec: string, seed: string): Bot {
  const problem = botSpecProblem(spec);
  if (problem !== undefined) throw new Error(problem);
  if (spec === 'random') return createRandomBot(seed);
  if (spec === 'passive') return createPassiveBot();
  const iterations = mctsIterations(spec);
  if (iterations !== undefined) return createIsmctsBot(seed, { iterations });
  const strategy = strategies.find((s) => s.name === spec);
  if (!strategy) return createGreedyBot('greedy', seed);
  return createGreedyBot(strategy.name, seed, (view, move) => strategyBonus(strategy, view, move));
}
