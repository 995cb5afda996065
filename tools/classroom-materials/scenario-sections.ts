import { defaultParameters, getParameter, resolveParameters, scenarios } from '../../rules/index.ts';
import type { Scenario } from '../../rules/content/scenario-types.ts';
import { articleClaim } from '../../src/classroom/debrief/article-claims.ts';
import { discussionPrompt } from '../../src/classroom/debrief/prompts.ts';
import { readingSearch } from '../../src/classroom/reading-route.ts';
import { scenarioGuide } from '../../src/classroom/materials/scenario-guides.ts';
import { objectiveLabel } from '../rulebook/labels.ts';
import { formatNumber } from '../rulebook/markdown.ts';
import type { MeasuredBalance } from './balance.ts';

/**
 * The guide's part per scenario: its summary and changes (the scenario's data), the policy question,
 * the expected arc (from its parameters), the measured balance (docs/BALANCE.md), five debrief prompts
 * (the debrief's own prompt list) and the links to its side briefings.
 */

function changes(scenario: Scenario): string {
  const entries = Object.entries(scenario.overrides);
  if (entries.length === 0) return 'none: the defaults are this scenario.';
  return `${entries
    .map(([path, value]) => {
      const before = getParameter(defaultParameters, path);
      return `\`${path}\` ${before === undefined ? '' : `${formatNumber(before)} → `}${formatNumber(value)}`;
    })
    .join('; ')}.`;
}

function promptLine(id: string): string {
  const prompt = discussionPrompt(id);
  const topic =
    prompt.topic.kind === 'claim'
      ? `the essay: “${articleClaim(prompt.topic.claim).quote}”`
      : `the cards on ${objectiveLabel[prompt.topic.objective]} that fired at the table`;
  return `${prompt.question} _(${topic})_`;
}

function measuredLine(measured: MeasuredBalance | undefined): string {
  if (!measured) return '**Measured.** Not yet measured in docs/BALANCE.md.';
  return `**Measured.** Over ${measured.games.toLocaleString('en-US')} games of ${measured.bots} the US won ${measured.usWinRate}. ${measured.winsByRoute} (fingerprint \`${measured.fingerprint}\`).`;
}

export function scenarioSection(scenario: Scenario, measured: MeasuredBalance | undefined): string {
  const guide = scenarioGuide(scenario.id);
  if (!guide)
    throw new Error(`scenario ${scenario.id} has no guide in src/classroom/materials/scenario-guides.ts`);
  const params = resolveParameters(scenario.id);
  const briefings = (['us', 'china'] as const)
    .map((side) => `\`/${readingSearch({ kind: 'briefing', scenarioId: scenario.id, side })}\``)
    .join(' and ');
  return [
    `### ${scenario.title} (\`${scenario.id}\`)${scenario.counterfactual ? ': a what-if' : ''}`,
    scenario.summary,
    `**Changes from the defaults:** ${changes(scenario)}`,
    `**The policy question.** ${guide.policyQuestion}`,
    `**The expected arc.** ${guide.arc(params)}`,
    measuredLine(measured),
    '**Five debrief prompts.**',
    guide.promptIds.map((id, index) => `${String(index + 1)}. ${promptLine(id)}`).join('\n'),
    `**Side briefings:** ${briefings}.`,
  ].join('\n\n');
}

export function scenarioSections(measured: ReadonlyMap<string, MeasuredBalance>): string {
  return scenarios.map((scenario) => scenarioSection(scenario, measured.get(scenario.id))).join('\n\n');
}
