import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Side } from '../../../rules/index.ts';
import {
  actionDefinitions,
  cards,
  createGame,
  defaultParameters,
  menuOf,
  resolveParameters,
  scenarios,
  sides,
} from '../../../rules/index.ts';
import { classroomGlossary, glossary, industryTerms } from '../../../src/board/glossary.ts';
import { BriefingPage } from '../../../src/classroom/materials/briefing-page.tsx';
import { sideBriefing } from '../../../src/classroom/materials/briefing.ts';
import { GlossaryPage } from '../../../src/classroom/materials/glossary-page.tsx';
import { GuidePage } from '../../../src/classroom/materials/guide-page.tsx';
import { scenarioGuide } from '../../../src/classroom/materials/scenario-guides.ts';

/** Side briefings and the glossary: every number read from the rules, every scenario and side covered. */

const cases: [string, Side][] = scenarios.flatMap((scenario) =>
  sides.map((side): [string, Side] => [scenario.id, side]),
);

const text = (html: string): string =>
  html
    .replaceAll('<!-- -->', '')
    .replace(/<[^>]+>/g, ' ')
    .replaceAll('&#x27;', "'")
    .replaceAll('&amp;', '&')
    .replace(/\s+/g, ' ');

describe('side briefings', () => {
  it.each(cases)(
    '%s, %s: every action of the menu, with its cost and availability at the start',
    (scenarioId, side) => {
      const briefing = sideBriefing(scenarioId, side);
      expect(briefing).toBeDefined();
      if (!briefing) return;
      const start = createGame({ scenarioId, seed: 'any' });
      const titles = briefing.firstRound.map((option) => option.title);
      for (const action of menuOf(side)) {
        expect(
          titles.some((title) => title.startsWith(actionDefinitions[action].title)),
          action,
        ).toBe(true);
      }
      const power = briefing.firstRound.find((option) => option.title === actionDefinitions.buildPower.title);
      expect(power?.costBn).toBe(actionDefinitions.buildPower.costBn(start, side, { action: 'buildPower' }));
      expect(power?.unavailable).toBe(
        actionDefinitions.buildPower.unavailable(start, side, { action: 'buildPower' }),
      );
      expect(briefing.ownCards.map((card) => card.title)).toEqual(
        cards.filter((card) => card.era === 1 && card.owner === side).map((card) => card.title),
      );
      expect(briefing.guide).toBe(scenarioGuide(scenarioId));
      const params = resolveParameters(scenarioId);
      expect(briefing.goals[0]).toContain(`${side === 'us' ? '+' : '−'}${String(params.scoring.leadToWin)}`);
      expect(briefing.limits.join(' ')).toContain(
        `Escalation starts at ${String(params.start.escalation)} of ${String(params.escalation.limit)}`,
      );
    },
  );

  it("tells China whether its tools may be serviced, from the scenario's export controls", () => {
    const banned = sideBriefing('baseline-2025', 'china')?.limits.join(' ');
    const lifted = sideBriefing('servicing-ban-lifted', 'china')?.limits.join(' ');
    expect(banned).toContain('Servicing is banned');
    expect(lifted).toContain('Servicing is allowed');
    expect(
      sideBriefing('servicing-ban-lifted', 'china')?.firstRound.find(
        (option) => option.title === 'Service DUV tools',
      )?.unavailable,
    ).toBeUndefined();
    expect(
      sideBriefing('baseline-2025', 'china')?.firstRound.find(
        (option) => option.title === 'Service DUV tools',
      )?.unavailable,
    ).toBe('servicing is banned and domestic spares are not ready');
  });

  it('has none for a scenario that does not exist', () => {
    expect(sideBriefing('no-such-scenario', 'us')).toBeUndefined();
  });

  it('prints both sides of a scenario, a sheet each, and lists every scenario when none is given', () => {
    const both = renderToString(<BriefingPage scenarioId="taiwan-crisis" side={undefined} />);
    expect(both.match(/<article class="briefing-sheet/g)).toHaveLength(2);
    expect(text(both)).toContain('United States — Taiwan Crisis');
    expect(text(both)).toContain('China — Taiwan Crisis');
    expect(text(both)).toContain(scenarioGuide('taiwan-crisis')?.policyQuestion ?? '?');
    const index = text(renderToString(<BriefingPage scenarioId="nope" side="us" />));
    expect(index).toContain('There is no scenario “nope”');
    for (const scenario of scenarios) expect(index).toContain(scenario.title);
  });
});

describe('the classroom glossary', () => {
  const terms = classroomGlossary(defaultParameters);
  const names = terms.map((entry) => entry.term);

  it.each([
    'EUV',
    'DUV',
    'Multi-patterning',
    'yield',
    'HBM',
    'CUDA',
    'CANN',
    'MoE',
    'MLA',
    'Export controls',
  ])('explains %s', (word) => {
    expect(names.some((name) => name.includes(word))).toBe(true);
  });

  it("keeps the board's terms, merges a word both lists have, and lists each word once, in order", () => {
    for (const entry of glossary(defaultParameters)) expect(names).toContain(entry.term);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
    const hbm = terms.find((entry) => entry.term === 'HBM');
    expect(hbm?.meaning).toContain('In the game: High-bandwidth memory: China needs a set');
    // The board's own panel stays the board's words only.
    const industryNames = new Set(industryTerms(defaultParameters).map((entry) => entry.term));
    expect(
      glossary(defaultParameters)
        .filter((entry) => industryNames.has(entry.term))
        .map((entry) => entry.term),
    ).toEqual(['HBM']);
  });

  it("reads its numbers from the parameters (the game's multi-patterning passes and DUV yield caps)", () => {
    const patterning = industryTerms(defaultParameters).find((entry) => entry.term === 'Multi-patterning');
    const { duvPatterningPasses } = defaultParameters.nodes;
    expect(patterning?.meaning).toContain(
      `${String(duvPatterningPasses.n7)} at 7nm-class, ${String(duvPatterningPasses.n5)} at 5nm-class`,
    );
    expect(patterning?.meaning).toContain(
      `DUV caps ${String(Math.round(defaultParameters.yieldCap.duv.n7 * 100))}%`,
    );
  });

  it('renders every term with a link to its rulebook section', () => {
    const html = renderToString(<GlossaryPage />);
    expect(html.match(/<dt>/g)).toHaveLength(terms.length);
    expect(html).toContain('href="#rules-6"');
  });
});

describe('the facilitator guide in the app', () => {
  it('renders docs/CLASSROOM.md with its lesson plans and every scenario', () => {
    const words = text(renderToString(<GuidePage />));
    expect(words).toContain('A 50-minute lesson');
    expect(words).toContain('A 90-minute lesson');
    for (const scenario of scenarios) expect(words).toContain(scenario.title);
  });
});
