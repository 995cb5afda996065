import type { RejectionCode } from '../../rules/index.ts';

/** Reasons the server refuses a message, beside the kernel's own move rejections. */
export const serverErrorCodes = [
  'malformedMessage',
  'forbiddenAction',
  'matchNotFound',
  'unauthorized',
  'seatMismatch',
  'notSynced',
  'staleState',
  'inactivePlayer',
  'invalidMove',
  'conflict',
  'rateLimited',
  'messageTooLarge',
  'chatTooLong',
  'shuttingDown',
  'internalError',
  'outOfTime',
  'rulesVersionClosed',
  'paused',
] as const;
export type ServerErrorCode = (typeof serverErrorCodes)[number];

/** What a client gets back for every refused action (socket event "rejected"). */
export interface ServerRejection {
  code: ServerErrorCode | RejectionCode;
  message: string;
}

export const refuse = (code: ServerErrorCode | RejectionCode, message: string): ServerRejection => ({
  code,
  message,
});
