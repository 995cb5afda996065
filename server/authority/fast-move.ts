import type { ActionShape, Ctx, LogEntry, State } from 'boardgame.io';
import { INVALID_MOVE } from 'boardgame.io/core';
import type { GameState } from '../../rules/index.ts';
import { playerIdBySide, sideOfPlayerId, SiliconCurtain } from '../../rules/index.ts';
import { isObjectRecord } from '../../rules/object-record.ts';

/**
 * A MAKE_MOVE through Silicon Curtain's flow without boardgame.io's reducer, which was a sixth of the
 * server's main thread per move (plugins, immer, flow events) around a kernel move that costs a tenth
 * of that. It produces exactly the state boardgame.io's reducer produces — G from the Game's own move,
 * ctx and deltalog as the Game's two phases make them, asking the Game's own hooks (headline: both seats
 * choose at once; action: one seat until the kernel passes the turn; the game ends when the kernel has a
 * result) — held to it byte for byte by a differential test over random games
 * (test/server/fast-move.test.ts). Anything it does not recognise (another ctx shape, an inactive
 * seat, a move the kernel refuses, a finished game) is left to boardgame.io: the answer is undefined.
 */

type Seat = '0' | '1';

// boardgame.io types active players' stages as strings; ActivePlayers.ALL holds null (no stage).
const bothSeats = (): Ctx['activePlayers'] => ({ '0': null, '1': null }) as unknown as Ctx['activePlayers'];

/** The ctx boardgame.io keeps for this game between moves: anything else goes to its reducer. */
function isKnownShape(state: State): boolean {
  const { ctx, plugins } = state;
  return (
    ctx.numPlayers === 2 &&
    typeof ctx.numMoves === 'number' &&
    isObjectRecord(ctx._activePlayersNumMoves) &&
    ctx.gameover === undefined &&
    ctx.playOrder.length === 2 &&
    ctx.playOrder[0] === '0' &&
    ctx.playOrder[1] === '1' &&
    ctx._activePlayersMinMoves === null &&
    ctx._activePlayersMaxMoves === null &&
    ctx._nextActivePlayers === null &&
    Array.isArray(ctx._prevActivePlayers) &&
    ctx._prevActivePlayers.length === 0 &&
    Array.isArray(state._undo) &&
    state._undo.length === 0 &&
    Array.isArray(state._redo) &&
    state._redo.length === 0 &&
    isObjectRecord(plugins) &&
    Object.keys(plugins).join() === 'random,log,events'
  );
}

/** boardgame.io's view of which seats may move now (its isPlayerActive for this game's phases). */
function mayMove(ctx: Ctx, seat: Seat): boolean {
  if (ctx.phase === 'headline') return isObjectRecord(ctx.activePlayers) && seat in ctx.activePlayers;
  if (ctx.phase === 'action') return ctx.activePlayers === null && ctx.currentPlayer === seat;
  return false;
}

/**
 * The Game's own flow hooks (rules/game.ts), so the conditions live in one place. They read only G and
 * ctx; boardgame.io passes them more.
 */
type FlowHook<T> = ((context: { G: GameState; ctx: Ctx }) => T) | undefined;
interface TurnOrderHooks {
  first?: FlowHook<number>;
  next?: FlowHook<number>;
}
function flowHooks() {
  const headline = SiliconCurtain.phases?.headline;
  const action = SiliconCurtain.phases?.action;
  const order = action?.turn?.order as TurnOrderHooks | undefined;
  const gameover = SiliconCurtain.endIf as FlowHook<unknown>;
  const headlineEnds = headline?.endIf as FlowHook<unknown>;
  const actionEnds = action?.endIf as FlowHook<unknown>;
  const actionTurnEnds = action?.turn?.endIf as FlowHook<unknown>;
  const actionFirst = order?.first;
  const actionNext = order?.next;
  if (!gameover || !headlineEnds || !actionEnds || !actionTurnEnds || !actionFirst || !actionNext)
    return undefined;
  return { gameover, headlineEnds, actionEnds, actionTurnEnds, actionFirst, actionNext };
}
/** Undefined (every move to boardgame.io) if the Game's flow ever lacks one of the hooks modelled here. */
const flow = flowHooks();

/**
 * The ctx fields a new turn at `position` in the play order sets (boardgame.io's EndTurn then StartTurn).
 * Every one of them is already a key of ctx, so spreading them over it keeps boardgame.io's key order.
 */
function nextTurn(
  ctx: Ctx,
  position: number,
): Pick<Ctx, 'turn' | 'currentPlayer' | 'playOrderPos' | 'numMoves'> | undefined {
  const player = ctx.playOrder[position];
  if (player === undefined) return undefined;
  return { turn: ctx.turn + 1, currentPlayer: player, playOrderPos: position, numMoves: 0 };
}

