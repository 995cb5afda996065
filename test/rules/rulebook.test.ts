import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeCard, describeEffect, describeHandler } from '../../rules/content/describe.ts';
import type { Effect } from '../../rules/content/effects.ts';
import {
  cards,
  createGame,
  defaultParameters,
  getParameter,
  parameterPaths,
  scenarios,
} from '../../rules/index.ts';
import { applyEffect } from '../../rules/mechanics/events.ts';
import { renderRulebook, generateRulebook } from '../../server/rulebook/generate.ts';
import { sourceOf } from '../../server/rulebook/tables/calibration.ts';
import { parameterSources } from '../../server/rulebook/sources.ts';
import { readTemplate } from '../../server/rulebook/template.ts';

const rulebookPath = new URL('../../rules/RULEBOOK.md', import.meta.url);
const rulebook = generateRulebook();

describe('the rulebook (rules/RULEBOOK.md)', () => {
  it('is up to date with the engine', () => {
    const onDisk = readFileSync(rulebookPath, 'utf8');
    expect(onDisk === rulebook, 'rules/RULEBOOK.md is stale: run `npm run rulebook`').toBe(true);
  });

  it('has the sections §1–§18, numbered and in order', () => {
    const numbers = [...rulebook.matchAll(/^## §(\d+) /gm)].map((match) => Number(match[1]));
    expect(numbers).toEqual(Array.from({ length: 18 }, (_, i) => i + 1));
  });

  it('lists every card (§17) and every scenario (§16)', () => {
    for (const card of cards) expect(rulebook).toContain(`**${card.title}**`);
    for (const scenario of scenarios) expect(rulebook).toContain(`\`${scenario.id}\``);
  });

  it('gives every parameter its default and a source (§18)', () => {
    for (const path of parameterPaths(defaultParameters)) {
      expect(sourceOf(path), path).toBeDefined();
      expect(rulebook).toContain(`| \`${path}\` |`);
    }
    for (const key of Object.keys(parameterSources)) {
      const known = parameterPaths(defaultParameters).some(
        (path) => path === key || path.startsWith(`${key}.`),
      );
      expect(known, key).toBe(true);
    }
  });
});

describe('the rulebook template (server/rulebook/template.md)', () => {
  it('types no number by hand: digits only in placeholders, code spans, § references and list markers', () => {
    const prose = readTemplate()
      .replace(/\{\{[^}]*\}\}/g, '')
      .replace(/`[^`]*`/g, '')
      .replace(/§\d+/g, '')
      .replace(/^\s*\d+\. /gm, '')
      .replace(/\b[Ee]ra \d\b/g, '');
    const lines = prose.split('\n').filter((line) => /\d/.test(line));
    expect(lines).toEqual([]);
  });

  it('fills parameters from the engine and rejects unknown placeholders', () => {
    const expected = String(getParameter(defaultParameters, 'scoring.leadToWin'));
    expect(renderRulebook('win at {{param:scoring.leadToWin}}')).toBe(`win at ${expected}`);
    expect(() => renderRulebook('{{param:scoring.noSuchThing}}')).toThrow(/unknown parameter/);
    expect(() => renderRulebook('{{table:noSuchTable}}')).toThrow(/unknown table/);
    expect(() => renderRulebook('{{nonsense}}')).toThrow(/malformed placeholder/);
  });
});

describe('card text (describeEffect, RULEBOOK §4)', () => {
  it.each<[Effect, string]>([
    [{ kind: 'budget', target: 'player', amountBn: 8 }, 'You gain $8Bn.'],
    [{ kind: 'budget', target: 'opponent', amountBn: -3 }, 'Your rival loses $3Bn.'],
    [
      { kind: 'hbm', target: 'opponent', amountKChips: -200 },
      'Your rival loses 200k HBM chip sets (China only).',
    ],
    [{ kind: 'exportControls', levels: 1 }, 'Export controls tighten one level.'],
    [{ kind: 'escalation', delta: -1 }, 'Escalation falls one step.'],
    [{ kind: 'power', target: 'china', amountGw: 2 }, 'China gains 2 GW of power.'],
    [{ kind: 'computeLead', delta: -1 }, 'The compute-lead track moves one space toward China.'],
  ])('describes %o', (effect, text) => {
    expect(describeEffect(effect)).toBe(text);
  });

  it('drops the China-only caveat when the card says who benefits', () => {
    expect(describeEffect({ kind: 'hbm', target: 'opponent', amountKChips: -200 }, 'us')).toBe(
      'Your rival loses 200k HBM chip sets.',
    );
    expect(describeEffect({ kind: 'toolGroups', target: 'player', count: 1 }, 'us')).toBe(
      'You gain 1 new DUV tool group (no effect: only China has this).',
    );
  });

  it('describes a card with its owner, ops and event', () => {
    const card = cards.find((candidate) => candidate.id === 'chips-and-science-act');
    expect(card).toBeDefined();
    if (card) expect(describeCard(card)).toBe('US card, 3 ops. Event: You gain $8Bn. You gain 1 dependency.');
  });
});

describe('handler text matches what the handler does (rules/mechanics/events.ts)', () => {
  it('taiwanStraitCrisis: US fabs lose 30% capacity, both sides $5Bn, escalation two steps', () => {
    const state = createGame({ seed: 'handlers' });
    const capacities = state.sides.us.fabs.map((fab) => fab.capacityKWafersPerRound);
    const budgets = { us: state.sides.us.budgetBn, china: state.sides.china.budgetBn };
    const escalation = state.escalation;
    applyEffect(
      state,
      { kind: 'handler', name: 'taiwanStraitCrisis' },
      { beneficiary: 'china', actor: 'china' },
    );
    state.sides.us.fabs.forEach((fab, i) => {
      expect(fab.capacityKWafersPerRound).toBeCloseTo((capacities[i] ?? 0) * 0.7);
    });
    expect(state.sides.us.budgetBn).toBe(budgets.us - 5);
    expect(state.sides.china.budgetBn).toBe(budgets.china - 5);
    expect(state.escalation).toBe(escalation + 2);
    expect(describeHandler('taiwanStraitCrisis')).toMatch(/30%.*\$5Bn.*two steps/);
  });

  it('stockpileRush: China gains 500k HBM and 200k chips; controls tighten one level', () => {
    const state = createGame({ seed: 'handlers', scenarioId: 'servicing-ban-lifted' });
    const hbm = state.sides.china.hbmStockKChips;
    const chips = state.sides.china.chipsK;
    const level = state.exportControlLevel;
    applyEffect(state, { kind: 'handler', name: 'stockpileRush' }, { beneficiary: 'china', actor: 'us' });
    expect(state.sides.china.hbmStockKChips).toBe(hbm + 500);
    expect(state.sides.china.chipsK).toBe(chips + 200);
    expect(state.exportControlLevel).toBe(level + 1);
    expect(describeHandler('stockpileRush')).toMatch(/500k HBM.*200k .*chips.*tighten one level/);
  });

  it('talentExchange: China gains a progress point and 0.2M developers; the US loses 1 influence', () => {
    const state = createGame({ seed: 'handlers' });
    const developers = state.sides.china.developersM;
    const influence = state.sides.us.influence;
    const progress = state.sides.china.efficiencyProgress;
    applyEffect(state, { kind: 'handler', name: 'talentExchange' }, { beneficiary: 'china', actor: 'china' });
    expect(state.sides.china.developersM).toBeCloseTo(developers + 0.2);
    expect(state.sides.us.influence).toBe(influence - 1);
    expect(state.sides.china.efficiencyProgress).toBe(progress + 1);
    expect(describeHandler('talentExchange')).toMatch(
      /1 algorithmic-efficiency progress point and 0\.2M developers.*loses 1 influence/,
    );
  });
});
