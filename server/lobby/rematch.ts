import type { MatchMetadata } from '../storage/match-store.ts';
import type { CreateOptions } from './create-options.ts';
import { parseCreateOptions } from './create-options.ts';

function isNumberRecord(value: unknown): value is Record<string, number> {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.values(value).every((leaf) => typeof leaf === 'number')
  );
}

/**
 * The create options of a rematch: the same scenario, what-if overrides, bot seat, clock settings (with full
 * banks) and listing as the finished match. Seats stay as they were (boardgame.io's `playAgain` does the same).
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
  if ('error' in options) return options;
  // Listed as the first match's creator's: a chain of rematches opens its creator no new page.
  if (metadata.creator !== undefined) options.creator = metadata.creator;
  // A classroom table's what-if settings: the body cannot carry them, the stored match can.
  if (isNumberRecord(setup.overrides)) options.overrides = { ...setup.overrides };
  return options;
}
