import { z } from 'zod';
import type { Seat } from '../authority/seats.ts';
import { characterCount } from '../authority/text.ts';
import { coded, parser } from '../boundary/parse.ts';
import type { Outcome } from '../boundary/rejection.ts';
import { seatSchema } from '../boundary/schemas.ts';

export interface ChatMessage {
  id: string;
  sender: Seat;
  payload: string;
}

const shape = 'a chat message is { id, sender, payload: string }';

/**
 * boardgame.io's chat message `{ id, sender, payload }` with a short text payload (at most `maxChars`
 * user-perceived characters). Whether the sender is the socket's own seat is the transport's to check.
 */
export function chatParser(maxChars: number): (message: unknown) => Outcome<ChatMessage> {
  const schema = z.object(
    {
      id: z.string({ error: shape }).max(64, 'chat id too long'),
      sender: seatSchema('you can only chat as yourself'),
      payload: z
        .string({ error: shape })
        .refine(
          (text) => characterCount(text) <= maxChars,
          coded('chatTooLong', `chat messages are limited to ${maxChars} characters`),
        ),
    },
    { error: shape },
  );
  return parser(schema, { codes: { sender: 'seatMismatch' } });
}
