import { readFileSync } from 'node:fs';
import { baselineScenarioId, defaultParameters } from '../../rules/index.ts';
import { classroomGlossary } from '../../src/board/glossary.ts';
import { indicatorDefinitions } from '../../src/charts/indicators.ts';
import { maxGamesPerTable } from '../../server/classroom/session-doc.ts';
import { renderTemplate } from '../rulebook/render.ts';
import { measuredBalance, readBalanceFile } from './balance.ts';
import { lessonPlans, lessonTable } from './lesson-plans.ts';
import { scenarioSections } from './scenario-sections.ts';

/**
 * The facilitator guide (docs/CLASSROOM.md): the template's prose with every number, table and list
 * filled from the game's data and docs/BALANCE.md, through the rulebook's placeholder renderer.
 * Deterministic; a test keeps the committed file equal to a fresh generation.
 */

/** The most tables a class may have (the classroom API's limit). */
export const maxTables = 20;

export function readGuideTemplate(): string {
  return readFileSync(new URL('./template.md', import.meta.url), 'utf8');
}

export function renderClassroomGuide(template: string, balanceMarkdown: string): string {
  const measured = measuredBalance(balanceMarkdown);
  const baseline = measured.get(baselineScenarioId);
  if (!baseline) throw new Error('docs/BALANCE.md has no baseline measurement');
  const { calendar } = defaultParameters;
  const values: Record<string, string> = {
    maxTables: String(maxTables),
    maxGamesPerTable: String(maxGamesPerTable),
    baselineRounds: String(calendar.roundCount),
    baselineYears: `${String(calendar.startYear)}–${String(calendar.startYear + calendar.roundCount - 1)}`,
    baselineUsWinRate: baseline.usWinRate,
    glossaryTerms: classroomGlossary(defaultParameters)
      .map((entry) => entry.term)
      .join(', '),
    // "Compute lead" reads "compute lead" mid-sentence; "DUV tool wear" keeps its capitals.
    indicators: indicatorDefinitions
      .map((definition) => definition.title.replace(/^[A-Z](?=[a-z])/, (letter) => letter.toLowerCase()))
      .join(', '),
  };
  return renderTemplate(template, {
    values,
    blocks: {
      lesson50: () => lessonTable(lessonPlans.lesson50),
      lesson90: () => lessonTable(lessonPlans.lesson90),
      scenarios: () => scenarioSections(measured),
    },
    cards: () => {
      throw new Error('the facilitator guide lists no cards by era');
    },
  });
}

export function generateClassroomGuide(): string {
  return renderClassroomGuide(readGuideTemplate(), readBalanceFile());
}
