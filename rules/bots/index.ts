/** Honest bots: each decides from its own seat's view and its own seeded stream. */
export type { Bot } from './bot.ts';
export { viewerSide } from './bot.ts';
export { createBot, botSpecs, botSpecsFor, botSpecProblem, strategies } from './factory.ts';
export { createRandomBot } from './random-bot.ts';
export { createGreedyBot } from './greedy-bot.ts';
export type { MoveBonus } from './greedy-bot.ts';
export type { Strategy, ActionPreference } from './strategy.ts';
export { evaluationWeights } from './evaluate.ts';
export { createIsmctsBot, defaultIsmctsOptions } from './ismcts.ts';
