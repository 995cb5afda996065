import { z } from 'zod';
import type { SetupData } from '../../../rules/index.ts';
import { SiliconCurtain, getParameter, resolveParameters, scenarioById } from '../../../rules/index.ts';
import { parseWith } from '../../boundary/parse.ts';
import type { Outcome } from '../../boundary/rejection.ts';
import { label, notAJsonObject, untrustedObject } from '../../boundary/schemas.ts';

/**
 * The body of `POST /classroom/api/what-if`, checked: a scenario, what-if overrides (dotted parameter
 * paths to numbers, exactly what a table's `setupData.overrides` accepts) and how many games.
 */

export interface WhatIfRequest {
  scenarioId: string;
  /** Only the leaves that differ from the scenario's own values, by path in sorted order. */
  overrides: Record<string, number>;
  games: number;
}

export interface GameCountBounds {
  defaultGames: number;
  minGames: number;
  maxGames: number;
}

/** The game's own check of set-up data, so the preview accepts exactly the overrides a table accepts. */
function overridesProblem(scenarioId: string, overrides: Record<string, unknown>): string | undefined {
  const validate = SiliconCurtain.validateSetupData;
  if (!validate) throw new Error('the game has no validateSetupData');
  return validate({ scenarioId, overrides } as SetupData, 2);
}

/**
 * Overrides that set a leaf to the scenario's own value change no game: they are dropped, so a form
 * moved back to the scenario's value asks for (and hits the cache of) the baseline itself.
 */
function effectiveOverrides(scenarioId: string, overrides: Record<string, number>): Record<string, number> {
  const scenario = resolveParameters(scenarioId);
  const effective: Record<string, number> = {};
  for (const path of Object.keys(overrides).sort()) {
    const value = overrides[path];
    if (value === undefined || Object.is(getParameter(scenario, path), value)) continue;
    effective[path] = value;
  }
  return effective;
}

/**
 * The body's schema for the service's bounds. Codes: `unknownScenario`, `invalidOverrides` (what
 * `validateSetupData` refuses), else `invalidRequest`.
 */
function requestSchema(bounds: GameCountBounds) {
  const gamesWords = `games must be a whole number from ${bounds.minGames} to ${bounds.maxGames}`;
  return z
    .strictObject(
      {
        scenarioId: z.string({ error: 'scenarioId must be a string' }).refine((id) => scenarioById(id), {
          error: (issue) => `unknown scenario: ${label(issue.input)}`,
          params: { code: 'unknownScenario' },
        }),
        overrides: untrustedObject('overrides must be an object of parameter paths to numbers').optional(),
        games: z
          .number({ error: gamesWords })
          .int(gamesWords)
          .min(bounds.minGames, gamesWords)
          .max(bounds.maxGames, gamesWords)
          .optional(),
      },
      {
        error: (issue) =>
          issue.code === 'unrecognized_keys'
            ? 'the body takes only scenarioId, overrides and games'
            : notAJsonObject,
      },
    )
    .superRefine(({ scenarioId, overrides = {} }, context) => {
      const problem = overridesProblem(scenarioId, overrides);
      // No path: the rules' words already name the parameter ("parameter x must lie between …").
      if (problem !== undefined)
        context.addIssue({ code: 'custom', message: problem, params: { code: 'invalidOverrides' } });
    })
    .transform(({ scenarioId, overrides = {}, games = bounds.defaultGames }): WhatIfRequest => ({
      scenarioId,
      // validateSetupData has checked every value is a finite number within its leaf's scale.
      overrides: effectiveOverrides(scenarioId, overrides as Record<string, number>),
      games,
    }));
}

export function parseWhatIfRequest(body: unknown, bounds: GameCountBounds): Outcome<WhatIfRequest> {
  return parseWith(requestSchema(bounds), body, {
    codes: { overrides: 'invalidOverrides' },
    otherwise: 'invalidRequest',
  });
}

/** One string per distinct set of games: overrides are already sorted and stripped of no-ops. */
export function requestKey(request: WhatIfRequest): string {
  return JSON.stringify([request.scenarioId, request.games, Object.entries(request.overrides)]);
}
