import type { RoundFigures } from '../../rules/index.ts';
import { sides } from '../../rules/index.ts';
import type { ClassExport } from './class-export.ts';

/**
 * The export as CSV for a spreadsheet: one row per table × game × round × side, the round record's numbers
 * flattened (the round's shared figures repeated on both sides' rows). RFC 4180: a header row, CRLF line
 * ends, fields with a comma, quote or line break quoted and their quotes doubled.
 */

/** Every figure of a round record, in a fixed order (a missing key fails the type check). */
const figureColumns = Object.keys({
  wafersK: true,
  goodDiesK: true,
  chipsPackagedK: true,
  costPerGoodDieUsd: true,
  effectiveComputeEflops: true,
  trainingEflops: true,
  inferenceEflops: true,
  clusterEfficiency: true,
  memoryEfficiency: true,
  utilisation: true,
  algorithmicMultiplier: true,
  incomeBn: true,
  advancedCapacityKWafers: true,
  goodWaferCapacityK: true,
  euvWafersK: true,
  toolGroupsLost: true,
  productionBillBn: true,
} satisfies Record<keyof RoundFigures, true>) as (keyof RoundFigures)[];

export const csvColumns = [
  'table',
  'game',
  'matchID',
  'round',
  'year',
  'side',
  'computeLead',
  'escalation',
  'frontierPoints',
  'frontierClassPoints',
  'adoptionPoints',
  'ecosystemPoints',
  ...figureColumns,
] as const;

export function csvField(value: string | number): string {
  const text = typeof value === 'number' ? String(value) : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function exportCsv(data: ClassExport): string {
  const lines = [csvColumns.join(',')];
  for (const table of data.tables)
    for (const record of table.rounds)
      for (const side of sides) {
        const figures = record.figures[side];
        const row: (string | number)[] = [
          table.table,
          table.game,
          table.matchID,
          record.round,
          record.year,
          side,
          record.computeLead,
          record.escalation,
          record.frontierPoints,
          // A round recorded before rules 2.4.0 has no frontier-class contest.
          record.frontierClassPoints ?? 0,
          record.adoptionPoints,
          record.ecosystemPoints,
          ...figureColumns.map((column) => figures[column]),
        ];
        lines.push(row.map(csvField).join(','));
      }
  return `${lines.join('\r\n')}\r\n`;
}
