import type { EndReason, Side } from '../../rules/index.ts';
import type { GameRow, SimOptions } from '../../server/games/game-row.ts';
import { playRow } from '../../server/games/game-row.ts';
import type { ActionUse, Comebacks, Rate, RoundPoint } from './summary.ts';
import { SummaryTally } from './tally.ts';
import { elapsedSeconds, nowMs } from '../../server/games/timer.ts';

/** A seeded batch of bot-vs-bot games and its summary (issues 2 and 3). */

export type { GameRow, SimOptions } from '../../server/games/game-row.ts';
export { playRow } from '../../server/games/game-row.ts';

export interface SimSummary {
  games: number;
  seed: string;
  scenario: string;
  bots: { us: string; china: string };
  /** Parameter overrides (`--set`) the games were played with. */
  overrides: Record<string, number>;
  /** How game i's seed is derived from the run's seed. */
  gameSeeds: string;
  wins: { us: number; china: number; draw: number };
  draws: number;
  /** The US win rate with its 95% Wilson interval. */
  usWinRate: Rate;
  /** 95% Wilson intervals of each side's win rate. */
  winRateCi95: { us: [number, number]; china: [number, number] };
  endReasons: Record<EndReason, number>;
  /** Each side's wins by end reason: a side with two real routes wins by at least two. */
  winsByReason: Record<Side, Record<EndReason, number>>;
  /** `histogram`: games that ended in each round, keyed by round from 1 to the longest game. */
  lengthRounds: { median: number; p95: number; min: number; max: number; histogram: Record<string, number> };
  movesPerGame: { median: number; p95: number };
  /** Mean number of sign changes of the compute lead across a game's round records. */
  leadChangesPerGame: number;
  /** Share of games in which China led the compute-lead track at one or more round ends. */
  chinaLedShare: number;
  /** See `comebackDefinition` in summary.ts. */
  comebackRate: Comebacks;
  /** Games that reached the final score (every round played) ÷ games. */
  finalScoreShare: number;
  /** Each side's use of each action on its menu (tracks of one action counted together). */
  actionUsage: Record<Side, Record<string, ActionUse>>;
  /**
   * Each menu action's mean uses in round r (entry r − 1) over the games that played round r: when a side
   * takes subsidies, researches or de-escalates. Absent when the rows came from a server's matches.
   */
  actionUsageByRound?: Record<Side, Record<string, number[]>>;
  /** Mean over games of each side's production bill (wafers, packaging and HBM, tools) ÷ its income. */
  productionBillShare: Record<Side, number>;
  /** Mean compute lead and escalation at the end of each round, over the games that reached it. */
  trajectory: RoundPoint[];
  /** Wall-clock speed of the run (the only field that differs between identical runs). */
  gamesPerSec: number;
  /** fingerprint() of the list of every game's final-state fingerprint, in seed order. */
  fingerprint: string;
}

export interface SimRun {
  summary: SimSummary;
  rows: GameRow[];
}

/** The summary of rows already in memory (a run streams its rows through a SummaryTally instead). */
export function summarise(options: SimOptions, rows: readonly GameRow[], seconds = 0): SimSummary {
  const tally = new SummaryTally(rows.length);
  for (const row of rows) tally.add(row);
  return tally.summary(options, seconds);
}

/** Plays the games one after another in this thread (see pool.ts for the worker-thread runner). */
export function runSimulation(options: SimOptions): SimRun {
  const start = nowMs();
  const rows: GameRow[] = [];
  for (let index = 0; index < options.games; index++) rows.push(playRow(options, index));
  return { summary: summarise(options, rows, elapsedSeconds(start)), rows };
}
