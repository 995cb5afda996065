import type { Seat } from '../authority/seats.ts';
import { parseSeat, seatEntry } from '../authority/seats.ts';
import type { MatchMetadata } from '../storage/match-store.ts';

export interface BotSeatSetup {
  seat: Seat;
  spec: string;
}

/** The bot seat a match was created with (public `setupData.botSeat` / `setupData.bot`), if any. */
export function botSeatOf(metadata: MatchMetadata): BotSeatSetup | undefined {
  const setup: unknown = metadata.setupData;
  if (typeof setup !== 'object' || setup === null) return undefined;
  const { botSeat, bot } = setup as { botSeat?: unknown; bot?: unknown };
  const seat = parseSeat(botSeat);
  return seat && typeof bot === 'string' ? { seat, spec: bot } : undefined;
}

/** Whether the seat facing the bot's is held (joined through the lobby, so it has a name). */
export function humanJoined(metadata: MatchMetadata, botSeat: Seat): boolean {
  const human = botSeat === '0' ? '1' : '0';
  return typeof seatEntry(metadata, human)?.name === 'string';
}
