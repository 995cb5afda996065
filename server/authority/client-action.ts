import { z } from 'zod';
import { moveTypes } from '../../rules/index.ts';
import type { ParseOptions } from '../boundary/parse.ts';
import { rejectionOf } from '../boundary/parse.ts';
import type { Outcome } from '../boundary/rejection.ts';
import { fail, succeed } from '../boundary/rejection.ts';
import { label, seatSchema, untrustedObject } from '../boundary/schemas.ts';
import type { Seat } from './seats.ts';

/** A move as a client may send it: boardgame.io's MAKE_MOVE, nothing else. */
export interface ClientMove {
  moveType: (typeof moveTypes)[number];
  /** The move's fields (boardgame.io's `args[0]`), still untrusted: the kernel parses them. */
  fields: Record<string, unknown>;
  payloadSeat: Seat;
  credentials: unknown;
}

/**
 * Accepts only `{ type: 'MAKE_MOVE', payload: { type, args, playerID, credentials } }` for one of the
 * Game's moves. UPDATE / PATCH / RESET / SYNC / UNDO / REDO / PLUGIN and every GAME_EVENT (the Game
 * disables all events) are refused: clients never write state, the server computes it. The fields are
 * kept as sent (no copy on the move path): the kernel parses them. Every move passes here, so the schema
 * is compiled ahead of time (`z.compile`: a generated fast path for valid input; a refused one goes
 * through zod's ordinary parser, with the messages below). `strict`: a zod that could not compile it
 * fails loudly here rather than quietly parsing every move the slow way.
 */
const clientActionSchema = z.compile(
  z.object(
    {
      type: z.literal('MAKE_MOVE', {
        error: (issue) => `action type ${label(issue.input)} is not accepted from clients`,
      }),
      payload: z.object(
        {
          type: z.enum(moveTypes, { error: (issue) => `unknown move: ${label(issue.input)}` }),
          playerID: seatSchema('the move names no valid seat'),
          args: z
            .array(untrustedObject('move arguments are an object'), { error: 'move arguments are a list' })
            .max(1, 'a move takes at most one argument')
            .nullish(),
          credentials: z.unknown().optional(),
        },
        { error: 'the action has no payload' },
      ),
    },
    { error: 'an action is an object' },
  ),
  { strict: true },
);

const issueCodes: ParseOptions = { codes: { type: 'forbiddenAction', 'payload.playerID': 'seatMismatch' } };

export function parseClientMove(action: unknown): Outcome<ClientMove> {
  const parsed = clientActionSchema.safeParse(action);
  if (!parsed.success) return fail(rejectionOf(parsed.error, issueCodes));
  const { type, args, playerID, credentials } = parsed.data.payload;
  return succeed({ moveType: type, fields: args?.[0] ?? {}, payloadSeat: playerID, credentials });
}
