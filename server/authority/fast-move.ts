import type { ActionShape, Ctx, LogEntry, State } from 'boardgame.io';
import type { GameState, Move, Side } from '../../rules/index.ts';
import {
  applyMoveInPlace,
  cloneState,
  moveTypes,
  playerIdBySide,
  sideOfPlayerId,
  SiliconCurtain,
} from '../../rules/index.ts';

/**
 * A MAKE_MOVE through Silicon Curtain's flow without boardgame.io's reducer, which was a sixth of the
 * server's main thread per move (plugins, immer, flow events) around a kernel move that costs a tenth
 * of that. It produces exactly the state boardgame.io's reducer produces — G from the same kernel call
 * as the Game's move wrapper, ctx and deltalog as the Game's two phases make them (headline: both seats
 * choose at once; action: one seat until the kernel passes the turn; the game ends when the kernel has a
 * result) — held to it byte for byte by a differential test over random games
 * (test/server/fast-move.test.ts). Anything it does not recognise (another ctx shape, an inactive
 * seat, a move the kernel refuses, a finished game) is left to boardgame.io: the answer is undefined.
 */

type Seat = '0' | '1';

const moveTypeSet: ReadonlySet<string> = new Set(moveTypes);
// boardgame.io types active players' stages as strings; ActivePlayers.ALL holds null (no stage).
const bothSeats = (): Ctx['activePlayers'] => ({ '0': null, '1': null }) as unknown as Ctx['activePlayers'];

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The ctx boardgame.io keeps for this game between moves: anything else goes to its reducer. */
function isKnownShape(state: State): boolean {
  const { ctx, plugins } = state;
  return (
    ctx.numPlayers === 2 &&
    typeof ctx.numMoves === 'number' &&
    isRecord(ctx._activePlayersNumMoves) &&
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
    isRecord(plugins) &&
    Object.keys(plugins).join() === 'random,log,events'
  );
}

/** boardgame.io's view of which seats may move now (its isPlayerActive for this game's phases). */
function mayMove(ctx: Ctx, seat: Seat): boolean {
  if (ctx.phase === 'headline') return isRecord(ctx.activePlayers) && seat in ctx.activePlayers;
  if (ctx.phase === 'action') return ctx.activePlayers === null && ctx.currentPlayer === seat;
  return false;
}

/** The Game's own endIf: the result the kernel reached, as boardgame.io's gameover. */
const gameEndIf = SiliconCurtain.endIf as ((context: { G: GameState }) => unknown) | undefined;

const seatIndexOf = (side: Side): number => (side === 'us' ? 0 : 1);

export function fastMakeMove(state: State, action: ActionShape.MakeMove): State | undefined {
  const { ctx } = state;
  const { type, playerID } = action.payload;
  const args: unknown = action.payload.args;
  const side = sideOfPlayerId(playerID);
  if (!side || !moveTypeSet.has(type) || !isKnownShape(state)) return undefined;
  const seat = playerIdBySide[side];
  if (!mayMove(ctx, seat)) return undefined;

  // The Game's move wrapper (rules/game.ts kernelMove): the kernel on a clone, frozen at its root.
  const payload: unknown = Array.isArray(args) ? args[0] : args;
  const fields = isRecord(payload) ? payload : {};
  const G = cloneState(state.G as GameState);
  if (applyMoveInPlace(G, { ...fields, type: type as Move['type'], side })) return undefined;
  Object.freeze(G);

  // boardgame.io's ProcessMove: the current player's moves and every active seat's moves are counted.
  const movesThisTurn = ctx.numMoves ?? 0;
  const numMoves = seat === ctx.currentPlayer ? movesThisTurn + 1 : movesThisTurn;
  const counted = ctx._activePlayersNumMoves ?? {};
  const activeNumMoves = ctx.activePlayers ? { ...counted, [seat]: (counted[seat] ?? 0) + 1 } : counted;
  const at = { _stateID: state._stateID, turn: ctx.turn, phase: ctx.phase };
  const moved: LogEntry = { action, ...at };
  const event = (payloadOfEvent: { type: string; args?: unknown }, automatic: boolean): LogEntry =>
    (automatic
      ? { action: { type: 'GAME_EVENT', payload: payloadOfEvent }, ...at, automatic: true }
      : { action: { type: 'GAME_EVENT', payload: payloadOfEvent }, ...at }) as LogEntry;

  let nextCtx: Ctx;
  let deltalog: LogEntry[];
  const gameover = gameEndIf?.({ G });
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
  } else if (ctx.phase === 'headline' && G.phase === 'action') {
    // Both headlines chosen: the action phase starts with the kernel's active side.
    const position = seatIndexOf(G.activeSide);
    nextCtx = {
      ...ctx,
      turn: ctx.turn + 1,
      currentPlayer: ctx.playOrder[position] ?? seat,
      playOrderPos: position,
      phase: 'action',
      activePlayers: null,
      _activePlayersNumMoves: {},
      numMoves: 0,
    };
    deltalog = [moved, event({ type: 'endTurn' }, true), event({ type: 'endPhase', args: true }, true)];
  } else if (ctx.phase === 'action' && G.phase === 'headline') {
    // The round is over: the next headline phase, both seats active, turn order moving on by one.
    const position = (ctx.playOrderPos + 1) % ctx.playOrder.length;
    nextCtx = {
      ...ctx,
      turn: ctx.turn + 1,
      currentPlayer: ctx.playOrder[position] ?? seat,
      playOrderPos: position,
      phase: 'headline',
      activePlayers: bothSeats(),
      _activePlayersNumMoves: { '0': 0, '1': 0 },
      numMoves: 0,
    };
    deltalog = [moved, event({ type: 'endTurn' }, true), event({ type: 'endPhase', args: true }, true)];
  } else if (ctx.phase === 'action' && seat !== playerIdBySide[G.activeSide]) {
    // The kernel passed the turn to the other side.
    const position = seatIndexOf(G.activeSide);
    nextCtx = {
      ...ctx,
      turn: ctx.turn + 1,
      currentPlayer: ctx.playOrder[position] ?? seat,
      playOrderPos: position,
      numMoves: 0,
    };
    deltalog = [moved, event({ type: 'endTurn', args: true }, true)];
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
