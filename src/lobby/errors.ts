import { z } from 'zod';
import { errorBodySchema } from '../wire.ts';

/** boardgame.io's LobbyClient error: the server's answer `{error: {code, message}}` is its `details`. */
const lobbyErrorSchema = z.object({ details: errorBodySchema });

/** A readable message from a failed Lobby call. */
export function lobbyErrorMessage(error: unknown): string {
  const parsed = lobbyErrorSchema.safeParse(error);
  if (parsed.success) return parsed.data.details.error.message;
  if (error instanceof Error) return error.message;
  return 'the server could not be reached';
}
