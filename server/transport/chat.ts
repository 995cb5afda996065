import type { ServerRejection } from '../authority/errors.ts';
import { refuse } from '../authority/errors.ts';
import type { Seat } from '../authority/seats.ts';
import { characterCount } from '../authority/text.ts';

export interface ChatMessage {
  id: string;
  sender: Seat;
  payload: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** boardgame.io's chat message `{ id, sender, payload }`, from its own seat, with a short text payload. */
export function parseChat(message: unknown, seat: Seat, maxChars: number): ChatMessage | ServerRejection {
  if (!isRecord(message) || typeof message.payload !== 'string' || typeof message.id !== 'string')
    return refuse('malformedMessage', 'a chat message is { id, sender, payload: string }');
  if (message.sender !== seat) return refuse('seatMismatch', 'you can only chat as yourself');
  if (message.id.length > 64) return refuse('malformedMessage', 'chat id too long');
  if (characterCount(message.payload) > maxChars)
    return refuse('chatTooLong', `chat messages are limited to ${maxChars} characters`);
  return { id: message.id, sender: seat, payload: message.payload };
}
