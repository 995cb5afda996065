import { newCredentials } from '../authority/credentials.ts';
import type { Seat } from '../authority/seats.ts';
import { seatEntry } from '../authority/seats.ts';
import type { MatchMetadata, MatchStore } from '../storage/match-store.ts';

/**
 * The classroom's writes to a table's match metadata, compare-and-set like the lobby's: the seats'
 * credentials live there (the authority checks every move against them), never in the session document.
 */

const casAttempts = 5;

async function withMetadata(
  store: MatchStore,
  matchID: string,
  change: (metadata: MatchMetadata) => boolean,
): Promise<boolean> {
  for (let attempt = 0; attempt < casAttempts; attempt++) {
    const stored = await store.loadMetadata(matchID);
    if (!stored || !change(stored.metadata)) return false;
    if (await store.updateMetadata(matchID, stored.version, stored.metadata)) return true;
  }
  return false;
}

/** New credentials for a seat a student left: the old ones, still in their browser, stop working. */
export function renewSeatCredentials(store: MatchStore, matchID: string, seat: Seat): Promise<boolean> {
  return withMetadata(store, matchID, (metadata) => {
    const entry = seatEntry(metadata, seat);
    if (!entry) return false;
    entry.credentials = newCredentials();
    return true;
  });
}

/**
 * Hands a seat to the server's bot (bots/bot-seats.ts reads `setupData.botSeat` and `bot`): it plays
 * with the seat's credentials as a client of the authority, since the other seat is held.
 */
export function seatBot(store: MatchStore, matchID: string, seat: Seat, spec: string): Promise<boolean> {
  return withMetadata(store, matchID, (metadata) => {
    const entry = seatEntry(metadata, seat);
    if (!entry) return false;
    entry.name = `Bot (${spec})`;
    metadata.setupData = { ...(metadata.setupData as Record<string, unknown>), botSeat: seat, bot: spec };
    return true;
  });
}

/** The seat's current credentials (what a seated student is handed), or undefined. */
export async function seatCredentials(
  store: MatchStore,
  matchID: string,
  seat: Seat,
): Promise<string | undefined> {
  const credentials = await store.loadSeatCredentials(matchID, seat);
  return typeof credentials === 'string' ? credentials : undefined;
}

/** Points a finished table game at the table's next one (boardgame.io's `nextMatchID`). */
export function linkNextGame(store: MatchStore, matchID: string, nextMatchID: string): Promise<boolean> {
  return withMetadata(store, matchID, (metadata) => {
    metadata.nextMatchID = nextMatchID;
    return true;
  });
}
