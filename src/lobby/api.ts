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
