import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { baselineScenarioId, resolveParameters, scenarios } from '../../rules/index.ts';
import { measuredBalance, readBalanceFile } from '../../tools/classroom-materials/balance.ts';
import {
  generateClassroomGuide,
  readGuideTemplate,
  renderClassroomGuide,
} from '../../tools/classroom-materials/generate.ts';
import { lessonPlans, timedSteps } from '../../tools/classroom-materials/lesson-plans.ts';
import { discussionPrompt } from '../../src/classroom/debrief/prompts.ts';
import { scenarioGuide } from '../../src/classroom/materials/scenario-guides.ts';

/** The facilitator guide (docs/CLASSROOM.md): generated from the game's data and docs/BALANCE.md. */

const guidePath = new URL('../../docs/CLASSROOM.md', import.meta.url);
const guide = generateClassroomGuide();
const balance = readBalanceFile();

/** The guide's part for one scenario, from its heading to the next. */
function scenarioPart(id: string): string {
  const start = guide.indexOf(`(\`${id}\`)`, guide.indexOf('\n## The scenarios'));
  const next = guide.indexOf('\n### ', start);
  return guide.slice(start, next < 0 ? guide.indexOf('\n## ', start) : next);
}

describe('the facilitator guide (docs/CLASSROOM.md)', () => {
  it('is up to date with the game and docs/BALANCE.md', () => {
    const onDisk = readFileSync(guidePath, 'utf8');
    expect(onDisk === guide, 'docs/CLASSROOM.md is stale: run `npm run materials`').toBe(true);
  });

  it.each(scenarios.map((scenario) => [scenario.id]))(
    '%s: the policy question, the arc, the measured win rate and five distinct debrief prompts',
    (id) => {
      const scenarioGuideEntry = scenarioGuide(id);
      expect(scenarioGuideEntry).toBeDefined();
      if (!scenarioGuideEntry) return;
      const part = scenarioPart(id);
      expect(part).toContain(scenarioGuideEntry.policyQuestion);
      expect(part).toContain(scenarioGuideEntry.arc(resolveParameters(id)));
      const measured = measuredBalance(balance).get(id);
      expect(measured, `docs/BALANCE.md measures ${id}`).toBeDefined();
      expect(part).toContain(`the US won ${measured?.usWinRate ?? '?'}`);
      expect(new Set(scenarioGuideEntry.promptIds).size).toBe(5);
      const listed = [...part.matchAll(/^\d\. (.+?) _\(/gm)].map((match) => match[1]);
      expect(listed).toEqual(
        scenarioGuideEntry.promptIds.map((promptId) => discussionPrompt(promptId).question),
      );
    },
  );

  it("cites the baseline's win rate exactly as docs/BALANCE.md's strong-bot table prints it", () => {
    const row = balance.split('\n').find((line) => line.startsWith('| mcts:200 | mcts:200 |'));
    const rate = row?.split('|')[4]?.trim().replaceAll('**', '');
    expect(rate).toMatch(/^\d+\.\d% \(/);
    expect(measuredBalance(balance).get(baselineScenarioId)?.usWinRate).toBe(rate);
    expect(guide).toContain(`the US wins\n${rate ?? '?'} of baseline games`);
  });

  it('follows docs/BALANCE.md when a measurement changes', () => {
    const measured = measuredBalance(balance).get('taiwan-crisis')?.usWinRate;
    if (!measured) throw new Error('docs/BALANCE.md measures no taiwan-crisis');
    const changed = balance.replace(`| ${measured} |`, '| 61.0% (56.1–65.6) |');
    expect(changed).not.toBe(balance);
    const regenerated = renderClassroomGuide(readGuideTemplate(), changed);
    expect(regenerated).toContain('the US won 61.0% (56.1–65.6)');
    expect(regenerated).not.toContain(measured);
  });

  it('fails loudly on a placeholder it does not know', () => {
    expect(() => renderClassroomGuide('{{value:noSuchValue}}', balance)).toThrow(/unknown value/);
  });
});

describe('the lesson plans', () => {
  it.each(Object.entries(lessonPlans))('%s fills exactly its minutes, step after step', (_name, plan) => {
    const steps = timedSteps(plan);
    expect(steps[0]?.from).toBe(0);
    expect(steps[steps.length - 1]?.to).toBe(plan.minutes);
    steps.slice(1).forEach((step, index) => {
      expect(step.from).toBe(steps[index]?.to);
    });
  });

  it("gives play the scenario's rounds at the turn's seconds: a headline and each side's action rounds", () => {
    const plan = lessonPlans.lesson50;
    const { calendar } = resolveParameters(plan.scenarioId);
    const play = timedSteps(plan).find((step) => step.title.startsWith('Play'));
    const expected = Math.ceil(
      (calendar.roundCount * (1 + 2 * calendar.actionRoundsPerSide) * plan.turnSeconds) / 60,
    );
    expect((play?.to ?? 0) - (play?.from ?? 0)).toBe(expected);
    expect(play?.title).toBe(
      `Play rounds 1–${String(calendar.roundCount)} (${String(calendar.startYear)}–${String(calendar.startYear + calendar.roundCount - 1)})`,
    );
  });
});
