import { moveTypes } from '../../rules/index.ts';
import type { ServerRejection } from './errors.ts';
import { refuse } from './errors.ts';
import type { Seat } from './seats.ts';
import { parseSeat } from './seats.ts';

/** A move as a client may send it: boardgame.io's MAKE_MOVE, nothing else. */
export interface ClientMove {
  moveType: (typeof moveTypes)[number];
  /** The move's fields (boardgame.io's `args[0]`), still untrusted: the kernel parses them. */
  fields: Record<string, unknown>;
  payloadSeat: Seat;
  credentials: unknown;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A client-sent value named in an error message: short strings as they are, anything else by type. */
function label(value: unknown): string {
  if (typeof value === 'string') return value.length > 40 ? `${value.slice(0, 40)}…` : value;
  return value === null ? 'null' : typeof value;
}

const isMoveType = (value: unknown): value is ClientMove['moveType'] =>
  typeof value === 'string' && (moveTypes as readonly string[]).includes(value);

/**
 * Accepts only `{ type: 'MAKE_MOVE', payload: { type, args, playerID, credentials } }` for one of the
 * Game's moves. UPDATE / PATCH / RESET / SYNC / UNDO / REDO / PLUGIN and every GAME_EVENT (the Game
 * disables all events) are refused: clients never write state, the server computes it.
 */
export function parseClientMove(action: unknown): ClientMove | ServerRejection {
  if (!isRecord(action)) return refuse('malformedMessage', 'an action is an object');
  if (action.type !== 'MAKE_MOVE')
    return refuse('forbiddenAction', `action type ${label(action.type)} is not accepted from clients`);
  const payload = action.payload;
  if (!isRecord(payload)) return refuse('malformedMessage', 'the action has no payload');
  if (!isMoveType(payload.type)) return refuse('malformedMessage', `unknown move: ${label(payload.type)}`);
  const payloadSeat = parseSeat(payload.playerID);
  if (!payloadSeat) return refuse('seatMismatch', 'the move names no valid seat');
  const args: unknown = payload.args;
  let fields: Record<string, unknown> = {};
  if (Array.isArray(args)) {
    if (args.length > 1) return refuse('malformedMessage', 'a move takes at most one argument');
    const first: unknown = args[0];
    if (first !== undefined && !isRecord(first))
      return refuse('malformedMessage', 'move arguments are an object');
    if (first) fields = first;
  } else if (args !== undefined && args !== null) {
    return refuse('malformedMessage', 'move arguments are a list');
  }
  return { moveType: payload.type, fields, payloadSeat, credentials: payload.credentials };
}
