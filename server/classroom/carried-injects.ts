import type { State } from 'boardgame.io';
import type { GameState } from '../../rules/index.ts';
import type { ClassroomDeps } from './classroom-deps.ts';
import type { GameRecord, InjectRecord } from './session-doc.ts';
import { matchLog } from '../log.ts';

/**
 * An event the facilitator scheduled for a round its game never reached (it ended first) is carried into
 * the table's next game, at the same round: the facilitator planned that round for that table, and a
 * table that finished early should meet the event the other tables meet, not lose it to its rematch.
 * Carried through the table controls like any inject, so the next game's journal holds it.
 */

/** A scheduled event still waiting in a game: its card and the round it was to resolve at. */
export interface ScheduledEvent {
  cardId: string;
  atRound: number;
}

/** The events a game's state still holds for a later round (none under rules without injections). */
export function waitingEvents(state: State | undefined): ScheduledEvent[] {
  const pending = (state?.G as Partial<GameState> | undefined)?.pendingInjections;
  return Array.isArray(pending) ? pending.map(({ cardId, atRound }) => ({ cardId, atRound })) : [];
}

const sameEvent = (record: InjectRecord, event: ScheduledEvent): boolean =>
  record.atRound === event.atRound && record.cardId === event.cardId;

/**
 * Brings the finished game's waiting events into the new game (before anyone sits at it), in the order
 * they were scheduled; answers those that were. One the controls refuse stays with the finished game,
 * where the export reads it as not played.
 */
export async function carryWaitingEvents(
  deps: ClassroomDeps,
  finished: State | undefined,
  nextMatchID: string,
): Promise<ScheduledEvent[]> {
  const carried: ScheduledEvent[] = [];
  for (const event of waitingEvents(finished)) {
    const injected = await deps.controls.inject(nextMatchID, event);
    if (injected.ok) carried.push(event);
    else
      matchLog(nextMatchID).error(
        { event, rejection: injected.rejection },
        "a scheduled event could not be carried into the class table's next game",
      );
  }
  return carried;
}

/**
 * Records the carry in the session: the finished game's records of the carried events point at the next
 * game, and the next game starts with them, pointing back (the facilitator's export shows both).
 */
export function recordCarried(
  finished: GameRecord,
  finishedGame: number,
  carried: readonly ScheduledEvent[],
  at: number,
): InjectRecord[] {
  const taken = new Set<InjectRecord>();
  for (const event of carried) {
    const record = finished.injects.find(
      (candidate) =>
        !taken.has(candidate) && candidate.carriedToGame === undefined && sameEvent(candidate, event),
    );
    if (!record) continue;
    taken.add(record);
    record.carriedToGame = finishedGame + 1;
  }
  return carried.map((event) => ({ ...event, at, carriedFromGame: finishedGame }));
}
