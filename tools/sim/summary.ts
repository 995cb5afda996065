import type { Side } from '../../rules/index.ts';
import { sides } from '../../rules/vocabulary.ts';
import type { GameRow } from '../../server/games/game-row.ts';
import { wilsonInterval } from '../../server/games/stats.ts';

/** The balance-lab indicators of a batch of games (issue 3), each from the rows alone. */

/** A proportion with its 95% Wilson interval. */
export interface Rate {
  p: number;
  lo: number;
  hi: number;
}

export function rate(successes: number, trials: number): Rate {
  const [lo, hi] = wilsonInterval(successes, trials);
  return { p: trials === 0 ? 0 : successes / trials, lo, hi };
}

/** Games that ended in each round, for every round from 1 to the longest game. */
export function lengthHistogram(rows: readonly GameRow[]): Record<string, number> {
  const longest = rows.reduce((max, row) => Math.max(max, row.rounds), 0);
  const counts: Record<string, number> = {};
  for (let round = 1; round <= longest; round++) counts[String(round)] = 0;
  for (const row of rows) counts[String(row.rounds)] = (counts[String(row.rounds)] ?? 0) + 1;
  return counts;
}

/**
 * How often the sign of the compute lead changes from one round record to the next; a record with a lead
 * of exactly 0 has no sign and is skipped.
 */
export function leadChanges(leadByRound: readonly number[]): number {
  let changes = 0;
  let previousSign = 0;
  for (const lead of leadByRound) {
    const sign = Math.sign(lead);
    if (sign === 0) continue;
    if (previousSign !== 0 && sign !== previousSign) changes++;
    previousSign = sign;
  }
  return changes;
}

export const comebackDefinition =
  'Among decisive games (not draws) that have a round-2 record with a non-zero compute lead, the share ' +
  'won by the side that trailed on the compute-lead track at the end of round 2 (the US trails when the ' +
  'lead is negative, China when it is positive).';

export interface Comebacks extends Rate {
  comebacks: number;
  /** Games that qualify: decisive, lasting at least two scored rounds, non-zero lead after round 2. */
  games: number;
}

export function comebackRate(rows: readonly GameRow[]): Comebacks {
  let games = 0;
  let comebacks = 0;
  for (const row of rows) {
    const leadAfterRound2 = row.leadByRound[1];
    if (row.winner === 'draw' || leadAfterRound2 === undefined || leadAfterRound2 === 0) continue;
    games++;
    const trailing = leadAfterRound2 < 0 ? 'us' : 'china';
    if (row.winner === trailing) comebacks++;
  }
  return { ...rate(comebacks, games), comebacks, games };
}

export interface RoundPoint {
  round: number;
  /** Games with a record for this round (games that ended earlier drop out). */
  games: number;
  meanComputeLead: number;
  meanEscalation: number;
}

/** Mean compute lead and escalation at the end of each round, over the games that reached it. */
export function trajectory(rows: readonly GameRow[]): RoundPoint[] {
  const points: RoundPoint[] = [];
  const longest = rows.reduce((max, row) => Math.max(max, row.leadByRound.length), 0);
  for (let i = 0; i < longest; i++) {
    let games = 0;
    let lead = 0;
    let escalation = 0;
    for (const row of rows) {
      const roundLead = row.leadByRound[i];
      if (roundLead === undefined) continue;
      games++;
      lead += roundLead;
      escalation += row.escalationByRound[i] ?? 0;
    }
    points.push({
      round: i + 1,
      games,
      meanComputeLead: round3(lead / games),
      meanEscalation: round3(escalation / games),
    });
  }
  return points;
}

export const round3 = (value: number): number => Math.round(value * 1000) / 1000;
export const round2 = (value: number): number => Math.round(value * 100) / 100;

/** Share of games in which China led the compute-lead track at one or more round ends. */
export function chinaLedShare(rows: readonly GameRow[]): number {
  if (rows.length === 0) return 0;
  const led = rows.filter((row) => row.leadByRound.some((lead) => lead < 0)).length;
  return round3(led / rows.length);
}

export interface ActionUse {
  /** Mean uses a game. */
  usesPerGame: number;
  /** Share of all the side's actions. */
  share: number;
  /** Share of games in which the side used it at least once. */
  gamesShare: number;
}

/** Each side's use of each action on its menu (`menus`: the ids on each side's menu, in menu order). */
export function actionUsage(
  rows: readonly GameRow[],
  menus: Readonly<Record<Side, readonly string[]>>,
): Record<Side, Record<string, ActionUse>> {
  const usage = { us: {}, china: {} } as Record<Side, Record<string, ActionUse>>;
  for (const side of sides) {
    let total = 0;
    for (const row of rows) for (const count of Object.values(row.actions[side])) total += count;
    for (const action of menus[side]) {
      let uses = 0;
      let games = 0;
      for (const row of rows) {
        const count = row.actions[side][action] ?? 0;
        uses += count;
        if (count > 0) games++;
      }
      usage[side][action] = {
        usesPerGame: rows.length ? round2(uses / rows.length) : 0,
        share: total ? round3(uses / total) : 0,
        gamesShare: rows.length ? round3(games / rows.length) : 0,
      };
    }
  }
  return usage;
}

/** Mean over games of each side's production bill ÷ income. */
export function meanProductionBillShare(rows: readonly GameRow[]): Record<Side, number> {
  const mean = (side: Side): number =>
    rows.length ? round3(rows.reduce((sum, row) => sum + row.productionBillShare[side], 0) / rows.length) : 0;
  return { us: mean('us'), china: mean('china') };
}

/** Smallest and largest of a list without spreading it into arguments (a 200k-row spread overflows the stack). */
export function minMax(values: readonly number[]): { min: number; max: number } {
  let min = Infinity;
  let max = -Infinity;
  for (const value of values) {
    if (value < min) min = value;
    if (value > max) max = value;
  }
  return values.length ? { min, max } : { min: 0, max: 0 };
}
