import { describe, expect, it } from 'vitest';
import { cardData } from '../../rules/content/cards.ts';
import { checkCards, scenarioSchema } from '../../rules/content/schema.ts';
import {
  baselineScenarioId,
  cards,
  createGame,
  defaultParameters,
  getParameter,
  parameterPaths,
  scenarios,
  withOverrides,
} from '../../rules/index.ts';
import { eras } from '../../rules/vocabulary.ts';

describe('the deck (RULEBOOK §4)', () => {
  it('every card passes the card schema (RULEBOOK §4)', () => {
    expect(() => checkCards(cardData)).not.toThrow();
    expect(checkCards(cardData)).toHaveLength(cardData.length);
  });

  it('has at least 40 cards with unique ids (RULEBOOK §4)', () => {
    expect(cards.length).toBeGreaterThanOrEqual(40);
    expect(new Set(cards.map((card) => card.id)).size).toBe(cards.length);
  });

  it.each(eras)('era %s has cards for the US, China and both (RULEBOOK §4)', (era) => {
    const owners = new Set(cards.filter((card) => card.era === era).map((card) => card.owner));
    expect(owners).toEqual(new Set(['us', 'china', 'neutral']));
  });

  it('every card cites a source, a YYYY-MM date and a learning objective (RULEBOOK §4)', () => {
    for (const card of cards) {
      expect(card.source.trim().length, card.id).toBeGreaterThanOrEqual(5);
      expect(card.date, card.id).toMatch(/^\d{4}-(0[1-9]|1[0-2])$/);
      expect(card.objectives.length, card.id).toBeGreaterThanOrEqual(1);
    }
  });

  it('era 1 holds enough cards to deal both opening hands (RULEBOOK §2)', () => {
    const era1 = cards.filter((card) => card.era === 1).length;
    expect(era1).toBeGreaterThanOrEqual(2 * defaultParameters.calendar.handSize);
  });
});

describe('the card schema rejects malformed cards readably (RULEBOOK §4)', () => {
  const good = cardData[0];

  it.each([
    ['ops 7', { ops: 7 }, 'ops'],
    ['an unknown effect kind', { effects: [{ kind: 'teleport', target: 'player' }] }, 'effects.0.kind'],
    ['a bad date', { date: '2025-13' }, 'dates are YYYY-MM'],
    ['no objectives', { objectives: [] }, 'objectives'],
    ['a non-kebab id', { id: 'Bad Id' }, 'kebab-case'],
    ['an unknown field', { cost: 3 }, 'cost'],
    ['an era 4', { era: 4 }, 'era'],
  ])('rejects %s (RULEBOOK §4)', (_what, change, mentions) => {
    expect(() => checkCards([{ ...good, ...change }])).toThrow(/Invalid cards:\ncard #0: /);
    expect(() => checkCards([{ ...good, ...change }])).toThrow(mentions);
  });

  it('names every bad card, and duplicates, in one error (RULEBOOK §4)', () => {
    let message = '';
    try {
      checkCards([good, { ...good, ops: 0 }, good]);
    } catch (error) {
      message = error instanceof Error ? error.message : String(error);
    }
    expect(message).toContain('card #1: ops');
    expect(message).toContain(`card ${good?.id ?? ''}: duplicate id`);
  });
});

describe('scenarios (RULEBOOK §2)', () => {
  it('there are at least four, with unique ids, including the baseline (RULEBOOK §2)', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(4);
    expect(new Set(scenarios.map((s) => s.id)).size).toBe(scenarios.length);
    expect(scenarios.map((s) => s.id)).toContain(baselineScenarioId);
  });

  it.each(scenarios.map((s) => [s.id, s] as const))(
    '%s overrides only existing parameters (RULEBOOK §2)',
    (_id, scenario) => {
      expect(() => scenarioSchema.parse(scenario)).not.toThrow();
      const paths = new Set(parameterPaths(defaultParameters));
      for (const [path, value] of Object.entries(scenario.overrides)) {
        expect(paths.has(path), path).toBe(true);
        expect(getParameter(createGame({ seed: 1, scenarioId: scenario.id }).params, path)).toBe(value);
      }
    },
  );

  it('the baseline overrides nothing: its parameters are the defaults (RULEBOOK §2)', () => {
    expect(createGame({ seed: 1 }).params).toEqual(defaultParameters);
  });

  it('an unknown or non-finite override is refused (RULEBOOK §2)', () => {
    expect(() => withOverrides(defaultParameters, { 'yieldCap.duv.n1': 0.5 })).toThrow('unknown parameter');
    expect(() => withOverrides(defaultParameters, { 'yieldCap.duv': 0.5 })).toThrow('unknown parameter');
    expect(() => withOverrides(defaultParameters, { 'yieldCap.duv.n7': Number.NaN })).toThrow('not a finite');
    expect(() => createGame({ seed: 1, scenarioId: 'no-such-scenario' })).toThrow('unknown scenario');
  });
});
