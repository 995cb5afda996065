import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Move, PlayerView } from '../../rules/index.ts';
import { createBot } from '../../rules/bots/index.ts';
import { BotClientError } from './errors.ts';
import { isModulePath } from './options.ts';

/**
 * What a bot author writes: given the seat's own view and its legal moves, the move to make. The default
 * export of a `--bot ./my-bot.ts` module; a rules bot spec is wrapped into one.
 */
export type Decide = (view: PlayerView, legal: readonly Move[]) => Move | Promise<Move>;

export interface Decider {
  name: string;
  decide: Decide;
}

/** A rules bot by spec, or the default export of a module path (relative to the working directory). */
export async function loadDecider(bot: string, seed: string): Promise<Decider> {
  if (!isModulePath(bot)) {
    const rulesBot = createBot(bot, seed);
    return { name: rulesBot.name, decide: (view, legal) => rulesBot.chooseMove(view, legal) };
  }
  const url = pathToFileURL(path.resolve(bot)).href;
  let loaded: unknown;
  try {
    loaded = await import(url);
  } catch (error) {
    throw new BotClientError(
      `${bot}: the bot module did not load: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const decide = (loaded as { default?: unknown }).default;
  if (typeof decide !== 'function')
    throw new BotClientError(`${bot}: the module's default export must be a function (view, legal) => move`);
  return { name: bot, decide: decide as Decide };
}
