/** Small markdown and number helpers for the rulebook generator. */

import { formatNumber } from '../../rules/content/describe.ts';

export { formatNumber };

const cell = (text: string): string => text.replaceAll('|', '\\|').replaceAll('\n', ' ');

/** A markdown table; every row has as many cells as there are headers. */
export function table(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]): string => `| ${cells.map(cell).join(' | ')} |`;
  return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n');
}

export const percent = (fraction: number): string => `${formatNumber(fraction * 100)}%`;
export const times = (factor: number): string => `×${formatNumber(factor)}`;
export const billions = (amountBn: number): string => `$${formatNumber(amountBn)}Bn`;
export const dollars = (amount: number): string => `$${Math.round(amount).toLocaleString('en-US')}`;
/** Thousands of units: 5000 → "5,000k". */
export const thousands = (amountK: number): string => `${Math.round(amountK).toLocaleString('en-US')}k`;

/** A measured quantity at a readable precision: 3,605 / 16.4 / 0.62. */
export function approx(value: number): string {
  const magnitude = Math.abs(value);
  if (magnitude >= 100) return Math.round(value).toLocaleString('en-US');
  return formatNumber(magnitude >= 10 ? Math.round(value * 10) / 10 : Math.round(value * 100) / 100);
}

/** A ratio to two decimals, so that a reader can redo the division: 16.36. */
export const ratio = (value: number): string => formatNumber(Math.round(value * 100) / 100);

/** A measured amount of money at a readable precision: $13.5Bn. */
export const approxBillions = (amountBn: number): string => `$${approx(amountBn)}Bn`;

/** Thousands of units, or "none". */
export const thousandsOrNone = (amountK: number): string => (amountK > 0 ? thousands(amountK) : 'none');
