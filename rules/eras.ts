import { cardsOfEra } from './content/catalog.ts';
import type { Parameters } from './content/parameters.ts';
import type { Era } from './vocabulary.ts';
import { eras } from './vocabulary.ts';

const idsByEra = new Map<Era, readonly string[]>();

/**
 * The catalog's card ids of one era, in catalog order. The catalog never changes, so they are worked out
 * once (setup, era joins and every search bot's determinisation ask for them).
 */
export function cardIdsOfEra(era: Era): readonly string[] {
  let ids = idsByEra.get(era);
  if (!ids) {
    ids = cardsOfEra(era).map((card) => card.id);
    idsByEra.set(era, ids);
  }
  return ids;
}

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
