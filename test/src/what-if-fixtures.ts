import type { WhatIfFigures, WhatIfResult } from '../../src/classroom/what-if-api.ts';

/** Answers of the what-if route as the server sends them (shape of server/classroom/what-if/service.ts). */

export function figures(usWinShare: number, games = 300): WhatIfFigures {
  return {
    games,
    usWinShare,
    interval95: [Math.max(0, usWinShare - 0.05), Math.min(1, usWinShare + 0.05)],
    endReasons: { computeLead: 0.2, selfReliance: 0.4, chokehold: 0, escalation: 0, finalScore: 0.4 },
    medianRounds: 8,
    fingerprint: `f${usWinShare}`,
  };
}

export function result(
  usWinShare: number,
  overrides: Record<string, number> = {},
  baselineShare = 0.07,
): WhatIfResult {
  return {
    ...figures(usWinShare),
    scenarioId: 'baseline-2025',
    overrides,
    bots: { us: 'greedy', china: 'greedy' },
    seedsFrom: 'what-if',
    baseline: figures(baselineShare),
    labCommand: 'npm run -s sim -- --games 300 --seed what-if --json',
    cached: false,
    ms: 4200,
  };
}

/** A JSON response as fetch resolves it. */
export function jsonResponse(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}
