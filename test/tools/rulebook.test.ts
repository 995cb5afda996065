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
  sides,
} from '../../rules/index.ts';
import { applyEffect } from '../../rules/mechanics/events.ts';
import { endRound } from '../../rules/round.ts';
import { frontierClassAnchorYear } from '../../rules/mechanics/scoring.ts';
import { approx, ratio, thousands } from '../../tools/rulebook/markdown.ts';
import { renderRulebook, generateRulebook } from '../../tools/rulebook/generate.ts';
import { sourceOf } from '../../tools/rulebook/tables/calibration.ts';
import { parameterSources } from '../../tools/rulebook/sources.ts';
import { readTemplate } from '../../tools/rulebook/template.ts';

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

describe('the export-control table (§12)', () => {
  it("counts only imports as HBM imports: CXMT's own output is not one", () => {
    const { controls, memory } = defaultParameters;
    const table = rulebook.slice(rulebook.indexOf('## §12 '), rulebook.indexOf('**Retaliation**'));
    const rows = table.split('\n').filter((line) => /^\| \d \| /.test(line));
    const hbmCell = (level: number): string =>
      (rows.find((line) => line.startsWith(`| ${level} |`))?.split('|')[5] ?? '').trim();
    expect(hbmCell(controls.hbmBanLevel - 1)).toBe(`${memory.chinaHbmImportsKChipsPerRound}k`);
    expect(hbmCell(controls.hbmBanLevel)).toBe('none');
  });
});

