import type { LearningObjective, Parameters, Side } from '../../rules/index.ts';
import { formatNumber } from '../board/format.ts';
import type { ChartedRoundRecord, IndicatorField } from './round-indicators.ts';
import { readIndicator } from './round-indicators.ts';

/**
 * The indicators charted round by round, as data: where each is read from a round record, its unit, its
 * scale, and the lines the rules draw on it (a track's ends). The debrief's per-table charts, its class
 * comparison and the board's indicators panel all walk this list, so a new indicator is one entry here.
 */

export const indicatorIds = [
  'computeLead',
  'escalation',
  'effectiveCompute',
  'trainingCompute',
  'algorithmicMultiplier',
  'meanYield',
  'toolWear',
  'dependency',
  'independentDevelopers',
  'maturity',
  'budget',
  'chips',
  'influence',
] as const;
export type IndicatorId = (typeof indicatorIds)[number];

/** Whose lines a chart has: both sides, one shared track, or China's alone. */
export type IndicatorLines = 'bySide' | 'shared' | 'china';

export interface ReferenceMark {
  value: number;
  label: string;
}

export interface IndicatorDefinition {
  id: IndicatorId;
  title: string;
  /** The axis label's unit, e.g. "EFLOPS". */
  unit: string;
  lines: IndicatorLines;
  scale: 'linear' | 'log';
  /** The value in a record (`side` is ignored by shared tracks); undefined where the record lacks it. */
  read: (record: ChartedRoundRecord, side: Side) => number | undefined;
  format: (value: number) => string;
  /** An axis tick, shorter than `format` where that runs long (100k); `format` when absent. */
  tick?: (value: number) => string;
  /** The track's fixed ends and marks, from the table's parameters. */
  frame?: (params: Parameters) => { min: number; max: number; marks: ReferenceMark[] };
  /** Fixed lower bound (0 for stocks), when no frame gives one. */
  floor?: number;
  /** The learning objective the indicator shows (rules/vocabulary.ts), if one. */
  objective?: LearningObjective;
  /** Said under the chart when a line is left out on purpose. */
  note?: string;
}

const finiteOrUndefined = (value: number | undefined): number | undefined =>
  value !== undefined && Number.isFinite(value) ? value : undefined;

const indicator =
  (field: IndicatorField) =>
  (record: ChartedRoundRecord, side: Side): number | undefined =>
    readIndicator(record, side, field);

/** A fraction indicator read as a percentage. */
const percentOf =
  (field: IndicatorField) =>
  (record: ChartedRoundRecord, side: Side): number | undefined => {
    const fraction = readIndicator(record, side, field);
    return fraction === undefined ? undefined : fraction * 100;
  };

/** 100, 1k, 10k, 100k: a log axis's ticks in few characters. */
const compact = (value: number): string =>
  Math.abs(value) >= 1000 ? `${formatNumber(value / 1000, 1)}k` : formatNumber(value, value < 10 ? 2 : 0);

const signed = (value: number): string => (value > 0 ? `+${formatNumber(value, 1)}` : formatNumber(value, 1));

