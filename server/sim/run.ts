import type { EndReason, GameResult } from '../../rules/index.ts';
import { endReasons, fingerprint } from '../../rules/index.ts';
import { playGame } from './play-game.ts';
import { gameSeed } from './seeds.ts';
import { median, percentile, wilsonInterval } from './stats.ts';

/** A seeded batch of bot-vs-bot games and its summary (issue 2). */

export interface SimOptions {
  games: number;
  seed: string;
  scenarioId: string;
  us: string;
  china: string;
}

export interface GameRow {
  index: number;
  seed: string;
  winner: GameResult['winner'];
  reason: EndReason;
  rounds: number;
  moves: number;
  /** fingerprint(final state): what `replayGame` reproduces. */
  fingerprint: string;
}

export interface SimSummary {
  games: number;
  seed: string;
  scenario: string;
  bots: { us: string; china: string };
  /** How game i's seed is derived from the run's seed. */
  gameSeeds: string;
  wins: { us: number; china: number; draw: number };
  /** 95% Wilson intervals of each side's win rate. */
  winRateCi95: { us: [number, number]; china: [number, number] };
  endReasons: Record<EndReason, number>;
  lengthRounds: { median: number; p95: number; min: number; max: number };
  movesPerGame: { median: number; p95: number };
  /** fingerprint() of the list of every game's final-state fingerprint, in seed order. */
  fingerprint: string;
}

export interface SimRun {
  summary: SimSummary;
  rows: GameRow[];
}

export function playRow(options: SimOptions, index: number): GameRow {
  const seed = gameSeed(options.seed, index);
  const { state, moveCount } = playGame({
    scenarioId: options.scenarioId,
    seed,
    us: options.us,
    china: options.china,
  });
  const result = state.result;
  if (!result) throw new Error(`game ${seed} ended without a result`);
  return {
    index,
    seed,
    winner: result.winner,
    reason: result.reason,
    rounds: result.round,
    moves: moveCount,
    fingerprint: fingerprint(state),
  };
}

export function summarise(options: SimOptions, rows: readonly GameRow[]): SimSummary {
  const wins = { us: 0, china: 0, draw: 0 };
  const reasons = Object.fromEntries(endReasons.map((reason) => [reason, 0])) as Record<EndReason, number>;
  for (const row of rows) {
    wins[row.winner] += 1;
    reasons[row.reason] += 1;
  }
  const rounds = rows.map((row) => row.rounds);
  const moves = rows.map((row) => row.moves);
  return {
    games: rows.length,
    seed: options.seed,
    scenario: options.scenarioId,
    bots: { us: options.us, china: options.china },
    gameSeeds: `game i (0-based) plays seed "${options.seed}:i"; replay it with --replay "${options.seed}:i"`,
    wins,
    winRateCi95: {
      us: wilsonInterval(wins.us, rows.length),
      china: wilsonInterval(wins.china, rows.length),
    },
    endReasons: reasons,
    lengthRounds: {
      median: median(rounds),
      p95: percentile(rounds, 0.95),
      min: rounds.length ? Math.min(...rounds) : 0,
      max: rounds.length ? Math.max(...rounds) : 0,
    },
    movesPerGame: { median: median(moves), p95: percentile(moves, 0.95) },
    fingerprint: fingerprint(rows.map((row) => row.fingerprint)),
  };
}

export function runSimulation(options: SimOptions): SimRun {
  const rows: GameRow[] = [];
  for (let index = 0; index < options.games; index++) rows.push(playRow(options, index));
  return { summary: summarise(options, rows), rows };
}
