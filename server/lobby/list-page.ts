import type { MatchStore, StoredMetadata } from '../storage/match-store.ts';
import type { ClientMatchData } from './match-data.ts';

/** `?page=P&limit=L`: page 1 is the newest listed matches. */
export interface PageRequest {
  page: number;
  limit: number;
}

export const maxPageLimit = 100;

/** Undefined when the query asks for no page (boardgame.io's own list: the newest 500, oldest first). */
export function parsePage(query: URLSearchParams): PageRequest | { error: string } | undefined {
  const page = query.get('page');
  const limit = query.get('limit');
  if (page === null && limit === null) return undefined;
  const pageNumber = page === null ? 1 : Number(page);
  const limitNumber = limit === null ? 20 : Number(limit);
  if (!Number.isInteger(pageNumber) || pageNumber < 1 || pageNumber > 1_000_000)
    return { error: 'page is a whole number from 1' };
  if (!Number.isInteger(limitNumber) || limitNumber < 1 || limitNumber > maxPageLimit)
    return { error: `limit is a whole number from 1 to ${maxPageLimit}` };
  return { page: pageNumber, limit: limitNumber };
}

export interface MatchPage {
  matches: ClientMatchData[];
  page: number;
  limit: number;
  hasMore: boolean;
}

/** A match as listed, or undefined when it is not on the lists (unlisted, expired, abandoned). */
export type ListedMatch = (matchID: string, stored: StoredMetadata) => ClientMatchData | undefined;

/** One page of the listed matches among `ids` (oldest first), newest first. */
export async function listPage(
  store: MatchStore,
  ids: readonly string[],
  request: PageRequest,
  listed: ListedMatch,
): Promise<MatchPage> {
  const skip = (request.page - 1) * request.limit;
  const matches: ClientMatchData[] = [];
  let seen = 0;
  let hasMore = false;
  for (let i = ids.length - 1; i >= 0; i--) {
    const id = ids[i];
    if (id === undefined) continue;
    const stored = await store.loadMetadata(id);
    const match = stored ? listed(id, stored) : undefined;
    if (!match) continue;
    seen++;
    if (seen <= skip) continue;
    if (matches.length === request.limit) {
      hasMore = true;
      break;
    }
    matches.push(match);
  }
  return { matches, page: request.page, limit: request.limit, hasMore };
}
