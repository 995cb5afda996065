import { LobbyClient } from 'boardgame.io/client';

export const gameName = 'silicon-curtain';

let client: LobbyClient | undefined;

/**
 * boardgame.io's Lobby API client against our own server (same origin), made on first use: modules that
 * import this one (the board) also render where there is no page location, as in the render tests.
 */
export function lobby(): LobbyClient {
  client ??= new LobbyClient({ server: window.location.origin });
  return client;
}

/**
 * The first page of matches not over, in the server's order (joinable and fresh first, no creator
 * crowding it out): the paged form of the Lobby API's list, which boardgame.io's LobbyClient cannot ask for.
 */
export async function firstPageOfMatches(limit: number): Promise<unknown> {
  const response = await fetch(
    `${window.location.origin}/games/${gameName}?isGameover=false&page=1&limit=${limit}`,
  );
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok)
    throw Object.assign(new Error(`the server answered ${response.status}`), { details: body });
  return body;
}
