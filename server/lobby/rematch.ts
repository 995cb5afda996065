import type { MatchMetadata } from '../storage/match-store.ts';
import type { CreateOptions } from './create-options.ts';
import { parseCreateOptions } from './create-options.ts';

/**
 * The create options of a rematch: the same scenario, bot seat, clock settings (with full banks) and
 * listing as the finished match. Seats stay as they were (boardgame.io's `playAgain` does the same).
 */
export function rematchOptions(metadata: MatchMetadata): CreateOptions | { error: string } {
  const setup = (metadata.setupData ?? {}) as Record<string, unknown>;
  const setupData: Record<string, unknown> = {};
  if (typeof setup.scenarioId === 'string') setupData.scenarioId = setup.scenarioId;
  if (setup.botSeat !== undefined) setupData.botSeat = setup.botSeat;
  if (setup.bot !== undefined) setupData.bot = setup.bot;
  const body: Record<string, unknown> = { numPlayers: 2, setupData, unlisted: metadata.unlisted === true };
  const clock = setup.clock as { initialSeconds?: unknown; incrementSeconds?: unknown } | undefined;
  if (clock) body.clock = { initialSeconds: clock.initialSeconds, incrementSeconds: clock.incrementSeconds };
  const options = parseCreateOptions(body);
  // Listed as the first match's creator's: a chain of rematches opens its creator no new page.
  if (!('error' in options) && metadata.creator !== undefined) options.creator = metadata.creator;
  return options;
}
