import type { Ctx, Game, Plugin } from 'boardgame.io';
import { ActivePlayers, INVALID_MOVE } from 'boardgame.io/core';
import { z } from 'zod';
import { cloneState } from './clone.ts';
import { baselineScenarioId, scenarioById } from './content/catalog.ts';
import { legalMoves } from './legal.ts';
import type { MoveType } from './moves.ts';
import { applyMoveInPlace, moveTypes } from './moves.ts';
import type { PlayerView } from './observe.ts';
import { isObjectRecord } from './object-record.ts';
import { observe } from './observe.ts';
import { getParameter } from './parameter-paths.ts';
import { createGame, resolveParameters } from './setup.ts';
import type { GameResult, GameState } from './state.ts';
import { stateFromView } from './view-state.ts';
import type { EndReason, Side } from './vocabulary.ts';
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

/**
 * Why a set of overrides cannot set up a game, or undefined when every leaf is known, finite and within
 * its scale: 100 times the scenario's value, or ±1,000 for small leaves. A count such as
 * `start.chinaToolGroups` = 1e8 would have set-up allocate gigabytes at once and end the whole server.
 */
function overridesProblem(overrides: Record<PropertyKey, unknown>, scenarioId: string): string | undefined {
  const scenario = resolveParameters(scenarioId);
  for (const [path, value] of Object.entries(overrides)) {
    if (typeof value !== 'number' || !Number.isFinite(value))
      return `parameter ${path} must be a finite number`;
    const scenarioValue = getParameter(scenario, path);
    if (scenarioValue === undefined) return `unknown parameter: ${path}`;
    const limit = Math.max(overrideScaleFloor, overrideScaleFactor * Math.abs(scenarioValue));
    if (Math.abs(value) > limit) return `parameter ${path} must lie between ${-limit} and ${limit}`;
  }
  return undefined;
}

/**
 * The set-up data a game accepts, whoever sends it (the Lobby, a class, the what-if preview): other
 * fields (a class's facilitator settings, a bot seat) are the server's and pass. The overrides are
 * checked as sent, not copied: a copy would drop a `__proto__` leaf that set-up still reads.
 */
const setupDataSchema = z
  .object(
    {
      scenarioId: z
        .string({ error: 'unknown scenario' })
        .refine((id) => scenarioById(id) !== undefined, 'unknown scenario')
        .optional(),
      seed: z.union([z.string(), z.number()], { error: 'seed must be a string or number' }).optional(),
      overrides: z
        .custom<Record<PropertyKey, unknown>>(isObjectRecord, {
          error: 'overrides must be an object of parameter paths to numbers',
        })
        .optional(),
    },
    { error: 'setupData must be an object' },
  )
  .check((context) => {
    // Leaf by leaf only once the rest is well formed: the scale is the named scenario's.
    if (context.issues.length > 0) return;
    const { scenarioId = baselineScenarioId, overrides } = context.value;
    const problem = overrides && overridesProblem(overrides, scenarioId);
    if (problem !== undefined) context.issues.push({ code: 'custom', message: problem, input: overrides });
  });

const overrideScaleFloor = 1000;
const overrideScaleFactor = 100;

const seatIndex = (side: Side): number => (side === 'us' ? 0 : 1);

/** boardgame.io's `ctx.gameover` for a kernel result (the Game's endIf; a server commit outside a move too). */
export function gameoverOf(
  result: GameResult | null,
): { draw: true; reason: EndReason } | { winner: '0' | '1'; reason: EndReason } | undefined {
  if (!result) return undefined;
  return result.winner === 'draw'
    ? { draw: true, reason: result.reason }
    : { winner: playerIdBySide[result.winner], reason: result.reason };
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
      const fields = isObjectRecord(payload) ? payload : {};
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
    const parsed = setupDataSchema.nullish().safeParse(setupData);
    return parsed.success ? undefined : parsed.error.issues[0]?.message;
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
  endIf: ({ G }) => gameoverOf(G.result),
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
