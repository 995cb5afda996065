import type { RateLimit } from './rate-limit.ts';

/** Every limit in one place. */
export interface Limits {
  /** Largest Socket.IO message and HTTP body, in bytes. */
  maxMessageBytes: number;
  /** Messages per socket. */
  perSocket: RateLimit;
  /** Socket messages and HTTP requests per remote address. */
  perAddress: RateLimit;
  /** Longest chat message, in characters. */
  maxChatChars: number;
  /** Open sockets per remote address (default 32). */
  maxSocketsPerAddress?: number;
}

export const defaultLimits: Limits = {
  maxMessageBytes: 16 * 1024,
  perSocket: { perSecond: 20, burst: 40 },
  perAddress: { perSecond: 100, burst: 200 },
  maxChatChars: 500,
};
