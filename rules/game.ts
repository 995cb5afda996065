import type { Ctx, Game, Plugin } from 'boardgame.io';
import { ActivePlayers, INVALID_MOVE } from 'boardgame.io/core';
import { cloneState } from './clone.ts';
import { scenarioById } from './content/catalog.ts';
import { defaultParameters } from './content/parameters.ts';
import { legalMoves } from './legal.ts';
import type { MoveType } from './moves.ts';
import { applyMoveInPlace, moveTypes } from './moves.ts';
import type { PlayerView } from './observe.ts';
import { observe } from './observe.ts';
import { getParameter } from './parameter-paths.ts';
import { createGame } from './setup.ts';
import type { GameState } from './state.ts';
import { stateFromView } from './view-state.ts';
import type { Side } from './vocabulary.ts';
import { playerIdBySide, sideOfPlayerId } from './vocabulary.ts';

/**
 * The boardgame.io `Game`: a thin wrapper. Flow comes from boardgame.io (two phases, turn order read
 * from the kernel); every move calls the kernel's rule functions on a clone of the state.
 */

export interface SetupData {
  scenarioId?: string;
  seed?: string | number;
  /** What-if parameter leaves by dotted path over the scenario's (a classroom's form, a designer's sweep). */
  overrides?: Record<string, number>;
}

/** Why a set of overrides cannot set up a game, or undefined when every leaf is known and finite. */
function overridesProblem(overrides: unknown): string | undefined {
  if (overrides === undefined) return undefined;
  if (!isRecord(overrides)) return 'overrides must be an object of parameter paths to numbers';
  for (const [path, value] of Object.entries(overrides)) {
    if (typeof value !== 'number' || !Number.isFinite(value))
      return `parameter ${path} must be a finite number`;
    if (getParameter(defaultParameters, path) === undefined) return `unknown parameter: ${path}`;
  }
  return undefined;
}

const seatIndex = (side: Side): number => (side === 'us' ? 0 : 1);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * boardgame.io hands moves an immer draft of G. Through immer's proxies a kernel move cost ~100
 * times its plain-object cost and was a quarter of the server's CPU per move, so the kernel runs on
 * a plain clone of G instead. Game plugins wrap moves outside boardgame.io's immer wrapper, so this
 * one still sees the plain G and passes it on as `plainG`.
 */
const plainStatePlugin: Plugin<unknown, unknown, GameState> = {
  name: 'plain-state',
  fnWrap:
    (method) =>
    (context, ...args: unknown[]): unknown =>
      method({ ...context, plainG: context.G }, ...args),
};

interface MoveContext {
  G: GameState;
  playerID: string;
  plainG?: GameState;
}

/**
 * The side comes from the authenticated seat, never from the payload. The new state is frozen at its
 * root only, so immer takes it as final without walking and deep-freezing every node (the clone
 * shares untouched entries with the previous state).
 */
function kernelMove(type: MoveType) {
  return {
    move: ({ G, playerID, plainG }: MoveContext, payload?: unknown) => {
      const side = sideOfPlayerId(playerID);
      if (!side) return INVALID_MOVE;
      const fields = isRecord(payload) ? payload : {};
      const next = cloneState(plainG ?? G);
      const rejection = applyMoveInPlace(next, { ...fields, type, side });
      return rejection ? INVALID_MOVE : Object.freeze(next);
    },
    client: false,
  };
}

const moves = Object.fromEntries(moveTypes.map((type) => [type, kernelMove(type)]));

/** Drops `type` and `side` from a kernel move: boardgame.io passes the rest as the move's argument. */
function payloadOf(move: Record<string, unknown>): Record<string, unknown> {
  const { type: _type, side: _side, ...rest } = move;
  return rest;
}

/**
 * boardgame.io hands `ai.enumerate` whatever G its caller holds: the full state on a master, the seat's
 * `playerView` on a client. The rules answer legality from public state and the mover's own hand, so a
 * view of the mover's own seat is enough; a view of another seat cannot say what this seat may do.
 */
function rulesStateFor(G: GameState | PlayerView, side: Side): GameState | undefined {
  if (!('viewer' in G)) return G;
  return G.viewer === side ? stateFromView(G, side) : undefined;
}

export const SiliconCurtain: Game<GameState, Record<string, unknown>, SetupData> = {
  name: 'silicon-curtain',
  minPlayers: 2,
  maxPlayers: 2,
  disableUndo: true,
  plugins: [plainStatePlugin],
  setup: ({ random }, setupData) =>
    createGame({
      scenarioId: setupData?.scenarioId ?? 'baseline-2025',
      seed: setupData?.seed ?? String(Math.floor(random.Number() * 2 ** 52)),
      ...(setupData?.overrides ? { overrides: setupData.overrides } : {}),
    }),
  validateSetupData: (setupData, numPlayers) => {
    if (numPlayers !== 2) return 'Silicon Curtain is a two-player game';
    if (setupData?.scenarioId !== undefined && !scenarioById(setupData.scenarioId)) return 'unknown scenario';
    const seed = setupData?.seed;
    if (seed !== undefined && typeof seed !== 'string' && typeof seed !== 'number')
      return 'seed must be a string or number';
    return overridesProblem(setupData?.overrides);
  },
  moves,
  phases: {
    headline: {
      start: true,
      next: 'action',
      endIf: ({ G }) => G.phase === 'action',
      turn: { activePlayers: ActivePlayers.ALL },
    },
    action: {
      next: 'headline',
      endIf: ({ G }) => G.phase === 'headline',
      turn: {
        order: {
          first: ({ G }) => seatIndex(G.activeSide),
          next: ({ G }) => seatIndex(G.activeSide),
        },
        endIf: ({ G, ctx }) => ctx.currentPlayer !== playerIdBySide[G.activeSide],
      },
    },
  },
  events: {
    endGame: false,
    endPhase: false,
    endTurn: false,
    setPhase: false,
    endStage: false,
    setStage: false,
    pass: false,
    setActivePlayers: false,
  },
  endIf: ({ G }) => {
    if (!G.result) return undefined;
    return G.result.winner === 'draw'
      ? { draw: true, reason: G.result.reason }
      : { winner: playerIdBySide[G.result.winner], reason: G.result.reason };
  },
  playerView: ({ G, playerID }) => observe(G, sideOfPlayerId(playerID) ?? 'spectator'),
  ai: {
    enumerate: (G: GameState | PlayerView, _ctx: Ctx, playerID: string) => {
      const side = sideOfPlayerId(playerID);
      if (!side) return [];
      const state = rulesStateFor(G, side);
      if (!state) return [];
      return legalMoves(state, side).map((move) => ({ move: move.type, args: [payloadOf({ ...move })] }));
    },
  },
};
