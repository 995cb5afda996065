import type { SetupData } from '../../../rules/index.ts';
import { SiliconCurtain, getParameter, resolveParameters, scenarioById } from '../../../rules/index.ts';

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

export type RequestProblem = {
  code: 'invalidRequest' | 'unknownScenario' | 'invalidOverrides';
  message: string;
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const bodyKeys = new Set(['scenarioId', 'overrides', 'games']);

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

export function parseWhatIfRequest(body: unknown, bounds: GameCountBounds): WhatIfRequest | RequestProblem {
  if (!isRecord(body)) return { code: 'invalidRequest', message: 'the body must be a JSON object' };
  const extra = Object.keys(body).find((key) => !bodyKeys.has(key));
  if (extra !== undefined)
    return { code: 'invalidRequest', message: 'the body takes only scenarioId, overrides and games' };
  const { scenarioId, overrides = {}, games = bounds.defaultGames } = body;
  if (typeof scenarioId !== 'string')
    return { code: 'invalidRequest', message: 'scenarioId must be a string' };
  if (!scenarioById(scenarioId))
    return { code: 'unknownScenario', message: `unknown scenario: ${scenarioId}` };
  if (!isRecord(overrides))
    return { code: 'invalidOverrides', message: 'overrides must be an object of parameter paths to numbers' };
  const problem = overridesProblem(scenarioId, overrides);
  if (problem !== undefined) return { code: 'invalidOverrides', message: problem };
  if (
    typeof games !== 'number' ||
    !Number.isInteger(games) ||
    games < bounds.minGames ||
    games > bounds.maxGames
  )
    return {
      code: 'invalidRequest',
      message: `games must be a whole number from ${bounds.minGames} to ${bounds.maxGames}`,
    };
  // validateSetupData has checked every value is a finite number within its leaf's scale.
  return {
    scenarioId,
    overrides: effectiveOverrides(scenarioId, overrides as Record<string, number>),
    games,
  };
}

/** One string per distinct set of games: overrides are already sorted and stripped of no-ops. */
export function requestKey(request: WhatIfRequest): string {
  return JSON.stringify([request.scenarioId, request.games, Object.entries(request.overrides)]);
}
