import { z } from 'zod';
import type { Outcome } from '../boundary/rejection.ts';
import { succeed } from '../boundary/rejection.ts';
import type { MatchMetadata } from '../storage/match-store.ts';
import type { CreateOptions } from './create-options.ts';
import { parseCreateOptions } from './create-options.ts';

/**
 * What a rematch reads of the finished match's stored `setupData`: anything else there (the seed's
 * absence, a clock's banks, a facilitator's settings) stays behind; a value not of its type is dropped.
 */
const storedSetupSchema = z.object({
  scenarioId: z.string().optional().catch(undefined),
  botSeat: z.unknown().optional(),
  bot: z.unknown().optional(),
  clock: z
    .object({ initialSeconds: z.unknown().optional(), incrementSeconds: z.unknown().optional() })
    .optional()
    .catch(undefined),
  overrides: z.record(z.string(), z.number()).optional().catch(undefined),
});

/**
 * The create options of a rematch: the same scenario, what-if overrides, bot seat, clock settings (with full
 * banks) and listing as the finished match. Seats stay as they were (boardgame.io's `playAgain` does the same).
 * The stored settings go through the create body's parser, as a new match's would.
 */
export function rematchOptions(metadata: MatchMetadata): Outcome<CreateOptions> {
  const stored = storedSetupSchema.safeParse(metadata.setupData ?? {});
  const setup: z.infer<typeof storedSetupSchema> = stored.success ? stored.data : {};
  const setupData: Record<string, unknown> = {};
  if (setup.scenarioId !== undefined) setupData.scenarioId = setup.scenarioId;
  if (setup.botSeat !== undefined) setupData.botSeat = setup.botSeat;
  if (setup.bot !== undefined) setupData.bot = setup.bot;
  const body: Record<string, unknown> = { numPlayers: 2, setupData, unlisted: metadata.unlisted === true };
  if (setup.clock) body.clock = setup.clock;
  const parsed = parseCreateOptions(body);
  if (!parsed.ok) return parsed;
  const options = parsed.value;
  // Listed as the first match's creator's: a chain of rematches opens its creator no new page.
  if (metadata.creator !== undefined) options.creator = metadata.creator;
  // A classroom table's what-if settings: the body cannot carry them, the stored match can.
  if (setup.overrides !== undefined) options.overrides = setup.overrides;
  return succeed(options);
}
