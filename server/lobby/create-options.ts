import { z } from 'zod';
import { botSpecProblem } from '../../rules/bots/index.ts';
import { sideOfPlayerId } from '../../rules/index.ts';
import type { Seat } from '../authority/seats.ts';
import { parser } from '../boundary/parse.ts';
import { notAJsonObject, seatSchema } from '../boundary/schemas.ts';
import type { ClockSettings } from '../clock/clock.ts';
import { clockSettingsSchema } from '../clock/clock.ts';
import type { ClassTableRef } from '../storage/match-store.ts';

/** A server-played seat: which seat and which bot (a rules bot spec). */
export interface BotSeatRequest {
  seat: Seat;
  spec: string;
}

/** What `POST /games/:name/create` may ask for; the seed is never among it. */
export interface CreateOptions {
  scenarioId?: string;
  /** What-if parameter leaves (the classroom's tables; the create body does not take them). */
  overrides?: Record<string, number>;
  unlisted: boolean;
  bot?: BotSeatRequest;
  clock?: ClockSettings;
  /** Who asked (lobby/creator.ts): stored in the metadata, never sent. Set by the server, not the body. */
  creator?: string;
  /** The class table whose game this is (a classroom's tables): stored in the metadata, never sent. */
  classTable?: ClassTableRef;
}

/** Search bots think on the server's CPU: their budget is capped. */
const maxServerMctsIterations = 500;

/** Why a bot spec cannot play this seat on the server (unknown, wrong side, too costly a search). */
function serverBotProblem(spec: string, seat: Seat): string | undefined {
  const problem = botSpecProblem(spec, sideOfPlayerId(seat));
  if (problem !== undefined) return problem;
  const iterations = /^mcts:(\d+)$/.exec(spec)?.[1];
  if (iterations !== undefined && Number(iterations) > maxServerMctsIterations)
    return `server bots search at most ${maxServerMctsIterations} iterations`;
  return undefined;
}

/** Adds the issue of a bot spec that cannot play `seat` on the server, if it cannot. */
function checkBotSpec(spec: string, seat: Seat, context: z.RefinementCtx, path: PropertyKey[]): void {
  const problem = serverBotProblem(spec, seat);
  if (problem !== undefined) context.addIssue({ code: 'custom', message: problem, path });
}

/** A bot spec the server can play at `seat` (a classroom's bot fill names its seat by side). */
export const serverBotSpecSchema = (seat: Seat) =>
  z.string({ error: 'a bot is a bot spec such as "greedy"' }).superRefine((spec, context) => {
    checkBotSpec(spec, seat, context, []);
  });

/** `setupData: { scenarioId?, botSeat?: "0" | "1", bot?: spec }`: a bot seat needs both. */
const setupDataSchema = z
  .strictObject(
    {
      scenarioId: z.string({ error: 'scenarioId is a string' }).optional(),
      botSeat: seatSchema('botSeat is "0" or "1"').optional(),
      bot: z.string({ error: 'bot is a bot spec such as "greedy"' }).optional(),
    },
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys'
          ? 'setupData takes only scenarioId, botSeat and bot (the server picks the seed)'
          : 'setupData must be an object',
    },
  )
  .superRefine(({ botSeat, bot }, context) => {
    if (botSeat === undefined && bot === undefined) return;
    if (botSeat === undefined)
      context.addIssue({ code: 'custom', message: 'botSeat is "0" or "1"', path: ['botSeat'] });
    else if (bot === undefined)
      context.addIssue({ code: 'custom', message: 'bot is a bot spec such as "greedy"', path: ['bot'] });
    else checkBotSpec(bot, botSeat, context, ['bot']);
  });

/**
 * The create body: boardgame.io's `{ numPlayers, setupData, unlisted }` plus our `clock: { initialSeconds,
 * incrementSeconds }`. Other keys are ignored, as boardgame.io's own server does.
 */
const createBodySchema = z
  .object(
    {
      numPlayers: z
        .unknown()
        .refine((count) => Number(count) === 2, 'Silicon Curtain is a two-player game')
        .optional(),
      setupData: setupDataSchema.nullish(),
      unlisted: z.unknown().optional(),
      clock: clockSettingsSchema.nullish(),
    },
    { error: notAJsonObject },
  )
  .transform(({ setupData, unlisted, clock }): CreateOptions => {
    const options: CreateOptions = { unlisted: unlisted === true };
    if (setupData?.scenarioId !== undefined) options.scenarioId = setupData.scenarioId;
    if (setupData?.botSeat !== undefined && setupData.bot !== undefined)
      options.bot = { seat: setupData.botSeat, spec: setupData.bot };
    if (clock) options.clock = clock;
    return options;
  });

export const parseCreateOptions = parser(createBodySchema);
