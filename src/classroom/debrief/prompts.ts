import type { LearningObjective } from '../../../rules/index.ts';
import { learningObjectives } from '../../../rules/index.ts';
import type { ArticleClaim, ArticleClaimId } from './article-claims.ts';
import { articleClaim } from './article-claims.ts';
import {
  ecosystemEvidence,
  efficiencyEvidence,
  escalationEvidence,
  euvEvidence,
  interconnectEvidence,
  mandateEvidence,
  openSourceEvidence,
  round,
  subsidyEvidence,
  toolWearEvidence,
  yieldEvidence,
} from './claim-evidence.ts';
import type { TableFacts } from './table-facts.ts';
import { firedEvents } from './timeline.ts';

/**
 * Discussion prompts as data: each belongs to one of the essay's claims or to a learning objective of
 * the cards (rules/vocabulary.ts), and says from a table's own history whether it has something to
 * discuss there, and with which figures. The debrief shows the ones a table's history makes relevant;
 * the facilitator guide (docs/CLASSROOM.md) prints the questions per scenario.
 */

export type PromptTopic =
  { kind: 'claim'; claim: ArticleClaimId } | { kind: 'objective'; objective: LearningObjective };

export interface DiscussionPrompt {
  id: string;
  question: string;
  topic: PromptTopic;
  /** The table's own figures that the question can be answered from; undefined: nothing to discuss there. */
  evidence: (facts: TableFacts) => string | undefined;
}

export interface PickedPrompt {
  prompt: DiscussionPrompt;
  evidence: string;
  /** The claim's words, for a claim prompt. */
  claim: ArticleClaim | undefined;
}

/** Prompts on the essay's claims, answered from the table's figures. */
export const claimPrompts: readonly DiscussionPrompt[] = [
  {
    id: 'efficiency-diminishing',
    question: 'Did the efficiency-first path hit diminishing returns at your table?',
    topic: { kind: 'claim', claim: 'diminishingReturns' },
    evidence: efficiencyEvidence,
  },
  {
    id: 'yield-cost',
    question: 'What did low yields cost per working chip, and who paid it?',
    topic: { kind: 'claim', claim: 'yieldEconomics' },
    evidence: yieldEvidence,
  },
  {
    id: 'euv-loop',
    question: 'How far did China get toward leading-edge chips without imported EUV, and what stopped it?',
    topic: { kind: 'claim', claim: 'noEuv' },
    evidence: euvEvidence,
  },
  {
    id: 'tool-wear',
    question: "Did China's DUV tools wear out faster than it could replace them?",
    topic: { kind: 'claim', claim: 'toolWear' },
    evidence: toolWearEvidence,
  },
  {
    id: 'subsidy-dependency',
    question: 'Did subsidy money build an industry or a dependency?',
    topic: { kind: 'claim', claim: 'subsidyDependency' },
    evidence: subsidyEvidence,
  },
  {
    id: 'cuda-moat',
    question: 'Did the software ecosystem (CUDA against CANN) decide more than the chips did?',
    topic: { kind: 'claim', claim: 'cudaMoat' },
    evidence: ecosystemEvidence,
  },
  {
    id: 'interconnect-wall',
    question: 'How much compute did each side lose to interconnect and memory as its clusters grew?',
    topic: { kind: 'claim', claim: 'interconnectWall' },
    evidence: interconnectEvidence,
  },
  {
    id: 'open-source-paradox',
    question:
      'When a model was open-sourced at your table, who gained more: the side that shared it or its rival?',
    topic: { kind: 'claim', claim: 'openSourceParadox' },
    evidence: openSourceEvidence,
  },
  {
    id: 'captive-market',
    question: 'Was the mandated home market a victory for China, or a cost?',
    topic: { kind: 'claim', claim: 'captiveMarket' },
    evidence: mandateEvidence,
  },
];

