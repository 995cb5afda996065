import { botSpecProblem } from '../../rules/bots/index.ts';
import { sideOfPlayerId } from '../../rules/index.ts';
import type { Seat } from '../authority/seats.ts';
import { parseSeat } from '../authority/seats.ts';
import type { ClockSettings } from '../clock/clock.ts';
import { parseClockSettings } from '../clock/clock.ts';

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
}

const setupKeys = new Set(['scenarioId', 'botSeat', 'bot']);
/** Search bots think on the server's CPU: their budget is capped. */
const maxServerMctsIterations = 500;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Why a bot spec cannot play this seat on the server (unknown, wrong side, too costly a search). */
export function botProblem(spec: string, seat: Seat): string | undefined {
  const side = sideOfPlayerId(seat);
  const problem = botSpecProblem(spec, side);
  if (problem !== undefined) return problem;
  const iterations = /^mcts:(\d+)$/.exec(spec)?.[1];
  if (iterations !== undefined && Number(iterations) > maxServerMctsIterations)
    return `server bots search at most ${maxServerMctsIterations} iterations`;
  return undefined;
}

/**
 * The create body: boardgame.io's `{ numPlayers, setupData, unlisted }` plus our options.
 * `setupData: { scenarioId?, botSeat?: "0" | "1", bot?: spec }` (a bot seat needs both) and
 * `clock: { initialSeconds, incrementSeconds }`.
 */
export function parseCreateOptions(body: Record<string, unknown>): CreateOptions | { error: string } {
  if (body.numPlayers !== undefined && Number(body.numPlayers) !== 2)
    return { error: 'Silicon Curtain is a two-player game' };
  const options: CreateOptions = { unlisted: body.unlisted === true };
  const setupData: unknown = body.setupData;
  if (setupData !== undefined && setupData !== null) {
    if (!isRecord(setupData)) return { error: 'setupData must be an object' };
    if (Object.keys(setupData).some((key) => !setupKeys.has(key)))
      return { error: 'setupData takes only scenarioId, botSeat and bot (the server picks the seed)' };
    if (setupData.scenarioId !== undefined) {
      if (typeof setupData.scenarioId !== 'string') return { error: 'scenarioId is a string' };
      options.scenarioId = setupData.scenarioId;
    }
    if (setupData.botSeat !== undefined || setupData.bot !== undefined) {
      const seat = parseSeat(setupData.botSeat);
      if (!seat) return { error: 'botSeat is "0" or "1"' };
      if (typeof setupData.bot !== 'string') return { error: 'bot is a bot spec such as "greedy"' };
      const problem = botProblem(setupData.bot, seat);
      if (problem !== undefined) return { error: problem };
      options.bot = { seat, spec: setupData.bot };
    }
  }
  if (body.clock !== undefined && body.clock !== null) {
    const clock = parseClockSettings(body.clock);
    if ('error' in clock) return clock;
    options.clock = clock;
  }
  return options;
}
