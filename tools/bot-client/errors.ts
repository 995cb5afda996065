/**
 * A failure the bot cannot play past (a refused credential, an unknown match, an unreachable server, a
 * bot module that does not load): the CLI exits 1 with its message alone, no stack.
 */
export class BotClientError extends Error {
  override name = 'BotClientError';
}
