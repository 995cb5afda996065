import type { Outcome } from '../boundary/rejection.ts';

/**
 * What a facilitator does to a table's match beyond seating: pause it, bring in an event card, time its
 * rounds. The classroom API (sessions, codes, seats) drives a class through this; the match side of it
 * (authority gate, journaled commits, server timers) implements it.
 */

export interface InjectRequest {
  /** A card of the catalogue whose event is brought in. */
  cardId: string;
  /** Resolve at the start of this round; absent: now. */
  atRound?: number;
}

/** Done, or the refusal (a kernel's refusal of an event card among them). */
export type ControlOutcome = Outcome<undefined>;

export interface TableControls {
  /** A paused match takes no move (code `paused`), its bot seat waits and its round timer stops. */
  setPaused(matchID: string, paused: boolean): Promise<ControlOutcome>;
  isPaused(matchID: string): boolean;
  inject(matchID: string, request: InjectRequest): Promise<ControlOutcome>;
  /** Each side gets this long per turn; when it runs out the rulebook's default move is made. null: untimed. */
  setTurnSeconds(matchID: string, seconds: number | null): Promise<ControlOutcome>;
}