describe('the rulebook template (tools/rulebook/template/)', () => {
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

describe("the quick start's figures are the engine's first round (issue 16)", () => {
  // Played here with the kernel, apart from the rulebook's helper: the baseline's first round with no
  // card played and nothing spent, through the engine's own round end.
  const start = createGame({ seed: 'rulebook' });
  const played = createGame({ seed: 'rulebook' });
  endRound(played);
  const record = played.history[0];
  const section = (from: string, to: string): string =>
    rulebook.slice(rulebook.indexOf(from), rulebook.indexOf(to, rulebook.indexOf(from)));
  const quickStart = section('## Quick start', '## §1 ');
  const workedExample = section('**Worked example: the quiet first round**', '**Victory**');
  /** The text with its line breaks and quote markers folded into single spaces. */
  const flat = (text: string): string => text.replace(/\s*\n>?\s*/g, ' ');
  const signedText = (points: number): string =>
    points > 0 ? `+${points}` : points < 0 ? `−${Math.abs(points)}` : '0';
  const escape = (text: string): string => text.replace(/[+]/g, '\\+');
  const pct = (share: number): string => `${Math.round(share * 100)}%`;

  it('plays a round the engine records', () => {
    expect(record?.round).toBe(1);
    expect(played.round).toBe(2);
  });

  it('gives each side its training compute before and after, its growth and its chips', () => {
    if (!record) throw new Error('no round recorded');
    for (const side of sides) {
      const before = start.sides[side].last.trainingEflops;
      const after = record.figures[side].trainingEflops;
      const row = (label: string): string =>
        quickStart.split('\n').find((line) => line.startsWith(`| ${label}`)) ?? '';
      const column = side === 'us' ? 1 : 2;
      const cell = (label: string): string => (row(label).split('|')[column + 1] ?? '').trim();
      expect(cell('Training compute at the start')).toBe(`${approx(before)} EFLOPS`);
      expect(cell('Training compute at the round end')).toBe(`${approx(after)} EFLOPS`);
      expect(cell('Growth of training compute')).toBe(pct(after / before - 1));
      expect(cell('Chips packaged at the round end')).toBe(thousands(record.figures[side].chipsPackagedK));
      const powerable = (start.sides[side].powerGw * 1000) / start.params.power.chipPowerKw[side];
      expect(cell('Chips installed, and chips the power could carry')).toBe(
        `${thousands(played.sides[side].chipsK)}, ${thousands(Math.min(played.sides[side].chipsK, powerable))}`,
      );
      expect(cell('Production bill: wafers, packaging, tools')).toBe(
        `$${approx(record.figures[side].productionBillBn)}Bn`,
      );
      expect(cell('Income')).toBe(`$${approx(record.figures[side].incomeBn)}Bn`);
    }
  });

  it('scores the frontier race, frontier class, adoption and ecosystem as the engine did, by the rule §14 states', () => {
    if (!record) throw new Error('no round recorded');
    const { scoring } = start.params;
    const ratioBefore = start.sides.us.last.trainingEflops / start.sides.china.last.trainingEflops;
    const ratioAfter = record.figures.us.trainingEflops / record.figures.china.trainingEflops;
    // §14: the side that grew faster gains its growth ÷ the rival's growth − 1.
    const usGrowth = record.figures.us.trainingEflops / start.sides.us.last.trainingEflops;
    const chinaGrowth = record.figures.china.trainingEflops / start.sides.china.last.trainingEflops;
    const gainer = usGrowth >= chinaGrowth ? 'the US' : 'China';
    const ground = Math.max(usGrowth / chinaGrowth, chinaGrowth / usGrowth) - 1;
    const size = ground >= scoring.frontierTwoPointGain ? 2 : ground >= scoring.frontierOnePointGain ? 1 : 0;
    expect(gainer === 'the US' ? size : -size).toBe(record.frontierPoints);
    // Nothing moved influence; the ecosystem is a standing on independent developers.
    const developers = (side: 'us' | 'china'): number =>
      played.sides[side].developersM - played.sides[side].captiveDevelopersM;
    const ecosystem =
      developers('us') >= developers('china') * scoring.ecosystemUsDeveloperRatio
        ? 1
        : developers('china') >= developers('us') * scoring.ecosystemChinaDeveloperShare
          ? -1
          : 0;
    expect(ecosystem).toBe(record.ecosystemPoints);
    expect(record.adoptionPoints).toBe(0);
    // Frontier class: China's training compute against the first year's bar.
    const bar =
      scoring.frontierClassEflops2025 *
      scoring.frontierClassGrowthPerYear ** (record.year - frontierClassAnchorYear);
    expect(record.figures.china.trainingEflops >= bar ? -1 : 1).toBe(record.frontierClassPoints);
    expect(record.computeLead).toBe(
      start.computeLead +
        record.frontierPoints +
        record.frontierClassPoints +
        record.adoptionPoints +
        record.ecosystemPoints,
    );
    for (const text of [flat(quickStart), flat(workedExample)]) {
      expect(text).toContain(`from ${ratio(ratioBefore)} to ${ratio(ratioAfter)}`);
      expect(text).toContain(`${gainer} gained ${pct(ground)} of ground`);
      expect(text).toContain(`frontier scores ${signedText(record.frontierPoints)}`);
      expect(text).toMatch(new RegExp(`adoption scores ${signedText(record.adoptionPoints)}\\b`, 'i'));
      expect(text).toMatch(
        new RegExp(`ecosystem (scores )?${escape(signedText(record.ecosystemPoints))}\\b`),
      );
      expect(text).toMatch(
        new RegExp(`track (ends the round at|moves to) ${escape(signedText(record.computeLead))}\\b`),
      );
      expect(text).toContain(`bar of ${approx(bar)} EFLOPS`);
      expect(text).toContain(`frontier class ${signedText(record.frontierClassPoints)}`);
    }
    expect(flat(workedExample)).toContain(
      `${approx(developers('us'))}M independent developers against China's ${approx(developers('china'))}M`,
    );
  });

  it('says how much power the US lacked and how many Build power actions would have carried its chips', () => {
    const { power } = start.params;
    const neededGw = (played.sides.us.chipsK * power.chipPowerKw.us) / 1000 - start.sides.us.powerGw;
    const builds = Math.ceil(neededGw / power.gwPerAction.us);
    // With that many more gigawatts before the round end, every US chip is powered.
    const powered = createGame({ seed: 'rulebook' });
    powered.sides.us.powerGw += builds * power.gwPerAction.us;
    endRound(powered);
    expect(powered.sides.us.chipsK * power.chipPowerKw.us).toBeLessThanOrEqual(
      (start.sides.us.powerGw + builds * power.gwPerAction.us) * 1000,
    );
    expect(flat(quickStart)).toContain(
      neededGw > 0
        ? `the US grid lacked ${approx(neededGw)} GW: ${builds} Build power action`
        : 'the grid carried every US chip',
    );
  });

  it("states China's HBM left, tools lost and production bill after the round", () => {
    if (!record) throw new Error('no round recorded');
    const china = record.figures.china;
    expect(flat(quickStart)).toContain(`${thousands(played.sides.china.hbmStockKChips)} sets are left`);
    expect(flat(quickStart)).toContain(`the quiet first round wears out ${china.toolGroupsLost}`);
    expect(flat(rulebook)).toContain(
      `China's bill is $${approx(china.productionBillBn)}Bn against an income of $${approx(china.incomeBn)}Bn`,
    );
  });
});
