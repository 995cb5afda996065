import { z } from 'zod';
import { errorBodySchema } from '../../src/wire.ts';
import type { Seat } from '../../server/authority/seats.ts';
import { BotClientError } from './errors.ts';
import type { ClockRequest } from './options.ts';

/** The Lobby API calls a bot client makes; answers are parsed at the boundary (a server is untrusted). */

export const gameName = 'silicon-curtain';

/** A refusal of the Lobby API (an unknown match, a seat taken) or no answer at all. */
export class LobbyError extends BotClientError {
  override name = 'LobbyError';
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

const matchSchema = z.object({
  matchID: z.string(),
  players: z.array(z.object({ id: z.number(), name: z.string().optional() })),
  setupData: z.record(z.string(), z.unknown()).optional(),
  gameover: z.unknown().optional(),
  rulesStatus: z.string().optional(),
  closedReason: z.string().optional(),
  lifecycle: z.string().optional(),
});
export type LobbyMatch = z.infer<typeof matchSchema>;

async function call<T>(url: string, schema: z.ZodType<T>, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: body === undefined ? 'GET' : 'POST',
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch (error) {
    const cause =
      error instanceof Error && error.cause instanceof Error ? error.cause.message : String(error);
    throw new LobbyError(`no answer from ${new URL(url).origin}: ${cause}`, 0);
  }
  const answer: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const refused = errorBodySchema.safeParse(answer);
    const why = refused.success ? refused.data.error.message : `HTTP ${response.status}`;
    throw new LobbyError(why, response.status);
  }
  const parsed = schema.safeParse(answer);
  if (!parsed.success) throw new LobbyError(`${url}: unexpected answer from the server`, response.status);
  return parsed.data;
}

export class Lobby {
  private readonly games: string;

  constructor(serverUrl: string) {
    this.games = `${serverUrl}/games/${gameName}`;
  }

  async getMatch(matchID: string): Promise<LobbyMatch> {
    try {
      return await call(`${this.games}/${encodeURIComponent(matchID)}`, matchSchema);
    } catch (error) {
      if (error instanceof LobbyError && error.status === 404)
        throw new LobbyError(`no match "${matchID}" on this server`, 404);
      throw error;
    }
  }

  /** Opens a match; `opponent` makes the server play the other seat. */
  async create(options: {
    botSeat?: { seat: Seat; spec: string };
    clock?: ClockRequest;
    scenarioId?: string;
  }): Promise<string> {
    const setupData: Record<string, string> = {};
    if (options.scenarioId !== undefined) setupData.scenarioId = options.scenarioId;
    if (options.botSeat) {
      setupData.botSeat = options.botSeat.seat;
      setupData.bot = options.botSeat.spec;
    }
    const created = await call(`${this.games}/create`, z.object({ matchID: z.string() }), {
      numPlayers: 2,
      setupData,
      // A match between bots is nobody's to browse for; its invite carries the id.
      unlisted: true,
      ...(options.clock ? { clock: options.clock } : {}),
    });
    return created.matchID;
  }

  async join(matchID: string, seat: Seat, playerName: string): Promise<string> {
    const joined = await call(
      `${this.games}/${encodeURIComponent(matchID)}/join`,
      z.object({ playerCredentials: z.string() }),
      { playerID: seat, playerName },
    );
    return joined.playerCredentials;
  }
}
