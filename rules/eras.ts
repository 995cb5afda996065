import type { Parameters } from './content/parameters.ts';
import type { Era } from './vocabulary.ts';
import { eras } from './vocabulary.ts';

/** The round at whose start an era's cards join the deck (era 1: the first round). */
export function eraStartRound(params: Parameters, era: Era): number {
  const { calendar } = params;
  return era === 1 ? 1 : era === 2 ? calendar.era2StartRound : calendar.era3StartRound;
}

/** Eras whose cards are in the game by `round` (a start round of 1 or less counts from setup). */
export function joinedEras(params: Parameters, round: number): Era[] {
  return eras.filter((era) => Math.max(1, eraStartRound(params, era)) <= round);
}

/** Eras whose cards join at the start of `round` (never the first round: setup deals those). */
export function erasJoiningAt(params: Parameters, round: number): Era[] {
  return round <= 1 ? [] : eras.filter((era) => eraStartRound(params, era) === round);
}
