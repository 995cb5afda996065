import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { injectionRejectionCodes, rejectionCodes } from '../../../rules/index.ts';
import { coded, parseWith } from '../../../server/boundary/parse.ts';
import type { RejectionCode } from '../../../server/boundary/rejection.ts';
import { httpStatusByCode, httpStatusOf, refuse } from '../../../server/boundary/rejection.ts';

/** One refusal type, and one table from its code to the HTTP status every route answers with. */

describe('the code table', () => {
  it('gives every code a client-error or server-error status', () => {
    for (const [code, status] of Object.entries(httpStatusByCode)) {
      expect(status, code).toBeGreaterThanOrEqual(400);
      expect(status, code).toBeLessThan(600);
    }
  });

  it('holds every refusal code of the rules, mapped at the edge as they are', () => {
    const codes = new Set(Object.keys(httpStatusByCode));
    for (const code of [...rejectionCodes, ...injectionRejectionCodes])
      expect(codes.has(code), code).toBe(true);
  });

  it.each<[RejectionCode, number]>([
    ['malformedMessage', 400],
    ['messageTooLarge', 413],
    ['unauthorized', 401],
    ['seatMismatch', 404],
    ['seatForbidden', 403],
    ['invalidName', 403],
    ['originNotAllowed', 403],
    ['matchNotFound', 404],
    ['matchNotFinished', 403],
    ['matchExpired', 410],
    ['rulesVersionClosed', 410],
    ['conflict', 409],
    ['rateLimited', 429],
    ['shuttingDown', 503],
    ['internalError', 500],
    ['unknownTable', 400],
    ['tableNotFound', 404],
    ['sessionNotFound', 404],
    ['wrongCode', 404],
    ['gameOver', 409],
    ['invalidRequest', 400],
    ['unknownScenario', 400],
    ['invalidOverrides', 400],
    ['busy', 429],
    ['timedOut', 503],
    ['gamesFailed', 422],
  ])('answers %s with %i, as the routes did before the table', (code, status) => {
    expect(httpStatusOf(refuse(code, 'why'))).toBe(status);
  });
});

describe('parsing at the boundary', () => {
  const schema = z.object({
    name: z.string({ error: 'name is text' }),
    seat: z.object({ id: z.enum(['0', '1'], { error: 'is "0" or "1"' }) }),
    words: z.string().refine((text) => text.length <= 3, coded('chatTooLong', 'at most 3 letters')),
  });
  const valid = { name: 'Ada', seat: { id: '0' }, words: 'hi' };

  it('answers the typed value of a valid input', () => {
    expect(parseWith(schema, valid)).toEqual({ ok: true, value: valid });
  });

  it.each<[string, unknown, RejectionCode, string]>([
    ['not an object (no path)', 'x', 'malformedMessage', 'Invalid input: expected object, received string'],
    ['a field whose message names it', { ...valid, name: 1 }, 'malformedMessage', 'name is text'],
    [
      'a nested field, after its path',
      { ...valid, seat: { id: '2' } },
      'seatMismatch',
      'seat.id: is "0" or "1"',
    ],
    [
      'a refinement with its own code',
      { ...valid, words: 'hello' },
      'chatTooLong',
      'words: at most 3 letters',
    ],
  ])('refuses %s with the first issue, its code and its words', (_, input, code, message) => {
    expect(parseWith(schema, input, { codes: { seat: 'seatMismatch' } })).toEqual({
      ok: false,
      rejection: { code, message },
    });
  });

  it('takes the longest path given for a field, and `otherwise` for the rest', () => {
    const options = {
      codes: { seat: 'seatForbidden', 'seat.id': 'seatMismatch' },
      otherwise: 'invalidRequest',
    } as const;
    const nested = parseWith(schema, { ...valid, seat: { id: 'x' } }, options);
    expect(nested.ok || nested.rejection.code).toBe('seatMismatch');
    const other = parseWith(schema, { ...valid, name: 1 }, options);
    expect(other.ok || other.rejection.code).toBe('invalidRequest');
  });
});
