import { describe, expect, it } from 'vitest';
import { fetchWhatIf, queryKey, readWhatIfResult, whatIfPath } from '../../src/classroom/what-if-api.ts';
import { jsonResponse, result } from './what-if-fixtures.ts';

/** The preview's request and its answer, read defensively and put in words (issue 13). */

const query = { scenarioId: 'baseline-2025', overrides: { 'yieldCap.duv.n7': 0.8 } };

describe('asking the server for a what-if', () => {
  it('posts the query to the route and reads the figures', async () => {
    const sent: { url: string; body: unknown }[] = [];
    const stub: typeof fetch = (input, init) => {
      sent.push({ url: input as string, body: JSON.parse(init?.body as string) });
      return Promise.resolve(jsonResponse(200, result(0.02, query.overrides)));
    };
    const answer = await fetchWhatIf(query, { fetch: stub });
    expect(sent).toEqual([{ url: whatIfPath, body: query }]);
    expect(answer).toEqual({ ok: true, result: result(0.02, query.overrides) });
  });

  it.each([
    [
      'the server’s refusal',
      () =>
        Promise.resolve(jsonResponse(429, { error: { code: 'busy', message: 'measuring other settings' } })),
      'busy',
      'measuring other settings',
    ],
    [
      'a refusal without words',
      () => Promise.resolve(jsonResponse(502, 'Bad gateway')),
      'httpError',
      'answered 502',
    ],
    [
      'no network',
      () => Promise.reject(new TypeError('fetch failed')),
      'unreachable',
      'could not be reached',
    ],
    [
      'an answer of another shape',
      () => Promise.resolve(jsonResponse(200, { ...result(0.5), usWinShare: 'half' })),
      'unreadable',
      'could not be read',
    ],
    [
      'an answer missing an end reason',
      () => Promise.resolve(jsonResponse(200, { ...result(0.5), endReasons: { computeLead: 1 } })),
      'unreadable',
      'could not be read',
    ],
  ])('puts %s in words', async (_, respond, code, message) => {
    const answer = await fetchWhatIf(query, { fetch: respond });
    expect(answer).toMatchObject({ ok: false, code });
    expect(!answer.ok && answer.message).toContain(message);
  });

  it('rejects when the caller aborted, so a superseded answer is never shown', async () => {
    const aborter = new AbortController();
    const stub: typeof fetch = (_, init) =>
      new Promise((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => {
          reject(new DOMException('aborted', 'AbortError'));
        });
      });
    const asking = fetchWhatIf(query, { fetch: stub, signal: aborter.signal });
    aborter.abort();
    await expect(asking).rejects.toThrow('aborted');
  });

  it('reads only the server’s shape, and one key per set of settings', () => {
    expect(readWhatIfResult(result(0.1))).toEqual(result(0.1));
    expect(readWhatIfResult({ ...result(0.1), baseline: undefined })).toBeUndefined();
    expect(readWhatIfResult({ ...result(0.1), interval95: [0.1] })).toBeUndefined();
    expect(queryKey({ scenarioId: 's', overrides: { a: 1, b: 2 } })).toBe(
      queryKey({ scenarioId: 's', overrides: { b: 2, a: 1 } }),
    );
    expect(queryKey({ scenarioId: 's', overrides: { a: 1 } })).not.toBe(
      queryKey({ scenarioId: 's', overrides: {} }),
    );
    expect(queryKey({ scenarioId: 's', overrides: {}, games: 100 })).not.toBe(
      queryKey({ scenarioId: 's', overrides: {} }),
    );
  });
});
