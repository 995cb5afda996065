import type { RateLimit } from './rate-limit.ts';

/** Every limit in one place. */
export interface Limits {
  /** Largest Socket.IO message and HTTP body, in bytes. */
  maxMessageBytes: number;
  /** Messages per socket. */
  perSocket: RateLimit;
  /** Socket messages and HTTP requests per remote address. */
  perAddress: RateLimit;
  /**
   * New matches (`POST …/create`) per remote address, on top of `perAddress`: a match costs storage and
   * a lobby line for good, so one address creating hundreds a second (what the general budget allows)
   * would fill the lobby. Default `defaultCreatesPerAddress`.
   */
  createsPerAddress?: RateLimit;
  /** Longest chat message, in characters. */
  maxChatChars: number;
  /** Open sockets per remote address (default 256: a classroom behind one address). */
  maxSocketsPerAddress?: number;
}

/**
 * A school's students share one public address: a class of 60 (up to 120 in one session), each with a
 * board and perhaps a second tab, plus the projector, must all connect.
 */
export const defaultMaxSocketsPerAddress = 256;

export const defaultLimits: Limits = {
  maxMessageBytes: 16 * 1024,
  perSocket: { perSecond: 20, burst: 40 },
  // The burst covers every socket an address may hold syncing at once, as after a school's Wi-Fi drops.
  perAddress: { perSecond: 100, burst: 320 },
  maxChatChars: 500,
};

/** Six new matches a minute per address (a burst of six, then one every ten seconds). */
export const defaultCreatesPerAddress: RateLimit = { perSecond: 6 / 60, burst: 6 };
