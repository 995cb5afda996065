import { z } from 'zod';
import type { SetupData } from '../../rules/index.ts';
import { cards, scenarioById, SiliconCurtain } from '../../rules/index.ts';
import { characterCount } from '../authority/text.ts';
import { parser } from '../boundary/parse.ts';
import { jsonBody } from '../boundary/schemas.ts';
import type { Outcome } from '../boundary/rejection.ts';
import { refused } from '../boundary/rejection.ts';
import { serverBotSpecSchema } from '../lobby/create-options.ts';
import { maxNameChars, maxProposalChars, maxStudents, maxTables, maxTitleChars } from './session-doc.ts';

/** The classroom API's request bodies, parsed at the boundary: anything else is a clear 400. */

export const minTurnSeconds = 15;
export const maxTurnSeconds = 3600;

/** C0 and C1 controls (newlines, escapes): a name or a proposal is one line of plain text. */
function hasControlCharacter(value: string): boolean {
  for (const symbol of value) {
    const code = symbol.codePointAt(0) ?? 0;
    if (code < 0x20 || (code >= 0x7f && code < 0xa0)) return true;
  }
  return false;
}

/** Trimmed text of 1..max user-perceived characters, without control characters. */
const text = (label: string, max: number) =>
  z
    .string({ error: `${label} must be text` })
    .transform((value) => value.trim())
    .refine((value) => value.length > 0, `${label} must not be empty`)
    .refine((value) => characterCount(value) <= max, `${label} is at most ${max} characters`)
    .refine((value) => !hasControlCharacter(value), `${label} must be plain text on one line`);

const turnSeconds = z
  .number({ error: 'turnSeconds must be a number of seconds or null' })
  .int('turnSeconds must be whole seconds')
  .min(minTurnSeconds, `turnSeconds is at least ${minTurnSeconds}`)
  .max(maxTurnSeconds, `turnSeconds is at most ${maxTurnSeconds}`)
  .nullable();

const sideSchema = z.enum(['us', 'china'], { error: 'side is "us" or "china"' });
const tableNumber = z
  .number({ error: 'a table is a number' })
  .int('a table is a whole number')
  .min(1, 'tables are numbered from 1');
const tablesSchema = z.union([z.literal('all'), z.array(tableNumber).min(1).max(maxTables)], {
  error: 'tables is "all" or a list of table numbers',
});

const createSchema = jsonBody({
  title: text('title', maxTitleChars),
  scenarioId: z.string({ error: 'scenarioId is required' }).refine((id) => scenarioById(id) !== undefined, {
    message: 'unknown scenario',
  }),
  overrides: z.record(z.string(), z.number()).optional(),
  tables: z
    .number({ error: 'tables is a number' })
    .int('tables is a whole number')
    .min(1, 'a class has at least 1 table')
    .max(maxTables, `a class has at most ${maxTables} tables`),
  botFill: z
    .strictObject({ us: serverBotSpecSchema('0').optional(), china: serverBotSpecSchema('1').optional() })
    .optional(),
  turnSeconds: turnSeconds.optional(),
});

export type CreateSessionRequest = z.infer<typeof createSchema>;

const seatsSchema = z.union(
  [
    z.object({ draw: z.literal(true) }).strict(),
    z
      .object({
        assignments: z
          .array(
            z
              .object({
                studentId: z.string().max(64),
                table: tableNumber.nullable(),
                side: sideSchema.optional(),
              })
              .strict(),
          )
          .max(maxStudents),
      })
      .strict(),
  ],
  { error: 'seats takes {assignments: [{studentId, table, side}]} or {draw: true}' },
);
export type SeatsRequest = z.infer<typeof seatsSchema>;

const pauseSchema = jsonBody({
  tables: tablesSchema,
  paused: z.boolean({ error: 'paused is true or false' }),
});
export type PauseRequest = z.infer<typeof pauseSchema>;

const cardIds = new Set(cards.map((card) => card.id));
const injectSchema = jsonBody({
  tables: tablesSchema,
  cardId: z.string().refine((id) => cardIds.has(id), { message: 'unknown card' }),
  atRound: z.number().int('atRound is a whole round number').min(1, 'rounds start at 1').optional(),
});
export type InjectRequestBody = z.infer<typeof injectSchema>;

const turnSecondsSchema = jsonBody({ seconds: turnSeconds });

const joinSchema = jsonBody({
  code: z.string({ error: 'code is required' }).max(32, 'code is at most 32 characters'),
  name: text('name', maxNameChars),
});
export type JoinRequest = z.infer<typeof joinSchema>;

const proposalSchema = jsonBody({ text: text('text', maxProposalChars) });

/** A rematch names the finished game it follows: asked twice (a teammate, a second press), it is one. */
const rematchSchema = jsonBody({ matchID: z.string({ error: 'matchID is required' }).max(64) });

const parseCreateBody = parser(createSchema);

export function parseCreateSession(body: unknown): Outcome<CreateSessionRequest> {
  const parsed = parseCreateBody(body);
  if (!parsed.ok) return parsed;
  const request = parsed.value;
  const setupData: SetupData = { scenarioId: request.scenarioId };
  if (request.overrides !== undefined) setupData.overrides = request.overrides;
  const problem: unknown = SiliconCurtain.validateSetupData?.(setupData, 2);
  if (typeof problem === 'string') return refused('malformedMessage', problem);
  return parsed;
}

export const parseSeats = parser(seatsSchema);
export const parsePause = parser(pauseSchema);
export const parseInject = parser(injectSchema);
export const parseTurnSeconds = parser(turnSecondsSchema);
export const parseJoin = parser(joinSchema);
export const parseProposal = parser(proposalSchema);
export const parseRematch = parser(rematchSchema);
