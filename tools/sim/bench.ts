import { baselineScenarioId } from '../../rules/content/catalog.ts';
import type { EngineReply, EngineRequest, Extras, GameTiming, RecordedGame } from './bench-engines.ts';
import type { MoveBreakdown } from './breakdown.ts';
import type { DecisionTiming } from './decision-timing.ts';
import type { GameSetup } from '../../server/games/play-game.ts';
import { gameSeed } from '../../server/games/seeds.ts';

/**
 * The kernel's speed against boardgame.io's, on the same seeded random-vs-random games, each engine in
 * its own worker thread (tools/sim/bench-engines.ts says why). Run with NODE_ENV=production
 * (tools/cli/bench.ts sets it before anything loads boardgame.io).
 *
 * Both engines do the same work in each comparison. Random play: per move the same `legalMoves`, the
 * same `observe` (the bot's view) and the same random bot's choice, then the engine applies the move; the
 * kernel checks and applies it in place, boardgame.io runs its reducer (flow, validation, the kernel's
 * move on an immer draft). Replay: the recorded moves only. Each side sets its games up inside its
 * timing (createGame / InitializeGame).
 *
 * The machine may be busy with other work: the engines take turns game by game, so load that comes and
 * goes falls on both alike. On its turn for game i the kernel plays games i to i + kernelRepeats - 1
 * (each game is so played kernelRepeats times over the run, never twice in a row), which makes both
 * engines' turns tens of milliseconds long: turns of very different lengths would be preempted
 * differently by a busy scheduler. CPU-time rates are reported beside the wall-clock ones.
 */

export interface BenchOptions {
  games: number;
  greedyGames: number;
  /** Games of the search bot against itself whose decisions are timed. */
  searchGames: number;
  seed: string;
  scenarioId: string;
}

export const defaultBenchOptions: BenchOptions = {
  games: 300,
  greedyGames: 30,
  searchGames: 2,
  seed: 'bench',
  scenarioId: baselineScenarioId,
};

/** What each rate measures, printed with the numbers. */
export const benchMeasures = {
  movesPerSec:
    'kernel random play: per move legalMoves, observe, the random bot, whyIllegal and performMove in place; createGame per game',
  bgioMovesPerSec:
    "boardgame.io random play of the same games: per move the same legalMoves, observe and random bot on G, then boardgame.io's reducer (MAKE_MOVE); InitializeGame per game",
  speedup: 'movesPerSec / bgioMovesPerSec: random play against random play',
  kernelReplayMovesPerSec:
    'kernel replay of the recorded moves: whyIllegal and performMove; createGame per game',
  bgioReplayMovesPerSec:
    'boardgame.io replay of the recorded moves: its reducer only; InitializeGame per game',
  replaySpeedup: 'kernelReplayMovesPerSec / bgioReplayMovesPerSec: replay against replay',
  cpu: 'the same ratios from the CPU time of the process during each turn (*CpuMovesPerSec, *Cpu)',
  search:
    'mcts:200 against itself: milliseconds per choice with two legal moves or more, median and 95th percentile',
  timing:
    'wall clock; each engine in its own worker thread; turns game by game: the kernel plays then replays games i..i+kernelRepeats-1, then boardgame.io plays then replays game i',
} as const;

export interface BenchReport {
  nodeEnv: string | undefined;
  /** How the measured code ran: esbuild bundles or TypeScript under tsx. */
  runtime: string;
  scenario: string;
  seed: string;
  games: number;
  moves: number;
  measures: typeof benchMeasures;
  kernelRepeats: number;
  movesPerSec: number;
  gamesPerSec: number;
  bgioMovesPerSec: number;
  speedup: number;
  kernelReplayMovesPerSec: number;
  bgioReplayMovesPerSec: number;
  replaySpeedup: number;
  cpu: {
    movesPerSec: number;
    bgioMovesPerSec: number;
    speedup: number;
    kernelReplayMovesPerSec: number;
    bgioReplayMovesPerSec: number;
    replaySpeedup: number;
  };
  /** Every boardgame.io game, played and replayed, ended in the kernel's final state. */
  fingerprintsMatch: boolean;
  /** Kernel random play, microseconds per move by step. */
  breakdown: MoveBreakdown;
  greedy: { games: number; moves: number; gamesPerSec: number; movesPerSec: number };
  /** The search bot against itself: milliseconds per real choice (two legal moves or more). */
  search: DecisionTiming & { targetMedianMs: number };
}

/** Sends a request to one engine's worker and waits for its reply. */
export type Engine = (request: EngineRequest) => Promise<EngineReply>;

const round = (value: number): number => Math.round(value);
const ratio = (a: number, b: number): number => Math.round((a / b) * 100) / 100;

/** Games the kernel plays (and replays) per boardgame.io game: turns of comparable length. */
export const kernelRepeats = 100;
const warmUpGames = 30;

/** The search-speed target: `mcts:200` decisions at most this many milliseconds at the median. */
const searchBot = 'mcts:200';
const searchTargetMedianMs = 10;

function setupOf(options: BenchOptions, index: number, bot: string): GameSetup {
  return { scenarioId: options.scenarioId, seed: gameSeed(options.seed, index), us: bot, china: bot };
}

