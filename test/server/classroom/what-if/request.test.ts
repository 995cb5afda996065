import { describe, expect, it } from 'vitest';
import { parseWhatIfRequest, requestKey } from '../../../../server/classroom/what-if/request.ts';

/** The what-if preview's body is checked as a table's set-up data is (rules/game.ts validateSetupData). */

const bounds = { defaultGames: 300, minGames: 10, maxGames: 400 };

describe('a what-if request', () => {
  it.each([
    ['not an object', [], 'invalidRequest', 'JSON object'],
    ['an unknown key', { scenarioId: 'baseline-2025', seed: 3 }, 'invalidRequest', 'only scenarioId'],
    ['no scenario', { overrides: {} }, 'invalidRequest', 'scenarioId must be a string'],
    ['an unknown scenario', { scenarioId: 'moon-2040' }, 'unknownScenario', 'unknown scenario: moon-2040'],
    [
      'overrides that are a list',
      { scenarioId: 'baseline-2025', overrides: [1] },
      'invalidOverrides',
      'object',
    ],
    [
      'an unknown parameter path',
      { scenarioId: 'baseline-2025', overrides: { 'yieldCap.duv.n9': 0.5 } },
      'invalidOverrides',
      'unknown parameter: yieldCap.duv.n9',
    ],
    [
      'a branch, not a leaf',
      { scenarioId: 'baseline-2025', overrides: { yieldCap: 0.5 } },
      'invalidOverrides',
      'unknown parameter: yieldCap',
    ],
    [
      'a value that is not a number',
      { scenarioId: 'baseline-2025', overrides: { 'yieldCap.duv.n7': '0.5' } },
      'invalidOverrides',
      'parameter yieldCap.duv.n7 must be a finite number',
    ],
    [
      'an infinite value (JSON 1e999)',
      JSON.parse('{"scenarioId":"baseline-2025","overrides":{"yieldCap.duv.n7":1e999}}') as unknown,
      'invalidOverrides',
      'must be a finite number',
    ],
    [
      'a value far outside the leaf’s scale',
      { scenarioId: 'baseline-2025', overrides: { 'start.chinaToolGroups': 1e8 } },
      'invalidOverrides',
      'parameter start.chinaToolGroups must lie between -1000 and 1000',
    ],
    ['too many games', { scenarioId: 'baseline-2025', games: 401 }, 'invalidRequest', 'from 10 to 400'],
    ['too few games', { scenarioId: 'baseline-2025', games: 9 }, 'invalidRequest', 'from 10 to 400'],
    ['a fraction of a game', { scenarioId: 'baseline-2025', games: 20.5 }, 'invalidRequest', 'whole number'],
  ])('refuses %s', (_, body, code, message) => {
    const parsed = parseWhatIfRequest(body, bounds);
    expect(parsed).toMatchObject({ ok: false, rejection: { code } });
    expect(parsed.ok || parsed.rejection.message).toContain(message);
  });

  it('takes the default game count and no overrides when they are left out', () => {
    expect(parseWhatIfRequest({ scenarioId: 'taiwan-crisis' }, bounds)).toEqual({
      ok: true,
      value: { scenarioId: 'taiwan-crisis', overrides: {}, games: 300 },
    });
  });

  it('drops overrides equal to the scenario’s own values, so they ask for the baseline’s games', () => {
    // servicing-ban-lifted sets start.exportControlLevel to 3; the default is 4.
    const parsed = parseWhatIfRequest(
      {
        scenarioId: 'servicing-ban-lifted',
        overrides: { 'start.exportControlLevel': 3, 'yieldCap.duv.n7': 0.4, 'calendar.roundCount': 6 },
        games: 20,
      },
      bounds,
    );
    expect(parsed).toEqual({
      ok: true,
      value: { scenarioId: 'servicing-ban-lifted', overrides: { 'calendar.roundCount': 6 }, games: 20 },
    });
    const moved = parseWhatIfRequest(
      { scenarioId: 'servicing-ban-lifted', overrides: { 'start.exportControlLevel': 4 }, games: 20 },
      bounds,
    );
    expect(moved).toEqual({
      ok: true,
      value: { scenarioId: 'servicing-ban-lifted', overrides: { 'start.exportControlLevel': 4 }, games: 20 },
    });
  });

  it('has one key per set of games, whatever the order of the overrides', () => {
    const key = (body: unknown): string => {
      const parsed = parseWhatIfRequest(body, bounds);
      if (!parsed.ok) throw new Error(parsed.rejection.message);
      return requestKey(parsed.value);
    };
    const a = key({
      scenarioId: 'baseline-2025',
      overrides: { 'yieldCap.duv.n7': 0.6, 'calendar.roundCount': 6 },
    });
    const b = key({
      scenarioId: 'baseline-2025',
      overrides: { 'calendar.roundCount': 6, 'yieldCap.duv.n7': 0.6 },
    });
    expect(a).toBe(b);
    expect(key({ scenarioId: 'baseline-2025', overrides: { 'calendar.roundCount': 6 } })).not.toBe(a);
    expect(key({ scenarioId: 'baseline-2025', games: 200 })).not.toBe(key({ scenarioId: 'baseline-2025' }));
    expect(key({ scenarioId: 'baseline-2025', overrides: { 'yieldCap.duv.n7': 0.4 } })).toBe(
      key({ scenarioId: 'baseline-2025' }),
    );
  });
});
