import { describe, expect, it } from 'vitest';
import { parseCreateSession } from '../../../server/classroom/requests.ts';
import { injectRequest } from '../../../src/classroom/inject-form.tsx';
import { facilitatorLink, joinLink, keyFromFragment } from '../../../src/classroom/secrets.ts';
import { parseSeatValue, seatValue } from '../../../src/classroom/seating-panel.tsx';
import { tableStatus } from '../../../src/classroom/table-card.tsx';
import type { ClassForm } from '../../../src/classroom/what-if-fields.ts';
import {
  createBody,
  overridesFrom,
  scenarioValue,
  whatIfFields,
} from '../../../src/classroom/what-if-fields.ts';
import { parseRoute, routeSearch } from '../../../src/lobby/route.ts';
import type { TableOverview } from '../../../src/classroom/api.ts';
import { defaultParameters, getParameter } from '../../../rules/index.ts';

describe('classroom routes', () => {
  it.each([
    ['?class', { kind: 'classCreate' }],
    ['?class=abc_DEF-1', { kind: 'classDashboard', sessionId: 'abc_DEF-1' }],
    ['?class=<script>', { kind: 'lobby' }],
    ['?join', { kind: 'classJoin' }],
    ['?join=', { kind: 'classJoin' }],
    ['?join=ABC%20DEF', { kind: 'classJoin', code: 'ABC DEF' }],
    ['?join=%3Cx%3E', { kind: 'classJoin' }],
    ['?match=m1&seat=0&class', { kind: 'seat', matchID: 'm1', seat: '0' }],
  ])('reads %s', (search, route) => {
    expect(parseRoute(search)).toEqual(route);
  });

  it.each([
    { kind: 'classCreate' as const },
    { kind: 'classDashboard' as const, sessionId: 'abc_DEF-1' },
    { kind: 'classJoin' as const },
    { kind: 'classJoin' as const, code: 'ABCDEF' },
  ])('writes %j so that it reads back', (route) => {
    expect(parseRoute(routeSearch(route))).toEqual(route);
  });
});

describe('the facilitator key and the links', () => {
  it('reads the key from the fragment only when it looks like one', () => {
    expect(keyFromFragment('#key=AbCdEfGhIjKlMnOpQrStUv_-12')).toBe('AbCdEfGhIjKlMnOpQrStUv_-12');
    expect(keyFromFragment('#key=short')).toBeUndefined();
    expect(keyFromFragment('#rules')).toBeUndefined();
    expect(keyFromFragment('')).toBeUndefined();
  });

  it('puts the key in the fragment, never in the query the server sees', () => {
    const link = facilitatorLink('https://play.example/', 'S1', 'AbCdEfGhIjKlMnOpQrStUv');
    expect(link).toBe('https://play.example/?class=S1#key=AbCdEfGhIjKlMnOpQrStUv');
    expect(new URL(link).search).toBe('?class=S1');
    expect(keyFromFragment(new URL(link).hash)).toBe('AbCdEfGhIjKlMnOpQrStUv');
    expect(joinLink('https://play.example', 'ABCDEF')).toBe('https://play.example/?join=ABCDEF');
  });
});

const form = (changes: Partial<ClassForm> = {}): ClassForm => ({
  title: 'Period 3',
  scenarioId: 'baseline-2025',
  whatIf: {},
  tables: '4',
  bots: { us: '', china: '' },
  turnSeconds: '',
  ...changes,
});

describe('the new-class form', () => {
  it('names only real parameter leaves, each with its scenario value as the placeholder', () => {
    for (const field of whatIfFields) {
      expect(getParameter(defaultParameters, field.path), field.path).toBeTypeOf('number');
      expect(scenarioValue('baseline-2025', field.path)).toBe(getParameter(defaultParameters, field.path));
    }
    expect(scenarioValue('no-export-controls', 'start.exportControlLevel')).toBe(0);
  });

  it('turns filled fields into overrides and leaves empty ones to the scenario', () => {
    expect(overridesFrom({ 'research.domesticEuvEarliestYear': ' 2030 ', 'subsidy.poolBn.us': '' })).toEqual({
      overrides: { 'research.domesticEuvEarliestYear': 2030 },
    });
  });

  it.each([
    [{ 'yieldCap.duv.n7': 'lots' }, 'a number'],
    [{ 'yieldCap.duv.n7': '1.5' }, 'between 0.05 and 0.95'],
    [{ 'start.exportControlLevel': '2.5' }, 'a whole number'],
  ])('refuses %j with a reason', (values, reason) => {
    const result = overridesFrom(values);
    expect('error' in result ? result.error : '').toContain(reason);
  });

  it('builds a create body the server accepts', () => {
    const result = createBody(
      form({
        whatIf: { 'controls.servicingBanLevel': '6' },
        bots: { us: '', china: 'greedy' },
        turnSeconds: '120',
        tables: '12',
      }),
    );
    if ('error' in result) throw new Error(result.error);
    expect(result.body).toEqual({
      title: 'Period 3',
      scenarioId: 'baseline-2025',
      tables: 12,
      overrides: { 'controls.servicingBanLevel': 6 },
      botFill: { china: 'greedy' },
      turnSeconds: 120,
    });
    expect(parseCreateSession(result.body).ok).toBe(true);
  });

  it.each([
    [{ title: '  ' }, 'title'],
    [{ tables: '0' }, '1 to 20'],
    [{ tables: '21' }, '1 to 20'],
    [{ tables: 'two' }, '1 to 20'],
  ])('refuses %j before asking the server', (changes, reason) => {
    const result = createBody(form(changes));
    expect('error' in result ? result.error : '').toContain(reason);
  });
});

describe('the dashboard', () => {
  it('reads and writes seat choices', () => {
    expect(seatValue({ table: 3, side: 'china' })).toBe('3:china');
    expect(parseSeatValue('3:china')).toEqual({ table: 3, side: 'china' });
    expect(seatValue(null)).toBe('');
    expect(parseSeatValue('')).toBeNull();
  });

  it('turns the inject form into the API request', () => {
    expect(injectRequest('all', 'december-package', '')).toEqual({
      tables: 'all',
      cardId: 'december-package',
    });
    expect(injectRequest('2', 'december-package', '4')).toEqual({
      tables: [2],
      cardId: 'december-package',
      atRound: 4,
    });
    expect(injectRequest('all', '', '')).toEqual({ error: 'Choose a card.' });
    expect(injectRequest('all', 'december-package', '0')).toEqual({
      error: 'The round is a whole number from 1.',
    });
  });

  const table = (changes: Partial<TableOverview>): TableOverview => ({
    table: 1,
    game: 1,
    matchID: 'm1',
    round: 2,
    year: 2026,
    phase: 'action',
    toMove: ['china'],
    computeLead: 1,
    escalation: 2,
    sides: {
      us: { students: [], connected: false, bot: null },
      china: { students: [], connected: false, bot: null },
    },
    paused: false,
    result: null,
    injects: 0,
    events: [],
    ...changes,
  });

  it.each<[Partial<TableOverview>, string]>([
    [{}, 'Round 2 · 2026 · China to move'],
    [{ toMove: ['us', 'china'] }, 'Round 2 · 2026 · both choosing headlines'],
    [
      { result: { winner: 'us' as const, reason: 'computeLead' as const, round: 5 } },
      'US won on the compute lead in round 5',
    ],
    [
      { result: { winner: 'draw' as const, reason: 'finalScore' as const, round: 8 } },
      'Draw on points in round 8',
    ],
  ])('says where a table stands (%j)', (changes, status) => {
    expect(tableStatus(table(changes))).toBe(status);
  });
});
