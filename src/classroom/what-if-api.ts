import type { EndReason } from '../../rules/vocabulary.ts';
import { endReasons } from '../../rules/vocabulary.ts';

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

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const isShare = (value: unknown): value is number => isNumber(value) && value >= 0 && value <= 1;

function readFigures(value: unknown): WhatIfFigures | undefined {
  if (!isRecord(value)) return undefined;
  const { games, usWinShare, interval95, endReasons: reasons, medianRounds, fingerprint } = value;
  if (!isNumber(games) || !isShare(usWinShare) || !isNumber(medianRounds) || typeof fingerprint !== 'string')
    return undefined;
  if (!Array.isArray(interval95) || interval95.length !== 2) return undefined;
  const [lo, hi] = interval95 as unknown[];
  if (!isShare(lo) || !isShare(hi) || !isRecord(reasons)) return undefined;
  const shares = {} as Record<EndReason, number>;
  for (const reason of endReasons) {
    const share = reasons[reason];
    if (!isShare(share)) return undefined;
    shares[reason] = share;
  }
  return { games, usWinShare, interval95: [lo, hi], endReasons: shares, medianRounds, fingerprint };
}

function readNumbers(value: unknown): Record<string, number> | undefined {
  if (!isRecord(value)) return undefined;
  const numbers: Record<string, number> = {};
  for (const [key, entry] of Object.entries(value)) {
    if (!isNumber(entry)) return undefined;
    numbers[key] = entry;
  }
  return numbers;
}

/** The server's answer, or undefined when it is not one. */
export function readWhatIfResult(value: unknown): WhatIfResult | undefined {
  const figures = readFigures(value);
  const baseline = isRecord(value) ? readFigures(value.baseline) : undefined;
  if (!figures || !baseline || !isRecord(value)) return undefined;
  const { scenarioId, bots, seedsFrom, labCommand, cached, ms } = value;
  const overrides = readNumbers(value.overrides);
  if (typeof scenarioId !== 'string' || !overrides || typeof seedsFrom !== 'string') return undefined;
  if (typeof labCommand !== 'string' || typeof cached !== 'boolean' || !isNumber(ms)) return undefined;
  if (!isRecord(bots) || typeof bots.us !== 'string' || typeof bots.china !== 'string') return undefined;
  return {
    ...figures,
    scenarioId,
    overrides,
    bots: { us: bots.us, china: bots.china },
    seedsFrom,
    baseline,
    labCommand,
    cached,
    ms,
  };
}

function errorOf(body: unknown): { code: string; message: string } | undefined {
  if (!isRecord(body) || !isRecord(body.error)) return undefined;
  const { code, message } = body.error;
  return typeof code === 'string' && typeof message === 'string' ? { code, message } : undefined;
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
    const refusal = errorOf(body);
    return refusal
      ? { ok: false, ...refusal }
      : { ok: false, code: 'httpError', message: `the server answered ${response.status}` };
  }
  const result = readWhatIfResult(body);
  return result
    ? { ok: true, result }
    : { ok: false, code: 'unreadable', message: 'the server’s answer could not be read' };
}
