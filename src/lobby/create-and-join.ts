import { gameName, lobby } from './api.ts';
import { browserStore, saveSeat } from './credentials.ts';
import type { CreateRequest } from './create-request.ts';
import type { Seat } from './route.ts';
import { routeSearch } from './route.ts';

/**
 * Creates a match, joins `seat`, remembers its credentials and answers the seat's page: with the
 * tutorial's coach when `tutorial` is set.
 */
export async function createAndJoin(
  request: CreateRequest,
  seat: Seat,
  playerName: string,
  tutorial = false,
): Promise<string> {
  const { matchID } = await lobby().createMatch(gameName, request);
  const joined = await lobby().joinMatch(gameName, matchID, { playerID: seat, playerName });
  saveSeat(browserStore(), matchID, { seat, credentials: joined.playerCredentials, playerName });
  return routeSearch(
    tutorial ? { kind: 'seat', matchID, seat, tutorial: true } : { kind: 'seat', matchID, seat },
  );
}