/** One question per learning objective, asked about the events of that objective that fired at the table. */
const objectiveQuestions: Record<LearningObjective, string> = {
  yields: 'Which events changed yields, and what did a working chip cost each side afterwards?',
  lithography: 'What did access to EUV lithography decide at your table?',
  toolWear: "What did the events about tools and spare parts do to China's production?",
  subsidies: 'Which subsidies were taken, and what did they cost in later rounds?',
  ecosystem: 'Did any event move developers from one ecosystem to the other, and did it last?',
  memory: 'Where did HBM supply limit the chips a side could package?',
  interconnect: "How did cluster size and interconnect shape each side's effective compute?",
  efficiency: "How much of each side's compute growth came from algorithms rather than hardware?",
  openSource: 'Who benefited from open models at your table?',
  exportControls: 'What did each export control or retaliation cost its target, and its author?',
  escalation: 'Which moves raised escalation, and was the risk worth what they bought?',
  power: 'Did power limit how many chips a side could run?',
  marketFiat: 'What did mandating domestic chips buy China, and what did it cost?',
};

/** How many cards an objective's evidence names before "and N more". */
const cardsNamed = 4;

function eventsOf(objective: LearningObjective) {
  return (facts: TableFacts): string | undefined => {
    const events = firedEvents(facts.timeline).filter((event) => event.card.objectives.includes(objective));
    if (events.length === 0) return undefined;
    // One mention per card, with every time it fired: a card that fired four times is named once.
    const byCard = new Map<string, { title: string; source: string; times: string[] }>();
    for (const event of events) {
      const entry = byCard.get(event.card.id) ?? {
        title: event.card.title,
        source: event.card.source,
        times: [],
      };
      entry.times.push(`${event.how}, ${round(event.round)}`);
      byCard.set(event.card.id, entry);
    }
    const cardsFired = [...byCard.values()];
    const named = cardsFired
      .slice(0, cardsNamed)
      .map((card) => `${card.title} (${card.times.join('; ')}. Source: ${card.source})`);
    const more = cardsFired.length - named.length;
    const extra = objective === 'escalation' ? escalationEvidence(facts) : undefined;
    return `Events at your table: ${named.join('; ')}${more > 0 ? `; and ${more} more` : ''}.${extra ? ` ${extra}` : ''}`;
  };
}

export const objectivePrompts: readonly DiscussionPrompt[] = learningObjectives.map((objective) => ({
  id: `events-${objective}`,
  question: objectiveQuestions[objective],
  topic: { kind: 'objective', objective },
  evidence: eventsOf(objective),
}));

export const discussionPrompts: readonly DiscussionPrompt[] = [...claimPrompts, ...objectivePrompts];

export function discussionPrompt(id: string): DiscussionPrompt {
  const found = discussionPrompts.find((prompt) => prompt.id === id);
  if (!found) throw new Error(`unknown discussion prompt: ${id}`);
  return found;
}

/** Cards of a prompt's objective that fired at the table (objective prompts), for ranking. */
function firedCount(facts: TableFacts, prompt: DiscussionPrompt): number {
  if (prompt.topic.kind !== 'objective') return 0;
  const { objective } = prompt.topic;
  return firedEvents(facts.timeline).filter((event) => event.card.objectives.includes(objective)).length;
}

/**
 * The prompts a table's history makes relevant, with its figures: the essay's claims first (in the
 * essay's order), then the learning objectives whose cards fired most often, at most `limit` in all.
 */
export function promptsFor(facts: TableFacts, limit = 6): PickedPrompt[] {
  const picked = (prompts: readonly DiscussionPrompt[]): PickedPrompt[] =>
    prompts.flatMap((prompt) => {
      const evidence = prompt.evidence(facts);
      if (evidence === undefined) return [];
      const claim = prompt.topic.kind === 'claim' ? articleClaim(prompt.topic.claim) : undefined;
      return [{ prompt, evidence, claim }];
    });
  const claims = picked(claimPrompts);
  const objectives = picked(objectivePrompts).sort(
    (a, b) => firedCount(facts, b.prompt) - firedCount(facts, a.prompt),
  );
  // Keep room for the cards' own objectives: two of the slots go to them when the table has any.
  const objectiveSlots = Math.min(objectives.length, 2);
  return [...claims.slice(0, limit - objectiveSlots), ...objectives].slice(0, limit);
}
