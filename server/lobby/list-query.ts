import { z } from 'zod';
import { parser } from '../boundary/parse.ts';
import type { ListOptions } from '../storage/match-store.ts';
import { defaultPageLimit, maxPageLimit } from './list-page.ts';
import type { PageRequest } from './list-page.ts';

/**
 * `GET /games/:name?isGameover&updatedBefore&updatedAfter&page&limit`. The filters are boardgame.io's
 * and as lenient as its server (a value that is not one is ignored); `page` and `limit` are ours, and a
 * bad one is refused. Other parameters are ignored.
 */
export interface ListQuery {
  filter: Omit<ListOptions, 'gameName'>;
  /** Undefined when the query asks for no page (boardgame.io's own list: the newest 500, oldest first). */
  page: PageRequest | undefined;
}

const wholeNumber = (message: string, max: number) =>
  z
    .string()
    .transform(Number)
    .pipe(z.number({ error: message }).int(message).min(1, message).max(max, message));

/** A positive time in ms, or nothing (boardgame.io reads it with parseInt and ignores the rest). */
const timeFilter = z
  .string()
  .transform((text) => Number.parseInt(text, 10))
  .pipe(z.number().positive())
  .optional()
  .catch(undefined);

const listQuerySchema = z
  .object({
    isGameover: z
      .enum(['true', 'false'])
      .transform((text) => text === 'true')
      .optional()
      .catch(undefined),
    updatedBefore: timeFilter,
    updatedAfter: timeFilter,
    page: wholeNumber('page is a whole number from 1', 1_000_000).optional(),
    limit: wholeNumber(`limit is a whole number from 1 to ${maxPageLimit}`, maxPageLimit).optional(),
  })
  .transform(({ page, limit, ...filter }): ListQuery => {
    const { isGameover, updatedBefore, updatedAfter } = filter;
    return {
      filter: {
        ...(isGameover !== undefined ? { isGameover } : {}),
        ...(updatedBefore !== undefined ? { updatedBefore } : {}),
        ...(updatedAfter !== undefined ? { updatedAfter } : {}),
      },
      page:
        page === undefined && limit === undefined
          ? undefined
          : { page: page ?? 1, limit: limit ?? defaultPageLimit },
    };
  });

const parseQueryFields = parser(listQuerySchema);

const fields = ['isGameover', 'updatedBefore', 'updatedAfter', 'page', 'limit'] as const;

/** Each parameter's first value, as boardgame.io's server reads it. */
export const parseListQuery = (query: URLSearchParams) =>
  parseQueryFields(Object.fromEntries(fields.map((name) => [name, query.get(name) ?? undefined])));
