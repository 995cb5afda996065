import type { MatchStore, StoredMetadata } from '../storage/match-store.ts';
import type { ClientMatchData } from './match-data.ts';

/** `?page=P&limit=L`: page 1 is the first of the lobby's order (`fairOrder`: joinable and fresh first). */
export interface PageRequest {
  page: number;
  limit: number;
}

export const maxPageLimit = 100;
export const defaultPageLimit = 20;

/**
 * One creator's matches listed at most (issue 15): a page's worth at the default size. One address that
 * creates matches as fast as its quota allows then fills one page, not the lobby; its freshest stay
 * listed, the rest are still served by id.
 */
export const maxListedPerCreator = defaultPageLimit;

/**
 * The newest matches a paged listing reads (one metadata read each) to order and cap them. Open matches
 * expire within minutes, so every joinable match is among them unless thousands of matches were created
 * since; the rest of the list is for watching and history.
 */
export const pagedScanLimit = 2000;

export interface MatchPage {
  matches: ClientMatchData[];
  page: number;
  limit: number;
  hasMore: boolean;
}

/** A match as listed, or undefined when it is not on the lists (unlisted, expired, abandoned). */
export type ListedMatch = (matchID: string, stored: StoredMetadata) => ClientMatchData | undefined;

/** A listed match with its creator (never sent: only the lists' cap reads it). */
export interface Candidate {
  data: ClientMatchData;
  creator: string | undefined;
}

/** The lobby's order: joinable (a free seat) first, then the freshest (last move or creation) first. */
export function lobbyOrder(a: ClientMatchData, b: ClientMatchData): number {
  const joinable = Number(b.lifecycle === 'open') - Number(a.lifecycle === 'open');
  if (joinable !== 0) return joinable;
  if (a.updatedAt !== b.updatedAt) return b.updatedAt - a.updatedAt;
  if (a.createdAt !== b.createdAt) return b.createdAt - a.createdAt;
  return a.matchID < b.matchID ? -1 : a.matchID > b.matchID ? 1 : 0;
}

/**
 * The candidates with at most `cap` of any one creator: the first `cap` of each in the given order.
 * Matches with no creator recorded (made before creators were) count alone.
 */
export function capPerCreator(ordered: readonly Candidate[], cap: number): Candidate[] {
  const listedPerCreator = new Map<string, number>();
  return ordered.filter(({ creator }) => {
    if (creator === undefined) return true;
    const listed = listedPerCreator.get(creator) ?? 0;
    listedPerCreator.set(creator, listed + 1);
    return listed < cap;
  });
}

/**
 * The lobby's order with no creator crowding the others out: joinable matches first; among them, and
 * among the rest, every creator's freshest match, then every creator's second freshest, and so on (the
 * freshest first within each round); at most `cap` of any one creator. With one match per creator this
 * is simply joinable, then freshest, first.
 */
export function fairOrder(found: readonly Candidate[], cap: number): Candidate[] {
  const ordered = capPerCreator(
    [...found].sort((a, b) => lobbyOrder(a.data, b.data)),
    cap,
  );
  const roundOf = new Map<Candidate, number>();
  const seen = new Map<string, number>();
  for (const candidate of ordered) {
    // Each group (joinable or not) starts its rounds afresh.
    const key = `${candidate.data.lifecycle === 'open' ? 'open' : 'other'}\n${candidate.creator ?? candidate.data.matchID}`;
    const round = seen.get(key) ?? 0;
    seen.set(key, round + 1);
    roundOf.set(candidate, round);
  }
  const joinable = (candidate: Candidate): number => Number(candidate.data.lifecycle === 'open');
  // Array.prototype.sort is stable: within a round the lobby order (freshest first) stays.
  return ordered.sort((a, b) => joinable(b) - joinable(a) || (roundOf.get(a) ?? 0) - (roundOf.get(b) ?? 0));
}

async function candidates(
  store: MatchStore,
  ids: readonly string[],
  listed: ListedMatch,
): Promise<Candidate[]> {
  const found: Candidate[] = [];
  for (const id of ids) {
    const stored = await store.loadMetadata(id);
    const data = stored ? listed(id, stored) : undefined;
    if (stored && data) found.push({ data, creator: stored.metadata.creator });
  }
  return found;
}

/** One page of the listed matches among `ids` (oldest first), in the lobby's fair order (`fairOrder`). */
export async function listPage(
  store: MatchStore,
  ids: readonly string[],
  request: PageRequest,
  listed: ListedMatch,
): Promise<MatchPage> {
  const found = await candidates(store, ids.slice(-pagedScanLimit), listed);
  const ordered = fairOrder(found, maxListedPerCreator);
  const start = (request.page - 1) * request.limit;
  return {
    matches: ordered.slice(start, start + request.limit).map((candidate) => candidate.data),
    page: request.page,
    limit: request.limit,
    hasMore: ordered.length > start + request.limit,
  };
}

/**
 * boardgame.io's own list (no `page`): the listed matches among the newest 500 of `ids`, oldest first as
 * its LobbyClient expects, with at most `maxListedPerCreator` of one creator's (the first of its matches in
 * the lobby's order: joinable, then freshest).
 */
export async function listAll(
  store: MatchStore,
  ids: readonly string[],
  listed: ListedMatch,
): Promise<ClientMatchData[]> {
  const found = await candidates(store, ids.slice(-500), listed);
  const freshestFirst = [...found].sort((a, b) => lobbyOrder(a.data, b.data));
  const kept = new Set(capPerCreator(freshestFirst, maxListedPerCreator));
  return found.filter((candidate) => kept.has(candidate)).map((candidate) => candidate.data);
}