async function ask<K extends EngineReply['kind']>(
  engine: Engine,
  request: EngineRequest,
  kind: K,
): Promise<Extract<EngineReply, { kind: K }>> {
  const reply = await engine(request);
  if (reply.kind === 'error') throw new Error(`bench engine: ${reply.message}`);
  if (reply.kind !== kind) throw new Error(`bench engine answered ${reply.kind}, not ${kind}`);
  return reply as Extract<EngineReply, { kind: K }>;
}

type Totals = Omit<GameTiming, 'matches'>;

const noTime = (): Totals => ({
  playSeconds: 0,
  playCpuSeconds: 0,
  playMoves: 0,
  replaySeconds: 0,
  replayCpuSeconds: 0,
  replayMoves: 0,
});

function add(totals: Totals, timing: GameTiming): void {
  totals.playSeconds += timing.playSeconds;
  totals.playCpuSeconds += timing.playCpuSeconds;
  totals.playMoves += timing.playMoves;
  totals.replaySeconds += timing.replaySeconds;
  totals.replayCpuSeconds += timing.replayCpuSeconds;
  totals.replayMoves += timing.replayMoves;
}

export async function runBench(
  options: BenchOptions,
  engines: { kernel: Engine; bgio: Engine },
  runtime: string,
  nodeEnv: string | undefined,
): Promise<BenchReport> {
  const setups = Array.from({ length: options.games }, (_, i) => setupOf(options, i, 'random'));
  const { games } = await ask(engines.kernel, { kind: 'record', setups }, 'recorded');
  await ask(engines.bgio, { kind: 'load', games }, 'ready');
  await ask(engines.kernel, { kind: 'warm', games: warmUpGames }, 'ready');
  await ask(engines.bgio, { kind: 'warm', games: warmUpGames }, 'ready');
  const kernel = noTime();
  const bgio = noTime();
  let fingerprintsMatch = true;
  for (let index = 0; index < games.length; index++) {
    const window = Array.from({ length: kernelRepeats }, (_, k) => (index + k) % games.length);
    add(kernel, (await ask(engines.kernel, { kind: 'games', indices: window }, 'timing')).timing);
    const { timing } = await ask(engines.bgio, { kind: 'games', indices: [index] }, 'timing');
    add(bgio, timing);
    if (!timing.matches) fingerprintsMatch = false;
  }
  const greedySetups = Array.from({ length: options.greedyGames }, (_, i) => setupOf(options, i, 'greedy'));
  const searchSetups = Array.from({ length: options.searchGames }, (_, i) => setupOf(options, i, searchBot));
  const { extras } = await ask(
    engines.kernel,
    { kind: 'extras', greedySetups, searchSetups, searchBot },
    'extras',
  );
  return report(options, games, { kernel, bgio, fingerprintsMatch, extras, runtime, nodeEnv });
}

function report(
  options: BenchOptions,
  games: readonly RecordedGame[],
  measured: {
    kernel: Totals;
    bgio: Totals;
    fingerprintsMatch: boolean;
    extras: Extras;
    runtime: string;
    nodeEnv: string | undefined;
  },
): BenchReport {
  const { kernel, bgio, extras } = measured;
  const moves = games.reduce((sum, game) => sum + game.moves.length, 0);
  const play = kernel.playMoves / kernel.playSeconds;
  const bgioPlay = bgio.playMoves / bgio.playSeconds;
  const replay = kernel.replayMoves / kernel.replaySeconds;
  const bgioReplay = bgio.replayMoves / bgio.replaySeconds;
  const greedySeconds = extras.greedy.seconds;
  const cpuPlay = kernel.playMoves / kernel.playCpuSeconds;
  const cpuBgioPlay = bgio.playMoves / bgio.playCpuSeconds;
  const cpuReplay = kernel.replayMoves / kernel.replayCpuSeconds;
  const cpuBgioReplay = bgio.replayMoves / bgio.replayCpuSeconds;
  return {
    nodeEnv: measured.nodeEnv,
    runtime: measured.runtime,
    scenario: options.scenarioId,
    seed: options.seed,
    games: options.games,
    moves,
    measures: benchMeasures,
    kernelRepeats,
    movesPerSec: round(play),
    gamesPerSec: ratio(play, moves / options.games),
    bgioMovesPerSec: round(bgioPlay),
    speedup: ratio(play, bgioPlay),
    kernelReplayMovesPerSec: round(replay),
    bgioReplayMovesPerSec: round(bgioReplay),
    replaySpeedup: ratio(replay, bgioReplay),
    cpu: {
      movesPerSec: round(cpuPlay),
      bgioMovesPerSec: round(cpuBgioPlay),
      speedup: ratio(cpuPlay, cpuBgioPlay),
      kernelReplayMovesPerSec: round(cpuReplay),
      bgioReplayMovesPerSec: round(cpuBgioReplay),
      replaySpeedup: ratio(cpuReplay, cpuBgioReplay),
    },
    fingerprintsMatch: measured.fingerprintsMatch,
    breakdown: extras.breakdown,
    greedy: {
      games: extras.greedy.games,
      moves: extras.greedy.moves,
      gamesPerSec: greedySeconds > 0 ? ratio(extras.greedy.games, greedySeconds) : 0,
      movesPerSec: greedySeconds > 0 ? round(extras.greedy.moves / greedySeconds) : 0,
    },
    search: { ...extras.search, targetMedianMs: searchTargetMedianMs },
  };
}
