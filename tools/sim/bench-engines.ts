import type { GameState, Move } from '../../rules/index.ts';
import { createGame, fingerprint, performMove, whyIllegal } from '../../rules/index.ts';
import { playThroughBgio, replayThroughBgio } from './bgio-replay.ts';
import type { MoveBreakdown } from './breakdown.ts';
import type { DecisionTiming } from './decision-timing.ts';
import { timeDecisions } from './decision-timing.ts';
import { measureBreakdown } from './breakdown.ts';
import type { GameSetup } from '../../server/games/play-game.ts';
import { playGame } from '../../server/games/play-game.ts';
import { elapsedSeconds, nowMs } from '../../server/games/timer.ts';

/**
 * The two sides of the bench (tools/sim/bench.ts), each run in its own worker thread. They must not
 * share a thread: boardgame.io runs the kernel's rule functions on immer drafts (proxies), and once
 * those functions have seen drafts the JIT's type feedback no longer fits plain states, which made the
 * kernel's own play 1.7 times slower in the same isolate. Each engine is measured as it runs alone.
 */

export interface RecordedGame {
  setup: GameSetup;
  moves: Move[];
  fingerprint: string;
}

/**
 * One turn's timings on one engine: random play of its games, then replay of their recorded moves. Wall
 * seconds, and CPU seconds of the process (the other engine's thread is idle meanwhile, waiting for its
 * turn; the engine's own garbage-collector and compiler threads count).
 */
export interface GameTiming {
  playSeconds: number;
  playCpuSeconds: number;
  playMoves: number;
  replaySeconds: number;
  replayCpuSeconds: number;
  replayMoves: number;
  /** Every run ended in the recorded final state (checked on the boardgame.io side). */
  matches: boolean;
}

export type EngineRequest =
  | { kind: 'record'; setups: GameSetup[] }
  | { kind: 'load'; games: RecordedGame[] }
  | { kind: 'warm'; games: number }
  | { kind: 'games'; indices: number[] }
  | { kind: 'extras'; greedySetups: GameSetup[]; searchSetups: GameSetup[]; searchBot: string };

export interface Extras {
  breakdown: MoveBreakdown;
  greedy: { games: number; moves: number; seconds: number };
  search: DecisionTiming;
}

export type EngineReply =
  | { kind: 'recorded'; games: RecordedGame[] }
  | { kind: 'ready' }
  | { kind: 'timing'; timing: GameTiming }
  | { kind: 'extras'; extras: Extras }
  | { kind: 'error'; message: string };

export type EngineRole = 'kernel' | 'bgio';

function kernelReplay(game: RecordedGame): void {
  const state = createGame({ scenarioId: game.setup.scenarioId, seed: game.setup.seed });
  for (const move of game.moves) {
    if (whyIllegal(state, move)) throw new Error(`kernel replay of ${game.setup.seed} diverged`);
    performMove(state, move);
  }
}

function record(setups: readonly GameSetup[]): RecordedGame[] {
  return setups.map((setup) => {
    const played = playGame(setup, { recordMoves: true });
    return { setup, moves: played.moves ?? [], fingerprint: fingerprint(played.state) };
  });
}

interface Measured {
  seconds: number;
  cpuSeconds: number;
}

function measured(work: () => void): Measured {
  const cpu = process.cpuUsage();
  const start = nowMs();
  work();
  const seconds = elapsedSeconds(start);
  const used = process.cpuUsage(cpu);
  return { seconds, cpuSeconds: (used.user + used.system) / 1e6 };
}

function timing(
  games: readonly RecordedGame[],
  play: (game: RecordedGame) => void,
  replay: (game: RecordedGame) => void,
): GameTiming {
  const moves = games.reduce((sum, game) => sum + game.moves.length, 0);
  const played = measured(() => {
    for (const game of games) play(game);
  });
  const replayed = measured(() => {
    for (const game of games) replay(game);
  });
  return {
    playSeconds: played.seconds,
    playCpuSeconds: played.cpuSeconds,
    playMoves: moves,
    replaySeconds: replayed.seconds,
    replayCpuSeconds: replayed.cpuSeconds,
    replayMoves: moves,
    matches: true,
  };
}

function kernelTiming(games: readonly RecordedGame[]): GameTiming {
  return timing(
    games,
    (game) => {
      playGame(game.setup);
    },
    kernelReplay,
  );
}

function bgioTiming(games: readonly RecordedGame[]): GameTiming {
  // The final states are kept and fingerprinted after the timings: the kernel's side takes none.
  const played: { game: RecordedGame; G: GameState; moveCount: number }[] = [];
  const replayed: { game: RecordedGame; G: GameState }[] = [];
  const result = timing(
    games,
    (game) => {
      played.push({ game, ...playThroughBgio(game.setup) });
    },
    (game) => {
      const { scenarioId, seed } = game.setup;
      replayed.push({ game, G: replayThroughBgio({ scenarioId, seed, moves: game.moves }) });
    },
  );
  const matches =
    played.every(
      ({ game, G, moveCount }) => moveCount === game.moves.length && fingerprint(G) === game.fingerprint,
    ) && replayed.every(({ game, G }) => fingerprint(G) === game.fingerprint);
  return { ...result, matches };
}

/** Answers the bench's requests for one engine; keeps the recorded games between requests. */
export function createEngine(role: EngineRole): (request: EngineRequest) => EngineReply {
  let games: RecordedGame[] = [];
  const game = (index: number): RecordedGame => {
    const found = games[index];
    if (!found) throw new Error(`bench: no recorded game ${index}`);
    return found;
  };
  return (request) => {
    switch (request.kind) {
      case 'record':
        games = record(request.setups);
        return { kind: 'recorded', games };
      case 'load':
        games = request.games;
        return { kind: 'ready' };
      case 'warm':
        // Every path this engine times, before any timing.
        if (role === 'kernel') kernelTiming(games.slice(0, request.games));
        else bgioTiming(games.slice(0, request.games));
        return { kind: 'ready' };
      case 'games': {
        const chosen = request.indices.map(game);
        return { kind: 'timing', timing: role === 'kernel' ? kernelTiming(chosen) : bgioTiming(chosen) };
      }
      case 'extras': {
        const breakdown = measureBreakdown(games.map((each) => each.setup));
        const start = nowMs();
        let moves = 0;
        for (const setup of request.greedySetups) moves += playGame(setup).moveCount;
        const seconds = elapsedSeconds(start);
        const search = timeDecisions(request.searchSetups, request.searchBot);
        return {
          kind: 'extras',
          extras: { breakdown, greedy: { games: request.greedySetups.length, moves, seconds }, search },
        };
      }
    }
  };
}
