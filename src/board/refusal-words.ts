import type { Refusal } from './refusals.ts';

/**
 * A server refusal in plain words. The server's own codes (server/authority/errors.ts) speak of states
 * and sockets; the rules' codes (rules/moves.ts) already carry a sentence for players, kept as it is.
 */
const serverWords: Record<string, string> = {
  staleState:
    'the game had already moved on when your move arrived. The board now shows where it stands; choose again.',
  notSynced: 'the board was still connecting. Try again in a moment.',
  inactivePlayer: 'it is not your turn.',
  unauthorized: 'this browser no longer holds this seat.',
  seatMismatch: 'this seat belongs to someone else.',
  matchNotFound: 'this match does not exist (any more).',
  rateLimited: 'too many moves at once. Wait a moment and try again.',
  shuttingDown: 'the server is restarting. Your seat is kept; the board reconnects by itself.',
  outOfTime: 'your time has run out.',
  conflict: 'another move was saved first. Choose again.',
  internalError: 'the server had a problem. Try again.',
  malformedMessage: 'the move did not reach the server intact. Try again.',
  messageTooLarge: 'the move did not reach the server intact. Try again.',
  forbiddenAction: 'that is not allowed in a match.',
  invalidMove: 'that move is not allowed now.',
};

export function refusalWords(refusal: Pick<Refusal, 'code' | 'message'>): string {
  return serverWords[refusal.code] ?? `${refusal.message}.`;
}
