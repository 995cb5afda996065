import type { Game } from 'boardgame.io';
import { newCredentials } from '../authority/credentials.ts';
import type { SeededMatch } from '../authority/match-factory.ts';
import { newMatch } from '../authority/match-factory.ts';
import { seatEntry } from '../authority/seats.ts';
import type { Outcome } from '../boundary/rejection.ts';
import { refused, succeed } from '../boundary/rejection.ts';
import { startClock } from '../clock/clock.ts';
import type { CreateOptions } from './create-options.ts';

/**
 * A new match as the create options ask: a bot seat is joined by the server at once (its credentials
 * stay in the metadata, never sent), and a clock starts with full banks. Both are public in `setupData`.
 */
export function buildMatch(
  game: Game,
  options: CreateOptions,
  rulesVersion: string,
  now = Date.now(),
): Outcome<SeededMatch> {
  const request: Parameters<typeof newMatch>[1] = { unlisted: options.unlisted, rulesVersion };
  if (options.scenarioId !== undefined) request.scenarioId = options.scenarioId;
  if (options.overrides !== undefined) request.overrides = options.overrides;
  const created = newMatch(game, request, now);
  if (!created.ok) return created;
  const match = created.value;
  const setup: Record<string, unknown> = { ...(match.metadata.setupData as Record<string, unknown>) };
  if (options.bot) {
    const entry = seatEntry(match.metadata, options.bot.seat);
    if (!entry) return refused('seatMismatch', 'no such seat');
    entry.name = `Bot (${options.bot.spec})`;
    entry.credentials = newCredentials();
    setup.botSeat = options.bot.seat;
    setup.bot = options.bot.spec;
  }
  if (options.clock) setup.clock = startClock(options.clock, now);
  match.metadata.setupData = setup;
  if (options.creator !== undefined) match.metadata.creator = options.creator;
  if (options.classTable !== undefined) match.metadata.classTable = { ...options.classTable };
  return succeed(match);
}
