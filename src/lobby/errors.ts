function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A readable message from a failed Lobby call: the server answers `{error: {code, message}}`, which
 * boardgame.io's LobbyClient puts in its error's `details`.
 */
export function lobbyErrorMessage(error: unknown): string {
  if (isRecord(error)) {
    const details = error.details;
    if (isRecord(details) && isRecord(details.error) && typeof details.error.message === 'string')
      return details.error.message;
  }
  if (error instanceof Error) return error.message;
  return 'the server could not be reached';
}
