import type { Side } from '../../rules/index.ts';

/**
 * Seed derivation, documented so any row of a run can be replayed: game i (0-based) of a run with seed S
 * plays the game seed `S:i`; each side's bot draws from its own stream seeded `S:i:us` or `S:i:china`.
 * `sim --replay S:i` replays that game.
 */
export const gameSeed = (runSeed: string, index: number): string => `${runSeed}:${index}`;

export const botSeed = (seed: string, side: Side): string => `${seed}:${side}`;
