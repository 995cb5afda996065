import { z } from 'zod';
import { characterCount } from '../authority/text.ts';
import { parser } from '../boundary/parse.ts';
import { notAJsonObject, seatSchema } from '../boundary/schemas.ts';

/**
 * The Lobby API's join, update and seat bodies, as boardgame.io's LobbyClient sends them (other keys are
 * ignored, as its server does). Refusals answer the statuses boardgame.io's server answers: a bad name
 * 403 (`invalidName`), a seat that is not "0" or "1" 404 on a join (`seatMismatch`) and 403 where
 * credentials go with it (`seatForbidden`).
 */

export const maxNameChars = 64;

const bodyShape = { error: notAJsonObject };

const playerName = (message: string) =>
  z
    .string({ error: message })
    .refine((name) => name.trim().length > 0 && characterCount(name) <= maxNameChars, message);

/** `{ playerID: "0" | "1", credentials }`: who asks, checked against the seat's credentials later. */
const seatFields = {
  playerID: seatSchema('playerID must be "0" or "1"'),
  credentials: z.unknown().optional(),
};

/** `join` `{ playerName, playerID?, data? }`: no playerID takes the first free seat; a number is a seat too. */
const joinSchema = z.object(
  {
    playerName: playerName(`playerName is required (1–${maxNameChars} characters)`),
    playerID: z
      .preprocess((id) => (typeof id === 'number' ? String(id) : id), seatSchema('seats are "0" and "1"'))
      .nullish(),
    data: z.unknown().optional(),
  },
  bodyShape,
);
export type JoinBody = z.infer<typeof joinSchema>;
export const parseJoinBody = parser(joinSchema, {
  codes: { playerName: 'invalidName', playerID: 'seatMismatch' },
});

/** `update` / `rename` `{ playerID, credentials, newName?, data? }`: at least one of newName and data. */
const updateSchema = z
  .object(
    {
      newName: playerName(`newName is 1–${maxNameChars} characters`).optional(),
      data: z.unknown().optional(),
      ...seatFields,
    },
    bodyShape,
  )
  .refine((body) => body.newName !== undefined || body.data !== undefined, {
    message: 'newName or data is required',
    path: ['newName'],
  });
export type UpdateBody = z.infer<typeof updateSchema>;
export const parseUpdateBody = parser(updateSchema, {
  codes: { newName: 'invalidName', playerID: 'seatForbidden' },
});

/** `leave` and `playAgain` `{ playerID, credentials }`. */
const seatSchemaBody = z.object(seatFields, bodyShape);
export type SeatBody = z.infer<typeof seatSchemaBody>;
export const parseSeatBody = parser(seatSchemaBody, { codes: { playerID: 'seatForbidden' } });
