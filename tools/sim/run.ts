import type { EndReason, Side } from '../../rules/index.ts';
import { endReasons, fingerprint } from '../../rules/index.ts';
import { menuOf } from '../../rules/actions.ts';
import type { GameRow, SimOptions } from '../../server/games/game-row.ts';
import { playRow } from '../../server/games/game-row.ts';
import { median, percentile, wilsonInterval } from '../../server/games/stats.ts';
import type { ActionUse, Comebacks, Rate, RoundPoint } from './summary.ts';
import {
  actionUsage,
  chinaLedShare,
  comebackRate,
  leadChanges,
  lengthHistogram,
  meanProductionBillShare,
  minMax,
  rate,
  round2,
  round3,
  trajectory,
} from './summary.ts';
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

const actionMenus: Record<Side, string[]> = { us: menuOf('us'), china: menuOf('china') };

export function summarise(options: SimOptions, rows: readonly GameRow[], seconds = 0): SimSummary {
  const wins = { us: 0, china: 0, draw: 0 };
  let changes = 0;
  const noReasons = (): Record<EndReason, number> =>
    Object.fromEntries(endReasons.map((reason) => [reason, 0])) as Record<EndReason, number>;
  const reasons = noReasons();
  const winsByReason: Record<Side, Record<EndReason, number>> = { us: noReasons(), china: noReasons() };
  for (const row of rows) {
    wins[row.winner] += 1;
    reasons[row.reason] += 1;
    if (row.winner !== 'draw') winsByReason[row.winner][row.reason] += 1;
    changes += leadChanges(row.leadByRound);
  }
  const rounds = rows.map((row) => row.rounds);
  const moves = rows.map((row) => row.moves);
  return {
    games: rows.length,
    seed: options.seed,
    scenario: options.scenarioId,
    bots: { us: options.us, china: options.china },
    overrides: { ...(options.overrides ?? {}) },
    gameSeeds: `game i (0-based) plays seed "${options.seed}:i"; replay it with --replay "${options.seed}:i"`,
    wins,
    draws: wins.draw,
    usWinRate: rate(wins.us, rows.length),
    winRateCi95: {
      us: wilsonInterval(wins.us, rows.length),
      china: wilsonInterval(wins.china, rows.length),
    },
    endReasons: reasons,
    winsByReason,
    lengthRounds: {
      median: median(rounds),
      p95: percentile(rounds, 0.95),
      ...minMax(rounds),
      histogram: lengthHistogram(rows),
    },
    movesPerGame: { median: median(moves), p95: percentile(moves, 0.95) },
    leadChangesPerGame: rows.length ? round3(changes / rows.length) : 0,
    chinaLedShare: chinaLedShare(rows),
    comebackRate: comebackRate(rows),
    finalScoreShare: rows.length ? round3(reasons.finalScore / rows.length) : 0,
    actionUsage: actionUsage(rows, actionMenus),
    productionBillShare: meanProductionBillShare(rows),
    trajectory: trajectory(rows),
    gamesPerSec: seconds > 0 ? round2(rows.length / seconds) : 0,
    fingerprint: fingerprint(rows.map((row) => row.fingerprint)),
  };
}

/** Plays the games one after another in this thread (see pool.ts for the worker-thread runner). */
export function runSimulation(options: SimOptions): SimRun {
  const start = nowMs();
  const rows: GameRow[] = [];
  for (let index = 0; index < options.games; index++) rows.push(playRow(options, index));
  return { summary: summarise(options, rows, elapsedSeconds(start)), rows };
}
