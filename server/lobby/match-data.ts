import type { PublicPlayer } from '../authority/views.ts';
import type { RulesPolicy, RulesStatus } from '../rules-version/policy.ts';
import type { StoredMetadata } from '../storage/match-store.ts';
import type { MatchLifecycle } from './lifecycle.ts';
import { seats, seatEntry } from '../authority/seats.ts';

export interface ClientMatchData {
  matchID: string;
  gameName: string;
  players: (PublicPlayer & { data?: unknown })[];
  setupData?: unknown;
  gameover?: unknown;
  nextMatchID?: string;
  unlisted: boolean;
  createdAt: number;
  updatedAt: number;
  /** The rules version the match's stored state is under (server/rules-version/README.md). */
  rulesVersion: string;
  /** `closed`: readable, not continued (older rules, no migration); `migrated`: plays on under newer rules. */
  rulesStatus: RulesStatus;
  /** Why a closed match takes no moves, in plain words for its players; only when closed. */
  closedReason?: string;
  /** Open, in play, finished, expired or abandoned (lobby/lifecycle.ts). */
  lifecycle: MatchLifecycle;
}

/**
 * The Lobby API's view of a match: credentials stripped, the seed never present (it is not stored here),
 * and what the running rules make of it.
 */
export function clientMatchData(
  matchID: string,
  stored: StoredMetadata,
  rules: RulesPolicy,
  lifecycle: MatchLifecycle,
): ClientMatchData {
  const { metadata } = stored;
  const reading = rules.read(stored.rulesVersion);
  const players: ClientMatchData['players'] = [];
  for (const seat of seats) {
    const entry = seatEntry(metadata, seat);
    if (!entry) continue;
    const player: ClientMatchData['players'][number] = { id: entry.id };
    if (typeof entry.name === 'string') player.name = entry.name;
    if (entry.data !== undefined) player.data = entry.data as unknown;
    players.push(player);
  }
  const data: ClientMatchData = {
    matchID,
    gameName: metadata.gameName,
    players,
    unlisted: metadata.unlisted === true,
    createdAt: metadata.createdAt,
    updatedAt: metadata.updatedAt,
    rulesVersion: stored.rulesVersion,
    rulesStatus: reading.status,
    lifecycle,
  };
  if (reading.status === 'closed') data.closedReason = reading.closedReason;
  if (metadata.setupData !== undefined) data.setupData = metadata.setupData as unknown;
  if (metadata.gameover !== undefined) data.gameover = metadata.gameover as unknown;
  if (metadata.nextMatchID !== undefined) data.nextMatchID = metadata.nextMatchID;
  return data;
}
