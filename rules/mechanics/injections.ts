import { cardsById } from '../content/catalog.ts';
import { cloneState } from '../clone.ts';
import type { GameState } from '../state.ts';
import { resolveBroughtInEvent } from './events.ts';

/**
 * Events a facilitator brings into a match (RULEBOOK §4, "Brought in by the facilitator"): a card's event
 * now, or at the start of a later round. Only the event happens: the card does not enter a hand or the
 * deck. A scheduled one waits in `pendingInjections`, secret from the seats, and resolves at the start
 * of its round, in the order it was brought in.
 */

export interface InjectionRequest {
  /** A card of the catalogue. */
  cardId: string;
  /** The round at whose start it resolves; absent: now. */
  atRound?: number;
}

export const injectionRejectionCodes = [
  'unknownCard',
  'gameOver',
  'badRound',
  'roundNotAhead',
  'beyondLastRound',
  'tooManyInjections',
] as const;
export type InjectionRejectionCode = (typeof injectionRejectionCodes)[number];

export interface InjectionRejection {
  code: InjectionRejectionCode;
  message: string;
}

export type InjectionResult = { ok: true; state: GameState } | { ok: false; rejection: InjectionRejection };

/** Scheduled events a match holds at most: a bound on what a facilitator's page can add to a state. */
export const maxPendingInjections = 16;

const reject = (code: InjectionRejectionCode, message: string): InjectionRejection => ({ code, message });

/** Why the request cannot be brought in now, or undefined when it can. Reads, never writes. */
export function whyNotInjectable(
  state: GameState,
  request: InjectionRequest,
): InjectionRejection | undefined {
  const { cardId, atRound } = request;
  if (typeof cardId !== 'string') return reject('unknownCard', 'a card is named by its id, a string');
  if (!cardsById.has(cardId)) return reject('unknownCard', `there is no card "${cardId.slice(0, 60)}"`);
  if (state.result) return reject('gameOver', 'the game is over');
  if (atRound === undefined) return undefined;
  const lastRound = state.params.calendar.roundCount;
  if (typeof atRound !== 'number' || !Number.isInteger(atRound))
    return reject('badRound', 'the round is a whole number, or none to bring the event in now');
  if (atRound <= state.round)
    return reject(
      'roundNotAhead',
      `round ${atRound} has begun (the game is in round ${state.round}): bring the event in now instead`,
    );
  if (atRound > lastRound) return reject('beyondLastRound', `the game ends with round ${lastRound}`);
  if (state.pendingInjections.length >= maxPendingInjections)
    return reject('tooManyInjections', `at most ${maxPendingInjections} events can wait for a later round`);
  return undefined;
}

/** Brings the event in, in place (the replay of a journal); on rejection the state is untouched. */
export function injectEventInPlace(
  state: GameState,
  request: InjectionRequest,
): InjectionRejection | undefined {
  const why = whyNotInjectable(state, request);
  if (why) return why;
  const card = cardsById.get(request.cardId);
  if (!card) return reject('unknownCard', 'there is no such card');
  if (request.atRound === undefined) resolveBroughtInEvent(state, card);
  else state.pendingInjections = [...state.pendingInjections, { cardId: card.id, atRound: request.atRound }];
  return undefined;
}

/** The public entry point: a new state, or a typed rejection and the given state untouched. Never throws. */
export function injectEvent(state: GameState, request: InjectionRequest): InjectionResult {
  const why = whyNotInjectable(state, request);
  if (why) return { ok: false, rejection: why };
  const next = cloneState(state);
  injectEventInPlace(next, request);
  return { ok: true, state: next };
}

/** At the start of a round: its scheduled events resolve, in the order they were brought in. */
export function resolveDueInjections(state: GameState): void {
  if (state.pendingInjections.length === 0) return;
  const due = state.pendingInjections.filter((pending) => pending.atRound <= state.round);
  if (due.length === 0) return;
  state.pendingInjections = state.pendingInjections.filter((pending) => pending.atRound > state.round);
  for (const pending of due) {
    if (state.result) return;
    const card = cardsById.get(pending.cardId);
    if (card) resolveBroughtInEvent(state, card);
  }
}
