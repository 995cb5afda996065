import { wilsonInterval } from '../../server/games/stats.ts';

/** The balance-lab indicators' shapes and arithmetic (issue 3); tally.ts gathers them game by game. */

/** A proportion with its 95% Wilson interval. */
export interface Rate {
  p: number;
  lo: number;
  hi: number;
}

export function rate(successes: number, trials: number): Rate {
  const [lo, hi] = wilsonInterval(successes, trials);
  return { p: trials === 0 ? 0 : successes / trials, lo, hi };
}

/**
 * How often the sign of the compute lead changes from one round record to the next; a record with a lead
 * of exactly 0 has no sign and is skipped.
 */
export function leadChanges(leadByRound: readonly number[]): number {
  let changes = 0;
  let previousSign = 0;
  for (const lead of leadByRound) {
    const sign = Math.sign(lead);
    if (sign === 0) continue;
    if (previousSign !== 0 && sign !== previousSign) changes++;
    previousSign = sign;
  }
  return changes;
}

export const comebackDefinition =
  'Among decisive games (not draws) that have a round-2 record with a non-zero compute lead, the share ' +
  'won by the side that trailed on the compute-lead track at the end of round 2 (the US trails when the ' +
  'lead is negative, China when it is positive).';

export interface Comebacks extends Rate {
  comebacks: number;
  /** Games that qualify: decisive, lasting at least two scored rounds, non-zero lead after round 2. */
  games: number;
}

export interface RoundPoint {
  round: number;
  /** Games with a record for this round (games that ended earlier drop out). */
  games: number;
  meanComputeLead: number;
  meanEscalation: number;
}

export const round3 = (value: number): number => Math.round(value * 1000) / 1000;
export const round2 = (value: number): number => Math.round(value * 100) / 100;

export interface ActionUse {
  /** Mean uses a game. */
  usesPerGame: number;
  /** Share of all the side's actions. */
  share: number;
  /** Share of games in which the side used it at least once. */
  gamesShare: number;
}
