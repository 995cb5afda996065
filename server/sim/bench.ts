import type { Move } from '../../rules/index.ts';
import { baselineScenarioId, createGame, fingerprint, performMove, whyIllegal } from '../../rules/index.ts';
import { replayThroughBgio } from './bgio-replay.ts';
import type { MoveBreakdown } from './breakdown.ts';
import { measureBreakdown } from './breakdown.ts';
import { playGame } from './play-game.ts';
import { gameSeed } from './seeds.ts';
import { elapsedSeconds, nowMs } from './timer.ts';

/**
 * The kernel's speed against boardgame.io's reducer, on the same seeded random-vs-random games. Run it
 * with NODE_ENV=production (server/cli/bench.ts sets it before boardgame.io loads).
 */

export interface BenchOptions {
  games: number;
  greedyGames: number;
  seed: string;
  scenarioId: string;
}

export const defaultBenchOptions: BenchOptions = {
  games: 300,
  greedyGames: 30,
  seed: 'bench',
  scenarioId: baselineScenarioId,
};

export interface BenchReport {
  nodeEnv: string | undefined;
  scenario: string;
  seed: string;
  games: number;
  moves: number;
  /** Kernel random play: legal-move generation, view, bot choice, check and apply, per move. */
  movesPerSec: number;
  gamesPerSec: number;
  /** Kernel replay of the same recorded moves: check and apply only (what boardgame.io does too). */
  kernelReplayMovesPerSec: number;
  /** boardgame.io's reducer replaying the same moves. */
  bgioMovesPerSec: number;
  /** movesPerSec / bgioMovesPerSec. */
  speedup: number;
  /** kernelReplayMovesPerSec / bgioMovesPerSec: the like-for-like ratio. */
  replaySpeedup: number;
  fingerprintsMatch: boolean;
  /** Kernel random play, microseconds per move by step. */
  breakdown: MoveBreakdown;
  greedy: { games: number; moves: number; gamesPerSec: number; movesPerSec: number };
}

interface Recorded {
  seed: string;
  moves: Move[];
  fingerprint: string;
}

const round = (value: number): number => Math.round(value);
const ratio = (a: number, b: number): number => Math.round((a / b) * 100) / 100;

/** Repeats `pass` over the same games until `minSeconds` have passed, so short runs are not just noise. */
function repeatFor(minSeconds: number, pass: () => number): { seconds: number; moves: number } {
  const start = nowMs();
  let moves = 0;
  do moves += pass();
  while (elapsedSeconds(start) < minSeconds);
  return { seconds: elapsedSeconds(start), moves };
}

function randomPlayPass(options: BenchOptions, games: number): number {
  let moves = 0;
  for (let i = 0; i < games; i++) {
    const seed = gameSeed(options.seed, i);
    moves += playGame({ scenarioId: options.scenarioId, seed, us: 'random', china: 'random' }).moveCount;
  }
  return moves;
}

function record(options: BenchOptions): Recorded[] {
  const games: Recorded[] = [];
  for (let i = 0; i < options.games; i++) {
    const seed = gameSeed(options.seed, i);
    const setup = { scenarioId: options.scenarioId, seed, us: 'random', china: 'random' };
    const played = playGame(setup, { recordMoves: true });
    games.push({ seed, moves: played.moves ?? [], fingerprint: fingerprint(played.state) });
  }
  return games;
}

function kernelReplayPass(options: BenchOptions, games: readonly Recorded[]): number {
  let moves = 0;
  for (const game of games) {
    const state = createGame({ scenarioId: options.scenarioId, seed: game.seed });
    for (const move of game.moves) {
      if (whyIllegal(state, move)) throw new Error(`kernel replay of ${game.seed} diverged`);
      performMove(state, move);
    }
    moves += game.moves.length;
  }
  return moves;
}

function bgioPass(options: BenchOptions, games: readonly Recorded[]): boolean {
  let match = true;
  for (const game of games) {
    const finalG = replayThroughBgio({ scenarioId: options.scenarioId, seed: game.seed, moves: game.moves });
    if (fingerprint(finalG) !== game.fingerprint) match = false;
  }
  return match;
}

function timedGreedyPlay(options: BenchOptions): BenchReport['greedy'] {
  const start = nowMs();
  let moves = 0;
  for (let i = 0; i < options.greedyGames; i++) {
    const setup = {
      scenarioId: options.scenarioId,
      seed: gameSeed(options.seed, i),
      us: 'greedy',
      china: 'greedy',
    };
    moves += playGame(setup).moveCount;
  }
  const seconds = elapsedSeconds(start);
  return {
    games: options.greedyGames,
    moves,
    gamesPerSec: ratio(options.greedyGames, seconds),
    movesPerSec: round(moves / seconds),
  };
}

/** Seconds each kernel measurement repeats its games for at least. */
const minKernelSeconds = 2;
const warmUpGames = 30;

export function runBench(options: BenchOptions): BenchReport {
  const games = record(options);
  const warmUp = games.slice(0, warmUpGames);
  // Warm the JIT up on every path before timing any of them.
  randomPlayPass(options, warmUp.length);
  kernelReplayPass(options, warmUp);
  bgioPass(options, warmUp);
  const random = repeatFor(minKernelSeconds, () => randomPlayPass(options, options.games));
  const replay = repeatFor(minKernelSeconds, () => kernelReplayPass(options, games));
  const bgioStart = nowMs();
  const fingerprintsMatch = bgioPass(options, games);
  const bgioSeconds = elapsedSeconds(bgioStart);
  const moves = games.reduce((sum, game) => sum + game.moves.length, 0);
  const movesPerSec = random.moves / random.seconds;
  const bgioMovesPerSec = moves / bgioSeconds;
  const kernelReplayMovesPerSec = replay.moves / replay.seconds;
  return {
    nodeEnv: process.env.NODE_ENV,
    scenario: options.scenarioId,
    seed: options.seed,
    games: options.games,
    moves,
    movesPerSec: round(movesPerSec),
    gamesPerSec: ratio(movesPerSec, moves / options.games),
    kernelReplayMovesPerSec: round(kernelReplayMovesPerSec),
    bgioMovesPerSec: round(bgioMovesPerSec),
    speedup: ratio(movesPerSec, bgioMovesPerSec),
    replaySpeedup: ratio(kernelReplayMovesPerSec, bgioMovesPerSec),
    fingerprintsMatch,
    breakdown: measureBreakdown(
      games.map((game) => ({
        scenarioId: options.scenarioId,
        seed: game.seed,
        us: 'random',
        china: 'random',
      })),
    ),
    greedy: timedGreedyPlay(options),
  };
}
