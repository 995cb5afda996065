import type { Socket } from 'socket.io';
import type { Rejection } from '../boundary/rejection.ts';
import { refuse } from '../boundary/rejection.ts';
import type { Limits } from './limits.ts';
import type { KeyedLimiter } from './rate-limit.ts';
import { TokenBucket } from './rate-limit.ts';

/** Above this the connection is dropped outright (engine.io's limit); between the two, a clear error. */
export const hardLimitFactor = 4;

function messageSize(args: unknown[]): number {
  try {
    return Buffer.byteLength(JSON.stringify(args), 'utf8');
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

/**
 * Every message a socket sends passes its own budget, its address's budget and the size limit before a
 * handler sees it; a refused one is answered (`reject`) and goes no further.
 */
export function guardMessages(
  socket: Socket,
  options: {
    limits: Limits;
    addressLimiter: KeyedLimiter;
    address: string;
    reject: (matchID: string | undefined, rejection: Rejection) => void;
  },
): void {
  const { limits, addressLimiter, address, reject } = options;
  const bucket = new TokenBucket(limits.perSocket.perSecond, limits.perSocket.burst);
  socket.use((packet, next) => {
    const named: unknown = packet[0] === 'update' ? packet[3] : packet[1];
    const matchID = typeof named === 'string' ? named : undefined;
    if (!bucket.take() || !addressLimiter.take(address)) {
      reject(matchID, refuse('rateLimited', 'slow down'));
      return;
    }
    if (messageSize(packet) > limits.maxMessageBytes) {
      reject(matchID, refuse('messageTooLarge', 'messages are limited to 16 KB'));
      return;
    }
    next();
  });
}
