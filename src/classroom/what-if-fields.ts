import type { Side } from '../../rules/index.ts';
import type { CreateSessionBody } from './api.ts';
import { getParameter, resolveParameters } from '../../rules/index.ts';

/**
 * The what-if parameters the class form offers (issue 13: yields, the EUV year, subsidies, the servicing
 * ban, export controls), each a leaf of rules/content/parameters.ts by its dotted path. An empty field
 * keeps the scenario's value; a filled one becomes an override.
 */
export interface WhatIfField {
  path: string;
  label: string;
  hint: string;
  min: number;
  max: number;
  /** Whole numbers only (levels, years). */
  integer: boolean;
}

export const whatIfFields: readonly WhatIfField[] = [
  {
    path: 'yieldCap.duv.n7',
    label: "China's best 7nm-class yield on DUV",
    hint: 'share of good dies the line learns toward (0–1)',
    min: 0.05,
    max: 0.95,
    integer: false,
  },
  {
    path: 'yieldCap.duv.n5',
    label: "China's best 5nm-class yield on DUV",
    hint: 'quadruple patterning (0–1)',
    min: 0.05,
    max: 0.95,
    integer: false,
  },
  {
    path: 'research.domesticEuvEarliestYear',
    label: "Earliest year China's own EUV line can produce",
    hint: 'a year',
    min: 2025,
    max: 2040,
    integer: true,
  },
  {
    path: 'subsidy.poolBn.us',
    label: 'US subsidy pool (CHIPS Act), $Bn',
    hint: 'what the US side can draw on in all',
    min: 0,
    max: 300,
    integer: false,
  },
  {
    path: 'subsidy.poolBn.china',
    label: "China's subsidy pool (Big Fund), $Bn",
    hint: 'what the Chinese side can draw on in all',
    min: 0,
    max: 300,
    integer: false,
  },
  {
    path: 'controls.servicingBanLevel',
    label: 'Servicing ban bites at export-control level',
    hint: '1–5; 6: never (ASML may always service)',
    min: 1,
    max: 6,
    integer: true,
  },
  {
    path: 'start.exportControlLevel',
    label: 'Export controls at the start (level)',
    hint: '0: none; 5: every control',
    min: 0,
    max: 5,
    integer: true,
  },
  {
    path: 'controls.maxLevel',
    label: 'Highest export-control level the US may reach',
    hint: '0: the US can add none',
    min: 0,
    max: 5,
    integer: true,
  },
];

/** The scenario's own value of a field (the placeholder of an empty field). */
export function scenarioValue(scenarioId: string, path: string): number | undefined {
  try {
    return getParameter(resolveParameters(scenarioId), path);
  } catch {
    return undefined;
  }
}

/** The form's filled fields as overrides, or the first field's problem in words. */
export function overridesFrom(
  values: Readonly<Record<string, string>>,
): { overrides: Record<string, number> } | { error: string } {
  const overrides: Record<string, number> = {};
  for (const field of whatIfFields) {
    const text = (values[field.path] ?? '').trim();
    if (text === '') continue;
    const value = Number(text);
    if (!Number.isFinite(value)) return { error: `${field.label}: a number, please` };
    if (field.integer && !Number.isInteger(value)) return { error: `${field.label}: a whole number, please` };
    if (value < field.min || value > field.max)
      return { error: `${field.label}: between ${field.min} and ${field.max}` };
    overrides[field.path] = value;
  }
  return { overrides };
}

export interface ClassForm {
  title: string;
  scenarioId: string;
  whatIf: Record<string, string>;
  tables: string;
  bots: Record<Side, string>;
  /** Seconds as text; '' is untimed. */
  turnSeconds: string;
}

export const turnSecondsChoices: readonly { value: string; label: string }[] = [
  { value: '', label: 'No time limit' },
  { value: '60', label: '1 minute a turn' },
  { value: '90', label: '90 seconds a turn' },
  { value: '120', label: '2 minutes a turn' },
  { value: '180', label: '3 minutes a turn' },
  { value: '300', label: '5 minutes a turn' },
];

/** The create body (server/classroom/requests.ts) from the form, or what is wrong with it. */
export function createBody(form: ClassForm): { body: CreateSessionBody } | { error: string } {
  const title = form.title.trim();
  if (title === '') return { error: 'Give the class a title (it shows on the students’ screens).' };
  const tables = Number(form.tables);
  if (!Number.isInteger(tables) || tables < 1 || tables > 20)
    return { error: 'Tables: a whole number from 1 to 20.' };
  const whatIf = overridesFrom(form.whatIf);
  if ('error' in whatIf) return whatIf;
  const body: CreateSessionBody = { title, scenarioId: form.scenarioId, tables };
  if (Object.keys(whatIf.overrides).length > 0) body.overrides = whatIf.overrides;
  const botFill: { us?: string; china?: string } = {};
  if (form.bots.us !== '') botFill.us = form.bots.us;
  if (form.bots.china !== '') botFill.china = form.bots.china;
  if (botFill.us !== undefined || botFill.china !== undefined) body.botFill = botFill;
  if (form.turnSeconds !== '') body.turnSeconds = Number(form.turnSeconds);
  return { body };
}
