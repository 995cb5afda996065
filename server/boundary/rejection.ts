import type { InjectionRejectionCode, RejectionCode as KernelRejectionCode } from '../../rules/index.ts';

/**
 * The one way the server says no: a typed code (for programs) and a message in plain words (for people),
 * on every surface — the socket's `rejected` event, every HTTP error body `{error: {code, message}}`, the
 * classroom's per-table answers. The HTTP status of a refusal is its code's, from the table below and
 * nowhere else.
 */

/**
 * Every code and its HTTP status: the one table. Socket-only codes have a status too, so that the table is
 * total. Codes that look alike but answer with different statuses are different codes on purpose (the
 * Lobby API answers 403 where boardgame.io's does, the classroom 401 for a missing or wrong key).
 */
// The rules' codes are ours as they are (`satisfies` below): a new one there fails to compile until it is here.
export const httpStatusByCode = {
  // A message or body that is not what the route takes (shape, type, range, extra keys).
  malformedMessage: 400,
  // A body or socket message over its size limit.
  messageTooLarge: 413,
  // Socket: an action a client may not send (UPDATE, PATCH, events...: the server computes state).
  forbiddenAction: 403,
  // No or wrong credentials, key or token (socket seats, classroom keys and student tokens).
  unauthorized: 401,
  // A seat that is not "0" or "1", or not the socket's own (the Lobby's join answers 404: no such seat).
  seatMismatch: 404,
  // Lobby (leave, update, playAgain): no such seat or not its credentials, 403 as boardgame.io answers.
  seatForbidden: 403,
  // Lobby: a player name that is empty or too long, 403 as boardgame.io answers.
  invalidName: 403,
  // Lobby: what the class does for a class table's seat (leaving it; its rematch, with no classroom here).
  classTable: 403,
  notSynced: 409,
  staleState: 409,
  inactivePlayer: 409,
  invalidMove: 422,
  conflict: 409,
  rateLimited: 429,
  chatTooLong: 400,
  shuttingDown: 503,
  internalError: 500,
  outOfTime: 409,
  rulesVersionClosed: 410,
  paused: 409,
  // HTTP routes and the Lobby.
  notFound: 404,
  methodNotAllowed: 405,
  originNotAllowed: 403,
  gameNotFound: 404,
  matchNotFound: 404,
  matchExpired: 410,
  matchNotFinished: 403,
  // Classroom.
  sessionNotFound: 404,
  // A table named in a request body that the session does not have.
  unknownTable: 400,
  // A table named in the path (an export) that the session does not have.
  tableNotFound: 404,
  unknownStudent: 400,
  sideHasBot: 409,
  alreadyStarted: 409,
  wrongCode: 404,
  nameTaken: 409,
  classFull: 409,
  notSeated: 409,
  tooManyProposals: 409,
  badTurnSeconds: 400,
  // A table's rematch beyond the session's games per table.
  tooManyGames: 409,
  // The what-if preview.
  invalidRequest: 400,
  unknownScenario: 400,
  invalidOverrides: 400,
  busy: 429,
  timedOut: 503,
  gamesFailed: 422,
  // A request its client gave up: never sent (nobody is listening), nginx's 499 for the logs.
  abandoned: 499,
  // The kernel's move refusals (rules/moves.ts), as they reach a socket.
  malformedMove: 400,
  gameOver: 409,
  wrongPhase: 409,
  notYourTurn: 409,
  headlineAlreadyChosen: 409,
  cardNotInHand: 409,
  rivalEventNotPlayable: 409,
  alreadyShelved: 409,
  opsInProgress: 409,
  noOpsInProgress: 409,
  actionNotForSide: 409,
  notEnoughOps: 409,
  notEnoughBudget: 409,
  actionUnavailable: 409,
  // The kernel's refusals of a facilitator's event card (rules/mechanics/injections.ts).
  unknownCard: 400,
  badRound: 400,
  roundNotAhead: 409,
  beyondLastRound: 400,
  tooManyInjections: 409,
} as const satisfies Record<string, number> & Record<KernelRejectionCode | InjectionRejectionCode, number>;

export type RejectionCode = keyof typeof httpStatusByCode;
export type HttpStatus = (typeof httpStatusByCode)[RejectionCode];

export const isRejectionCode = (value: unknown): value is RejectionCode =>
  typeof value === 'string' && Object.hasOwn(httpStatusByCode, value);

export interface Rejection {
  code: RejectionCode;
  message: string;
}

export const refuse = (code: RejectionCode, message: string): Rejection => ({ code, message });

export const httpStatusOf = (rejection: Rejection): HttpStatus => httpStatusByCode[rejection.code];

/** A value, or why not: what every parser and every refusing operation of the server answers. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; rejection: Rejection };

export const succeed = <T>(value: T): Outcome<T> => ({ ok: true, value });
export const fail = <T>(rejection: Rejection): Outcome<T> => ({ ok: false, rejection });
/** `fail(refuse(code, message))`. */
export const refused = <T>(code: RejectionCode, message: string): Outcome<T> => fail(refuse(code, message));
