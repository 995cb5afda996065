import { gameName } from '../lobby/api.ts';

/**
 * `GET /games/silicon-curtain/:id/replay` (server/lobby/replay.ts): the answer's JSON, or an error whose
 * `details` hold the server's `{error: {code, message}}` (read with lobbyErrorMessage) — an unfinished
 * match is refused with its reason.
 */
export async function fetchMatchReplay(matchID: string): Promise<unknown> {
  const response = await fetch(
    `${window.location.origin}/games/${gameName}/${encodeURIComponent(matchID)}/replay`,
  );
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok)
    throw Object.assign(new Error(`the server answered ${response.status}`), { details: body });
  return body;
}
