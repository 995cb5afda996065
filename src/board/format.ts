import type { Side } from '../../rules/index.ts';
import { sideOfPlayerId } from '../../rules/index.ts';

/** Display formatting: small pure functions, tested in test/src/format.test.ts. */

export const sideTitle = (side: Side): string => (side === 'us' ? 'United States' : 'China');
export const sideShort = (side: Side): string => (side === 'us' ? 'US' : 'China');

/**
 * One formatter per number of decimals: `toLocaleString` builds a new one on every call, and a board
 * formats hundreds of figures a draw (the replay viewer draws one a frame while playing).
 */
const formatters = new Map<number, Intl.NumberFormat>();

function formatter(digits: number): Intl.NumberFormat {
  let known = formatters.get(digits);
  if (!known) {
    known = new Intl.NumberFormat('en-US', { maximumFractionDigits: digits });
    formatters.set(digits, known);
  }
  return known;
}

/** Whole numbers as they are, others to `digits` decimals, without trailing zeros. */
export function formatNumber(value: number, digits = 1): string {
  if (!Number.isFinite(value)) return '–';
  const factor = 10 ** digits;
  const rounded = Math.round(value * factor) / factor;
  return formatter(digits).format(Object.is(rounded, -0) ? 0 : rounded);
}

export const formatBn = (value: number): string => `$${formatNumber(value, 1)}Bn`;

export const formatPercent = (fraction: number): string => `${formatNumber(fraction * 100, 0)}%`;

/** Compute in EFLOPS; small values keep two decimals so they are not shown as zero. */
export const formatEflops = (value: number): string =>
  `${formatNumber(value, Math.abs(value) < 10 ? 2 : 1)} EFLOPS`;

/** Compute where room is short (a board's station): whole EFLOPS from 100 up, where a decimal says nothing. */
export const formatEflopsCompact = (value: number): string =>
  Math.abs(value) >= 100 ? `${formatNumber(value, 0)} EFLOPS` : formatEflops(value);

/** Thousands of chips or wafers: 1,250k → "1.25M". */
export function formatThousands(valueK: number, unit: string): string {
  if (Math.abs(valueK) >= 1000) return `${formatNumber(valueK / 1000, 2)}M ${unit}`;
  return `${formatNumber(valueK, 0)}k ${unit}`;
}

/** "US leads by 3", "China leads by 2", "Level". */
export function describeLead(lead: number): string {
  if (lead === 0) return 'Level';
  return `${lead > 0 ? 'US' : 'China'} leads by ${Math.abs(lead)}`;
}

/** Where a value sits on a track from `min` to `max`, as a percentage 0–100 (clamped). */
export function trackPercent(value: number, min: number, max: number): number {
  if (max <= min) return 0;
  const share = (value - min) / (max - min);
  return Math.round(Math.min(1, Math.max(0, share)) * 1000) / 10;
}

/** Why a game ended, in words (the rules' end reasons, and the server's clock). */
export const endReasonText: Record<string, string> = {
  computeLead: 'the compute lead reached the end of its track',
  selfReliance:
    'China closed its self-reliance loop (its own EUV fabs, HBM, spares, developers and libraries, dependency within bounds) at round ends in a row',
  chokehold: 'the US choked China’s advanced chipmaking (too few working wafers)',
  escalation: 'the rival pushed escalation to its limit',
  finalScore: 'it held the compute lead after the last round',
  time: 'time ran out',
};

/** boardgame.io's `ctx.gameover` (the rules' or the server clock's) as the result sentence. */
export function gameoverText(gameover: unknown): string | undefined {
  if (typeof gameover !== 'object' || gameover === null) return undefined;
  const { winner, draw, reason } = gameover as Record<string, unknown>;
  const why = typeof reason === 'string' ? reason : 'finalScore';
  if (draw === true) return describeResult('draw', why);
  const side = sideOfPlayerId(typeof winner === 'string' ? winner : undefined);
  return side ? describeResult(side, why) : undefined;
}

/** The result banner's sentence. */
export function describeResult(winner: Side | 'draw', reason: string, round?: number): string {
  const why = endReasonText[reason] ?? reason;
  const when = round === undefined ? '' : ` in round ${round}`;
  if (winner === 'draw')
    return `Draw${when}: ${reason === 'finalScore' ? 'the compute lead was level after the last round' : why}.`;
  return `${sideTitle(winner)} wins${when}: ${why}.`;
}
