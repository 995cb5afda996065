import { z } from 'zod';

/**
 * A facilitator's pause of a classroom table, as the board learns of it: pushed through the match's
 * socket as the server's `setup` event (server/transport/socket-transport.ts: the match's public setup,
 * `setupData.facilitator.paused`, with its metadata version), sent after every sync (so a reconnect reads
 * it again) and whenever a facilitator changes it. Sooner still, a `paused` refusal from the server's move
 * gate holds the board until the next `setup` notice, which has the last word.
 */

/** Beside every move control while the table is paused, and in the keys' place: why it does nothing. */
export const pausedReason = 'Your teacher has paused this table';

/** The refusal code of the server's pause gate (server/classroom/paused-matches.ts). */
export const pausedRefusalCode = 'paused';

/** The server's `setup` event for one match. */
export interface SetupNotice {
  matchID: string;
  /** The match metadata's version when read: a notice older than the one held is stale. */
  version: number;
  setupData: unknown;
}

const noticeSchema = z.object({ version: z.number(), setupData: z.unknown() });

/** Checks the event's arguments (matchID, {version, setupData}); anything else is ignored. */
export function parseSetupNotice(matchID: unknown, payload: unknown): SetupNotice | undefined {
  const parsed = noticeSchema.safeParse(payload);
  if (typeof matchID !== 'string' || !parsed.success) return undefined;
  return { matchID, version: parsed.data.version, setupData: parsed.data.setupData };
}

/** A class table's setup with its facilitator's pause on: any other setup is not paused. */
const pausedSetupSchema = z.object({ facilitator: z.object({ paused: z.literal(true) }) });

/** Whether the setup says a facilitator paused the match; a match outside a class never is. */
export function pausedInSetup(setupData: unknown): boolean {
  return pausedSetupSchema.safeParse(setupData).success;
}

/** A `paused` refusal, with the notice that was the latest when it came (undefined: none yet). */
export interface PauseRefusal {
  under: SetupNotice | undefined;
}

/**
 * Whether the board holds its moves: the latest notice says paused, or a `paused` refusal came while that
 * notice was already the latest (no newer one has answered it).
 */
export function tablePaused(latest: SetupNotice | undefined, refusal: PauseRefusal | undefined): boolean {
  return pausedInSetup(latest?.setupData) || (refusal !== undefined && refusal.under === latest);
}

// The newest notice per match, kept from the socket's first message: a board may mount after it came.
const latestByMatch = new Map<string, SetupNotice>();
const listeners = new Set<() => void>();

export function latestSetupNotice(matchID: string): SetupNotice | undefined {
  return latestByMatch.get(matchID);
}

export function onSetupNotice(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** The socket's `setup` event: kept unless an older reading of the match than the one held. */
export function publishSetupNotice(matchID: unknown, payload: unknown): void {
  const notice = parseSetupNotice(matchID, payload);
  if (!notice) return;
  const held = latestByMatch.get(notice.matchID);
  if (held && held.version > notice.version) return;
  latestByMatch.set(notice.matchID, notice);
  for (const listener of listeners) listener();
}