/** The Game's move (rules/game.ts kernelMove): the kernel on a clone of G, frozen at its root. */
type GameMove = (context: { G: GameState; playerID: string }, payload?: unknown) => unknown;
function gameMove(type: string): GameMove | undefined {
  const entry: unknown = Object.hasOwn(SiliconCurtain.moves ?? {}, type)
    ? SiliconCurtain.moves?.[type]
    : undefined;
  return isObjectRecord(entry) && typeof entry.move === 'function' ? (entry.move as GameMove) : undefined;
}

export function fastMakeMove(state: State, action: ActionShape.MakeMove): State | undefined {
  const { ctx } = state;
  const { type, playerID } = action.payload;
  const args: unknown = action.payload.args;
  const side = sideOfPlayerId(playerID);
  const move = gameMove(type);
  if (!flow || !side || !move || !isKnownShape(state)) return undefined;
  const seat = playerIdBySide[side];
  if (!mayMove(ctx, seat)) return undefined;
  // As boardgame.io calls it: the first argument is the move's payload.
  const next = move({ G: state.G as GameState, playerID: seat }, Array.isArray(args) ? args[0] : args);
  if (next === INVALID_MOVE || !isObjectRecord(next)) return undefined;
  const G = next as unknown as GameState;

  // boardgame.io's ProcessMove: the current player's moves and every active seat's moves are counted.
  const movesThisTurn = ctx.numMoves ?? 0;
  const numMoves = seat === ctx.currentPlayer ? movesThisTurn + 1 : movesThisTurn;
  const counted = ctx._activePlayersNumMoves ?? {};
  const activeNumMoves = ctx.activePlayers ? { ...counted, [seat]: (counted[seat] ?? 0) + 1 } : counted;
  const at = { _stateID: state._stateID, turn: ctx.turn, phase: ctx.phase };
  const moved: LogEntry = { action, ...at };
  const event = (payloadOfEvent: { type: string; args?: unknown }, automatic = true): LogEntry =>
    ({
      action: { type: 'GAME_EVENT', payload: payloadOfEvent },
      ...at,
      ...(automatic ? { automatic: true } : {}),
    }) as LogEntry;
  // A phase ended by its endIf: boardgame.io ends the turn, then the phase (both logged as automatic).
  const phaseEnded = [moved, event({ type: 'endTurn' }), event({ type: 'endPhase', args: true })];

  const { headlineEnds, actionEnds, actionTurnEnds, actionFirst, actionNext } = flow;
  const after = { G, ctx };
  let nextCtx: Ctx;
  let deltalog: LogEntry[];
  const gameover = flow.gameover(after);
  if (gameover !== undefined) {
    // The game's endIf ends the phase (no next phase) and the game, in the same turn.
    nextCtx = {
      ...ctx,
      phase: null as unknown as string,
      numMoves,
      _activePlayersNumMoves: activeNumMoves,
      gameover,
    };
    deltalog = [moved, event({ type: 'endPhase' }, false)];
  } else if (ctx.phase === 'headline' && headlineEnds(after)) {
    // Both headlines chosen: the action phase starts where its turn order says.
    const turn = nextTurn(ctx, actionFirst(after));
    if (!turn) return undefined;
    nextCtx = { ...ctx, ...turn, phase: 'action', activePlayers: null, _activePlayersNumMoves: {} };
    deltalog = phaseEnded;
  } else if (ctx.phase === 'action' && actionEnds(after)) {
    // The round is over: the next headline phase, both seats active, boardgame.io's default order
    // moving on by one.
    const turn = nextTurn(ctx, (ctx.playOrderPos + 1) % ctx.playOrder.length);
    if (!turn) return undefined;
    nextCtx = {
      ...ctx,
      ...turn,
      phase: 'headline',
      activePlayers: bothSeats(),
      _activePlayersNumMoves: { '0': 0, '1': 0 },
    };
    deltalog = phaseEnded;
  } else if (ctx.phase === 'action' && actionTurnEnds(after)) {
    // The kernel passed the turn to the other side.
    const turn = nextTurn(ctx, actionNext(after));
    if (!turn) return undefined;
    nextCtx = { ...ctx, ...turn };
    deltalog = [moved, event({ type: 'endTurn', args: true })];
  } else {
    nextCtx = { ...ctx, numMoves, _activePlayersNumMoves: activeNumMoves };
    deltalog = [moved];
  }
  return {
    G,
    ctx: nextCtx,
    plugins: state.plugins,
    _undo: state._undo,
    _redo: state._redo,
    _stateID: state._stateID + 1,
    deltalog,
  };
}
