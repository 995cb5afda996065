import { z } from 'zod';

/** The Lobby API calls a load client makes (the same for our server and the stock one). */
async function post(url: string, body: unknown): Promise<unknown> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${url}: ${response.status} ${await response.text()}`);
  return response.json();
}

function field(body: unknown, name: string): string {
  const parsed = z.object({ [name]: z.string() }).safeParse(body);
  const value = parsed.success ? parsed.data[name] : undefined;
  if (value === undefined) throw new Error(`the Lobby API answered without ${name}`);
  return value;
}

export interface SeatedMatch {
  matchID: string;
  credentials: { '0': string; '1': string };
}

/** Creates a two-player match and joins both seats. */
export async function createSeatedMatch(baseUrl: string, gameName: string): Promise<SeatedMatch> {
  const games = `${baseUrl}/games/${gameName}`;
  const matchID = field(await post(`${games}/create`, { numPlayers: 2 }), 'matchID');
  const join = async (seat: '0' | '1'): Promise<string> =>
    field(
      await post(`${games}/${matchID}/join`, { playerID: seat, playerName: `load-${seat}` }),
      'playerCredentials',
    );
  // One after the other: the stock Lobby's /join has no compare-and-set, and two concurrent joins of one
  // match can overwrite each other's credentials there.
  const us = await join('0');
  const china = await join('1');
  return { matchID, credentials: { '0': us, '1': china } };
}
