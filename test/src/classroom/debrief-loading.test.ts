import { describe, expect, it } from 'vitest';
import { defaultParameters } from '../../../rules/index.ts';
import { segments, valueScale } from '../../../src/charts/chart-scale.ts';
import { indicatorDefinition } from '../../../src/charts/indicators.ts';
import {
  exportPath,
  facilitatorKeyFor,
  fetchClassExport,
  readExportText,
} from '../../../src/classroom/debrief/load-export.ts';
import type { ReadingRoute } from '../../../src/classroom/reading-route.ts';
import { parseReadingRoute, readingSearch } from '../../../src/classroom/reading-route.ts';
import { loadFacilitatorKey, saveFacilitatorKey } from '../../../src/classroom/secrets.ts';
import { standardClass } from './class-export-fixture.ts';

/** Where the debrief's export comes from, the reading pages' addresses, and the charts' scales. */

function memoryStore(entries: Record<string, string> = {}) {
  const values = new Map(Object.entries(entries));
  return {
    values,
    getItem: (key: string): string | null => values.get(key) ?? null,
    setItem: (key: string, value: string): void => {
      values.set(key, value);
    },
    removeItem: (key: string): void => {
      values.delete(key);
    },
  };
}

describe('the facilitator key', () => {
  const linkKey = 'new-key-0123456789abcdef';
  it('comes from the link’s fragment and is kept where the classroom pages keep it', () => {
    const store = memoryStore();
    saveFacilitatorKey(store, 'abc', 'old-key-0123456789abcdef');
    expect(facilitatorKeyFor('abc', `#key=${linkKey}`, store)).toBe(linkKey);
    expect(loadFacilitatorKey(store, 'abc')).toBe(linkKey);
    expect(facilitatorKeyFor('abc', '', store)).toBe(linkKey);
  });

  it('comes from the key the dashboard kept when the link has none, and is absent otherwise', () => {
    const store = memoryStore();
    saveFacilitatorKey(store, 'abc', linkKey);
    expect(facilitatorKeyFor('abc', '', store)).toBe(linkKey);
    expect(facilitatorKeyFor('other', '', store)).toBeUndefined();
    expect(facilitatorKeyFor('abc', '#rules-4', undefined)).toBeUndefined();
    expect(facilitatorKeyFor('abc', '#key=', memoryStore())).toBeUndefined();
  });
});

describe('fetching a class export', () => {
  const { export: classExport } = standardClass();
  const answer =
    (status: number, body: unknown): typeof fetch =>
    () =>
      Promise.resolve(new Response(JSON.stringify(body), { status }));

  it('asks the classroom API with the key as a bearer token and checks what comes back', async () => {
    const asked: { url: string; authorization: string | null }[] = [];
    const fetchImpl = ((url: string, init?: RequestInit) => {
      asked.push({ url, authorization: new Headers(init?.headers).get('authorization') });
      return Promise.resolve(new Response(JSON.stringify(classExport), { status: 200 }));
    }) as typeof fetch;
    const parsed = await fetchClassExport('abc/def', 'k1', fetchImpl);
    expect(parsed.ok).toBe(true);
    expect(asked).toEqual([
      { url: '/classroom/api/sessions/abc%2Fdef/export.json', authorization: 'Bearer k1' },
    ]);
    expect(exportPath('x')).toBe('/classroom/api/sessions/x/export.json');
  });

  it.each([
    [
      401,
      { error: { code: 'badKey', message: 'wrong key' } },
      'refused this facilitator key for class abc: wrong key',
    ],
    [
      404,
      { error: { code: 'notFound', message: 'no such session' } },
      'This server has no class abc (no such session).',
    ],
    [500, 'oops', 'could not give the class export (500)'],
    [200, { format: 'something-else' }, 'format is "something-else"'],
  ])('turns a %i answer into words', async (status, body, words) => {
    const parsed = await fetchClassExport('abc', 'k1', answer(status, body));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toContain(words);
  });

  it('says the server is out of reach when the request fails, and points to a saved file', async () => {
    const parsed = await fetchClassExport('abc', 'k1', () => Promise.reject(new Error('offline')));
    expect(parsed).toEqual({
      ok: false,
      message: 'Could not reach the server. A saved export file works without it.',
    });
  });

  it('reads a saved file, and says when it is not JSON', () => {
    expect(readExportText(JSON.stringify(classExport)).ok).toBe(true);
    const parsed = readExportText('<html>');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toContain('not JSON');
  });
});

describe('the reading pages’ addresses', () => {
  it.each<[string, ReadingRoute | undefined]>([
    ['?debrief', { kind: 'debrief', sessionId: undefined }],
    ['?debrief=abc_12', { kind: 'debrief', sessionId: 'abc_12' }],
    ['?debrief=bad%20id', { kind: 'debrief', sessionId: undefined }],
    ['?briefing=taiwan-crisis&side=china', { kind: 'briefing', scenarioId: 'taiwan-crisis', side: 'china' }],
    ['?briefing=taiwan-crisis', { kind: 'briefing', scenarioId: 'taiwan-crisis', side: undefined }],
    ['?briefing', { kind: 'briefing', scenarioId: undefined, side: undefined }],
    ['?glossary', { kind: 'glossary' }],
    ['?guide', { kind: 'guide' }],
    ['?match=m1&seat=0', undefined],
    ['', undefined],
  ])('%s is %j', (search, route) => {
    expect(parseReadingRoute(search)).toEqual(route);
    if (route) expect(parseReadingRoute(readingSearch(route))).toEqual(route);
  });
});

describe('chart scales', () => {
  it("puts a track's ends and marks on the axis (the compute lead's ±leadToWin, escalation's limit)", () => {
    const lead = valueScale(indicatorDefinition('computeLead'), defaultParameters, [1, 3, -2]);
    const win = defaultParameters.scoring.leadToWin;
    expect([lead.min, lead.max]).toEqual([-win, win]);
    expect(lead.ticks[0]).toBe(-win);
    expect(lead.ticks[lead.ticks.length - 1]).toBe(win);
    expect(lead.marks.map((mark) => mark.value)).toEqual([win, 0, -win]);
    const escalation = valueScale(indicatorDefinition('escalation'), defaultParameters, [2]);
    expect(escalation.max).toBe(defaultParameters.escalation.limit);
    expect(escalation.ticks).toContain(defaultParameters.escalation.limit);
  });

  it('spans whole powers of ten on a log scale and starts a stock at zero', () => {
    const compute = valueScale(indicatorDefinition('effectiveCompute'), defaultParameters, [
      220,
      3605,
      undefined,
      31_000,
    ]);
    expect(compute).toMatchObject({
      kind: 'log',
      min: 100,
      max: 100_000,
      ticks: [100, 1000, 10_000, 100_000],
    });
    const budget = valueScale(indicatorDefinition('budget'), defaultParameters, [12, 37.5]);
    expect(budget.min).toBe(0);
    expect(budget.max).toBeGreaterThanOrEqual(37.5);
  });

  it('cuts a line at its gaps', () => {
    expect(segments([1, undefined, 3, 4, undefined]).map((run) => run.map((point) => point.index))).toEqual([
      [0],
      [2, 3],
    ]);
  });
});
