import { z } from 'zod';
import type { EndReason } from '../../rules/vocabulary.ts';
import { endReasons } from '../../rules/vocabulary.ts';
import { errorBodySchema } from '../wire.ts';

/**
 * The client side of `POST /classroom/api/what-if` (server/classroom/what-if/): the request, the answer
 * read defensively (an answer of another shape is an error in words, never a broken page), and every
 * failure put in words a teacher can act on.
 */

export const whatIfPath = '/classroom/api/what-if';

export interface WhatIfQuery {
  scenarioId: string;
  /** Dotted parameter paths to numbers, over the scenario's values. */
  overrides: Readonly<Record<string, number>>;
  games?: number;
}

/** One batch of bot games as the server measured it. */
export interface WhatIfFigures {
  games: number;
  usWinShare: number;
  interval95: [number, number];
  endReasons: Record<EndReason, number>;
  medianRounds: number;
  fingerprint: string;
}

export interface WhatIfResult extends WhatIfFigures {
  scenarioId: string;
  /** The overrides the server played (those equal to the scenario's values are dropped). */
  overrides: Record<string, number>;
  bots: { us: string; china: string };
  seedsFrom: string;
  baseline: WhatIfFigures;
  labCommand: string;
  cached: boolean;
  ms: number;
}

export type WhatIfAnswer = { ok: true; result: WhatIfResult } | { ok: false; code: string; message: string };

/** One string per distinct query: the same settings in another key order are the same query. */
export function queryKey(query: WhatIfQuery): string {
  const overrides = Object.keys(query.overrides)
    .sort()
    .map((path) => [path, query.overrides[path]]);
  return JSON.stringify([query.scenarioId, query.games ?? null, overrides]);
}

const share = z.number().min(0).max(1);

const figuresShape = {
  games: z.number(),
  usWinShare: share,
  interval95: z.tuple([share, share]),
  endReasons: z.record(z.enum(endReasons), share),
  medianRounds: z.number(),
  fingerprint: z.string(),
};

const resultSchema = z.object({
  ...figuresShape,
  scenarioId: z.string(),
  overrides: z.record(z.string(), z.number()),
  bots: z.object({ us: z.string(), china: z.string() }),
  seedsFrom: z.string(),
  baseline: z.object(figuresShape),
  labCommand: z.string(),
  cached: z.boolean(),
  ms: z.number(),
}) satisfies z.ZodType<WhatIfResult>;

/** The server's answer, or undefined when it is not one. */
export function readWhatIfResult(value: unknown): WhatIfResult | undefined {
  const parsed = resultSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

/**
 * Asks the server. An aborted request rejects with the abort (the caller asked for something newer);
 * every other failure resolves as `{ok: false}` with words to show.
 */
export async function fetchWhatIf(
  query: WhatIfQuery,
  options: { fetch: typeof fetch; signal?: AbortSignal; origin?: string },
): Promise<WhatIfAnswer> {
  // Called unbound: window.fetch refuses to run with `this` set to another object.
  const send = options.fetch;
  let response: Response;
  try {
    response = await send(`${options.origin ?? ''}${whatIfPath}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(query),
      ...(options.signal ? { signal: options.signal } : {}),
    });
  } catch (error) {
    if (options.signal?.aborted) throw error;
    return { ok: false, code: 'unreachable', message: 'the server could not be reached' };
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch (error) {
    if (options.signal?.aborted) throw error;
    body = undefined;
  }
  if (!response.ok) {
    const refusal = errorBodySchema.safeParse(body);
    return refusal.success
      ? { ok: false, ...refusal.data.error }
      : { ok: false, code: 'httpError', message: `the server answered ${response.status}` };
  }
  const result = readWhatIfResult(body);
  return result
    ? { ok: true, result }
    : { ok: false, code: 'unreadable', message: 'the server’s answer could not be read' };
}
