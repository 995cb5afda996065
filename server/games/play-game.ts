import type { GameState, Move, Side } from '../../rules/index.ts';
// Rule modules by path, not rules/index.ts: the worker bundle then leaves out boardgame.io (rules/game.ts).
import { legalMoves, sidesToMove } from '../../rules/legal.ts';
import { performMove, whyIllegal } from '../../rules/moves.ts';
import { observe } from '../../rules/observe.ts';
import { createGame } from '../../rules/setup.ts';
import type { Bot } from '../../rules/bots/index.ts';
import { createBot } from '../../rules/bots/index.ts';
import { botSeed } from './seeds.ts';

/** One bot-vs-bot game on the in-place kernel: no JSON, no structuredClone in the loop. */

export interface GameSetup {
  scenarioId: string;
  /** The game seed (see seeds.ts). */
  seed: string;
  us: string;
  china: string;
  /** Parameter leaves by dotted path applied over the scenario's (`--set`, sweep arms). */
  overrides?: Readonly<Record<string, number>>;
}

/** How many times each side took each action of its menu (tracks of one action counted together). */
export type ActionCounts = Record<Side, Record<string, number>>;

/** The same counts by round: entry r − 1 counts the uses in round r (absent actions were never used). */
export type ActionRounds = Record<Side, Record<string, number[]>>;

export interface PlayedGame {
  state: GameState;
  moveCount: number;
  actionCounts: ActionCounts;
  actionRounds: ActionRounds;
  /** The accepted moves in order, when asked for (the bench replays them through boardgame.io). */
  moves: Move[] | undefined;
}

/** A guard against a rules bug that would loop forever: far above any real game's length. */
export const maxMovesPerGame = 20_000;

export function createBots(setup: GameSetup): Record<Side, Bot> {
  return {
    us: createBot(setup.us, botSeed(setup.seed, 'us')),
    china: createBot(setup.china, botSeed(setup.seed, 'china')),
  };
}

export function playGame(
  setup: GameSetup,
  options: { recordMoves?: boolean; bots?: Record<Side, Bot> } = {},
): PlayedGame {
  const state = createGame({
    scenarioId: setup.scenarioId,
    seed: setup.seed,
    ...(setup.overrides ? { overrides: setup.overrides } : {}),
  });
  const bots = options.bots ?? createBots(setup);
  const moves: Move[] | undefined = options.recordMoves ? [] : undefined;
  let moveCount = 0;
  const actionRounds: ActionRounds = { us: {}, china: {} };
  while (!state.result) {
    if (moveCount >= maxMovesPerGame)
      throw new Error(`game ${setup.seed} did not end within ${maxMovesPerGame} moves`);
    const side = sidesToMove(state)[0];
    if (side === undefined) throw new Error(`game ${setup.seed}: no side to move in a running game`);
    const legal = legalMoves(state, side);
    const move = bots[side].chooseMove(observe(state, side), legal);
    const rejection = whyIllegal(state, move);
    if (rejection)
      throw new Error(
        `game ${setup.seed}: bot ${bots[side].name} chose an illegal move (${rejection.message})`,
      );
    // The round before the move: the last action of a round ends it.
    const round = state.round;
    performMove(state, move);
    moves?.push(move);
    if (move.type === 'takeAction') countInRound(actionRounds[side], move.action, round);
    moveCount++;
  }
  return {
    state,
    moveCount,
    actionCounts: { us: totals(actionRounds.us), china: totals(actionRounds.china) },
    actionRounds,
    moves,
  };
}

const totals = (rounds: Readonly<Record<string, number[]>>): Record<string, number> =>
  Object.fromEntries(
    Object.entries(rounds).map(([action, perRound]) => [action, perRound.reduce((a, b) => a + b, 0)]),
  );

function countInRound(rounds: Record<string, number[]>, action: string, round: number): void {
  const perRound = rounds[action] ?? [];
  while (perRound.length < round) perRound.push(0);
  perRound[round - 1] = (perRound[round - 1] ?? 0) + 1;
  rounds[action] = perRound;
}
