import { getParameter, resolveParameters } from '../../rules/index.ts';

/**
 * The parameters the try-out page (`?whatif`) offers, one per mechanic a class argues about. The class
 * form may offer others: the server takes any parameter path a table takes.
 */

export interface WhatIfParameter {
  path: string;
  label: string;
  /** What the number means, in a few words. */
  hint: string;
  min: number;
  max: number;
  step: number;
}

export const whatIfParameters: readonly WhatIfParameter[] = [
  {
    path: 'yieldCap.duv.n7',
    label: 'China’s 7nm-class DUV yield cap',
    hint: 'share of good dies its multi-patterning lines learn toward (TSMC-like: 0.8)',
    min: 0.1,
    max: 0.95,
    step: 0.05,
  },
  {
    path: 'research.domesticEuvEarliestYear',
    label: 'Earliest year of China’s own EUV',
    hint: 'a finished EUV track lands in this year at the earliest',
    min: 2025,
    max: 2035,
    step: 1,
  },
  {
    path: 'start.exportControlLevel',
    label: 'Export controls at the start',
    hint: 'bans added level by level: 1 chips, 2 tools, 3 HBM, 4 servicing, 5 downgraded chips',
    min: 0,
    max: 5,
    step: 1,
  },
  {
    path: 'controls.maxLevel',
    label: 'Highest export-control level the US may reach',
    hint: '0: no controls can be imposed',
    min: 0,
    max: 5,
    step: 1,
  },
  {
    path: 'subsidy.dependencyPerBn',
    label: 'Dependency per $1Bn of subsidy',
    hint: '0: subsidies come with no strings',
    min: 0,
    max: 0.5,
    step: 0.05,
  },
  {
    path: 'tools.wearPerPassPerRound',
    label: 'DUV tool wear per pass per round',
    hint: '0: China’s scanners never wear',
    min: 0,
    max: 0.2,
    step: 0.01,
  },
];

/** The scenario's own value of a parameter (what an empty or untouched field means). */
export function scenarioValue(scenarioId: string, path: string): number | undefined {
  return getParameter(resolveParameters(scenarioId), path);
}

/**
 * The overrides a form's fields ask for: a field left empty, not a number, or at the scenario's own
 * value asks for nothing. `invalid` lists the fields whose text is not a number.
 */
export function overridesFromFields(
  scenarioId: string,
  fields: Readonly<Record<string, string>>,
): { overrides: Record<string, number>; invalid: string[] } {
  const overrides: Record<string, number> = {};
  const invalid: string[] = [];
  for (const [path, text] of Object.entries(fields)) {
    if (text.trim() === '') continue;
    const value = Number(text);
    if (!Number.isFinite(value)) {
      invalid.push(path);
      continue;
    }
    if (value !== scenarioValue(scenarioId, path)) overrides[path] = value;
  }
  return { overrides, invalid };
}