export const indicatorDefinitions: readonly IndicatorDefinition[] = [
  {
    id: 'computeLead',
    title: 'Compute lead',
    unit: 'track points, + is the US',
    lines: 'shared',
    scale: 'linear',
    read: (record) => finiteOrUndefined(record.computeLead),
    format: signed,
    frame: (params) => ({
      min: -params.scoring.leadToWin,
      max: params.scoring.leadToWin,
      marks: [
        { value: params.scoring.leadToWin, label: 'US wins' },
        { value: 0, label: 'level' },
        { value: -params.scoring.leadToWin, label: 'China wins' },
      ],
    }),
  },
  {
    id: 'escalation',
    title: 'Escalation',
    unit: 'track level',
    lines: 'shared',
    scale: 'linear',
    read: (record) => finiteOrUndefined(record.escalation),
    format: (value) => formatNumber(value, 0),
    frame: (params) => ({
      min: 0,
      max: params.escalation.limit,
      marks: [{ value: params.escalation.limit, label: 'limit: who pushes here loses' }],
    }),
    objective: 'escalation',
  },
  {
    id: 'effectiveCompute',
    title: 'Effective compute',
    unit: 'EFLOPS, log scale',
    lines: 'bySide',
    scale: 'log',
    read: (record, side) => finiteOrUndefined(record.figures[side].effectiveComputeEflops),
    format: (value) => formatNumber(value, value < 10 ? 2 : 0),
    tick: compact,
    objective: 'interconnect',
  },
  {
    id: 'trainingCompute',
    title: 'Training compute',
    unit: 'EFLOPS, log scale',
    lines: 'bySide',
    scale: 'log',
    read: (record, side) => finiteOrUndefined(record.figures[side].trainingEflops),
    format: (value) => formatNumber(value, value < 10 ? 2 : 0),
    tick: compact,
    objective: 'efficiency',
  },
  {
    id: 'algorithmicMultiplier',
    title: 'Algorithmic efficiency',
    unit: 'multiplier ×',
    lines: 'bySide',
    scale: 'linear',
    read: (record, side) => finiteOrUndefined(record.figures[side].algorithmicMultiplier),
    format: (value) => `×${formatNumber(value, 2)}`,
    floor: 1,
    objective: 'efficiency',
  },
  {
    id: 'meanYield',
    title: 'Yield',
    unit: '% of dies that work, producing fabs',
    lines: 'bySide',
    scale: 'linear',
    read: percentOf('meanYieldFraction'),
    format: (value) => `${formatNumber(value, 0)}%`,
    frame: () => ({ min: 0, max: 100, marks: [] }),
    objective: 'yields',
  },
  {
    id: 'toolWear',
    title: 'DUV tool wear',
    unit: '% mean wear of China’s tool groups',
    lines: 'china',
    scale: 'linear',
    read: percentOf('meanToolWearFraction'),
    format: (value) => `${formatNumber(value, 0)}%`,
    frame: () => ({ min: 0, max: 100, marks: [] }),
    objective: 'toolWear',
    note: 'The US side’s tools are serviced and not tracked.',
  },
  {
    id: 'dependency',
    title: 'Subsidy dependency',
    unit: 'points',
    lines: 'bySide',
    scale: 'linear',
    read: indicator('dependency'),
    format: (value) => formatNumber(value, 1),
    floor: 0,
    objective: 'subsidies',
  },
  {
    id: 'independentDevelopers',
    title: 'Independent developers',
    unit: 'millions',
    lines: 'bySide',
    scale: 'linear',
    read: indicator('independentDevelopersM'),
    format: (value) => `${formatNumber(value, 2)}M`,
    floor: 0,
    objective: 'ecosystem',
  },
  {
    id: 'maturity',
    title: 'Library maturity',
    unit: 'level',
    lines: 'bySide',
    scale: 'linear',
    read: indicator('maturity'),
    format: (value) => formatNumber(value, 1),
    frame: (params) => ({ min: 0, max: params.ecosystem.maturityMax, marks: [] }),
    objective: 'ecosystem',
  },
  {
    id: 'budget',
    title: 'Budget after the round',
    unit: '$Bn',
    lines: 'bySide',
    scale: 'linear',
    read: indicator('budgetBn'),
    format: (value) => `$${formatNumber(value, 1)}Bn`,
    tick: (value) => `$${formatNumber(value, 0)}Bn`,
    floor: 0,
    objective: 'subsidies',
  },
  {
    id: 'chips',
    title: 'Chips installed',
    unit: 'chips (k thousand, M million)',
    lines: 'bySide',
    scale: 'linear',
    read: indicator('chipsK'),
    format: (value) => `${formatNumber(value, 0)}k`,
    tick: (value) =>
      Math.abs(value) >= 1000 ? `${formatNumber(value / 1000, 1)}M` : `${formatNumber(value, 0)}k`,
    floor: 0,
    objective: 'yields',
  },
  {
    id: 'influence',
    title: 'Influence abroad',
    unit: 'points',
    lines: 'bySide',
    scale: 'linear',
    read: indicator('influence'),
    format: (value) => formatNumber(value, 1),
    floor: 0,
    objective: 'openSource',
  },
];

export function indicatorDefinition(id: IndicatorId): IndicatorDefinition {
  const found = indicatorDefinitions.find((definition) => definition.id === id);
  if (!found) throw new Error(`unknown indicator: ${id}`);
  return found;
}
