import type { LearningObjective, Side } from '../../../rules/index.ts';
import { learningObjectives, sides } from '../../../rules/index.ts';
import { formatNumber, formatPercent } from '../../board/format.ts';
import type { ArticleClaim, ArticleClaimId } from './article-claims.ts';
import { articleClaim } from './article-claims.ts';
import type { IndicatorId } from '../../charts/indicators.ts';
import type { TableFacts } from './table-facts.ts';
import { actionsTaken, presentValues } from './table-facts.ts';
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

const round = (number: number): string => `round ${number}`;

function joinWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}

/** "×1.5 → ×1.95" with the round of each end, or undefined when the line has fewer than two values. */
function change(
  facts: TableFacts,
  id: IndicatorId,
  side: Side,
  format: (value: number) => string,
): { text: string; first: number; last: number; values: { round: number; value: number }[] } | undefined {
  const values = presentValues(facts, id, side);
  const first = values[0];
  const last = values[values.length - 1];
  if (!first || !last || values.length < 2) return undefined;
  return {
    text: `${format(first.value)} in ${round(first.round)} → ${format(last.value)} in ${round(last.round)}`,
    first: first.value,
    last: last.value,
    values,
  };
}

const times = (value: number): string => `×${formatNumber(value, 2)}`;

/** "the US's" / "China's", capitalised at the start of a sentence. */
const possessive = (side: Side): string => (side === 'us' ? "The US's" : "China's");
const subject = (side: Side): string => (side === 'us' ? 'The US' : 'China');

/**
 * The rounds at which a multiplier changed as printed (two decimals), with the first value:
 * ×1.95 (round 1) → ×2.35 (round 3).
 */
function changePoints(
  values: readonly { round: number; value: number }[],
): { round: number; value: number }[] {
  const printed = (value: number): number => Math.round(value * 100);
  return values.filter(
    (point, index) =>
      index === 0 || printed(point.value) !== printed(values[index - 1]?.value ?? point.value),
  );
}

function efficiencyEvidence(facts: TableFacts): string | undefined {
  const sentences: string[] = [];
  for (const side of sides) {
    const values = presentValues(facts, 'algorithmicMultiplier', side);
    const points = changePoints(values);
    const researched = actionsTaken(facts, 'researchEfficiency', side).length;
    if (values.length < 2 || (points.length < 2 && researched === 0)) continue;
    const path = points.map((point) => `${times(point.value)} (${round(point.round)})`).join(' → ');
    let sentence =
      points.length < 2
        ? `${possessive(side)} algorithmic multiplier stayed at ${path.replace(/ \(round \d+\)$/, '')}`
        : `${possessive(side)} algorithmic multiplier went ${path}`;
    if (researched > 0)
      sentence += ` after ${researched} efficiency research action${researched === 1 ? '' : 's'}`;
    const steps = points.slice(1).map((point, index) => point.value - (points[index]?.value ?? point.value));
    const rises = steps.filter((step) => step > 0);
    if (rises.length >= 2) {
      const shrinking = rises.every((rise, index) => index === 0 || rise < (rises[index - 1] ?? 0));
      sentence += `; its rises were ${rises.map((rise) => `+${formatNumber(rise, 2)}`).join(', ')}${shrinking ? ', each smaller than the one before' : ''}`;
    }
    const mandated = actionsTaken(facts, 'mandateDomesticChips', side)[0];
    if (mandated)
      sentence += `; from ${round(mandated.round)} the domestic-chip mandate took ${formatPercent(1 - facts.params.mandate.efficiencyMultiplierPenalty)} off it`;
    const training = presentValues(facts, 'trainingCompute', side);
    const firstTraining = training[0];
    const lastTraining = training[training.length - 1];
    const firstMultiplier = values[0];
    const lastMultiplier = values[values.length - 1];
    if (firstTraining && lastTraining && firstMultiplier && lastMultiplier && firstTraining.value > 0) {
      const growth = lastTraining.value / firstTraining.value;
      const fromEfficiency = lastMultiplier.value / firstMultiplier.value;
      sentence += `. Its training compute grew ${times(growth)} from ${round(firstTraining.round)} to ${round(lastTraining.round)}: ${times(fromEfficiency)} from efficiency, ${times(growth / fromEfficiency)} from chips, power and utilisation`;
    }
    sentences.push(`${sentence}.`);
  }
  return sentences.length > 0 ? sentences.join(' ') : undefined;
}

function yieldEvidence(facts: TableFacts): string | undefined {
  const last = facts.records[facts.records.length - 1];
  if (!last) return undefined;
  const china = last.figures.china.costPerGoodDieUsd;
  const us = last.figures.us.costPerGoodDieUsd;
  if (!(china > 0 && us > 0)) return undefined;
  let text = `In ${round(last.round)} a working die cost China $${formatNumber(china, 0)} and the US $${formatNumber(us, 0)}: ${times(china / us)}.`;
  const chinaYield = presentValues(facts, 'meanYield', 'china').at(-1);
  const usYield = presentValues(facts, 'meanYield', 'us').at(-1);
  if (chinaYield && usYield)
    text += ` Yields at the end: China ${formatNumber(chinaYield.value, 0)}%, the US ${formatNumber(usYield.value, 0)}%.`;
  const learned = actionsTaken(facts, 'learnYield', 'china').length;
  if (learned > 0) text += ` China bought yield learning ${learned} time${learned === 1 ? '' : 's'}.`;
  return text;
}

function euvEvidence(facts: TableFacts): string | undefined {
  const research = actionsTaken(facts, 'researchDomestic', 'china');
  const byTrack = new Map<string, number>();
  for (const { entry } of research)
    byTrack.set(entry.detail ?? 'research', (byTrack.get(entry.detail ?? 'research') ?? 0) + 1);
  const listings = actionsTaken(facts, 'sanctionEntities', 'us').length;
  const ended = facts.result?.reason === 'selfReliance' || facts.result?.reason === 'chokehold';
  if (research.length === 0 && listings === 0 && !ended) return undefined;
  const parts: string[] = [];
  if (research.length > 0)
    parts.push(
      `China took ${research.length} domestic research action${research.length === 1 ? '' : 's'} (${[...byTrack].map(([track, count]) => `${track} ${count}`).join(', ')})`,
    );
  if (listings > 0) parts.push(`the US made ${listings} Entity List listing${listings === 1 ? '' : 's'}`);
  let text = parts.length > 0 ? `${joinWords(parts)}.` : '';
  if (facts.result?.reason === 'selfReliance')
    text += ` China closed its self-reliance loop in ${round(facts.result.round)}.`;
  if (facts.result?.reason === 'chokehold')
    text += ` The US chokehold ended the game in ${round(facts.result.round)}.`;
  return text.trim().replace(/^./, (letter) => letter.toUpperCase());
}

function toolWearEvidence(facts: TableFacts): string | undefined {
  const lost = facts.records.reduce((sum, record) => sum + record.figures.china.toolGroupsLost, 0);
  const wear = change(facts, 'toolWear', 'china', (value) => `${formatNumber(value, 0)}%`);
  const bought = actionsTaken(facts, 'buyToolGroup', 'china').length;
  const serviced = actionsTaken(facts, 'serviceTools', 'china').length;
  if (lost === 0 && bought === 0 && serviced === 0 && (!wear || wear.last <= wear.first)) return undefined;
  const parts = [`China lost ${lost} worn-out tool group${lost === 1 ? '' : 's'}`];
  if (bought > 0) parts.push(`bought ${bought}`);
  if (serviced > 0) parts.push(`serviced its tools ${serviced} time${serviced === 1 ? '' : 's'}`);
  let text = `${joinWords(parts)}.`;
  if (wear) text += ` The mean wear of its tools went ${wear.text}.`;
  return text;
}

function subsidyEvidence(facts: TableFacts): string | undefined {
  const sentences: string[] = [];
  for (const side of sides) {
    const taken = actionsTaken(facts, 'takeSubsidy', side).length;
    const dependency = presentValues(facts, 'dependency', side).at(-1);
    if (taken === 0 && !(dependency && dependency.value > 0)) continue;
    const took =
      taken > 0 ? `took ${taken} subsidy tranche${taken === 1 ? '' : 's'}` : 'took no subsidy tranche';
    let sentence = `${subject(side)} ${took}`;
    if (dependency) {
      const cost = formatNumber(dependency.value * facts.params.subsidy.dependencyCostBnPerPoint, 1);
      sentence += `${taken > 0 ? '' : ' (its dependency came from events)'} and ended ${round(dependency.round)} with dependency ${formatNumber(dependency.value, 1)}, costing $${cost}Bn of income a round`;
    }
    sentences.push(`${sentence}.`);
  }
  if (sentences.length === 0) return undefined;
  return `${sentences.join(' ')} Self-reliance allows China dependency of at most ${formatNumber(facts.params.scoring.selfRelianceMaxDependency, 1)}.`;
}

function ecosystemEvidence(facts: TableFacts): string | undefined {
  const us = presentValues(facts, 'independentDevelopers', 'us').at(-1);
  const china = presentValues(facts, 'independentDevelopers', 'china').at(-1);
  if (!us || !china) return undefined;
  let text = `At the end of ${round(us.round)} the US had ${formatNumber(us.value, 2)}M independent developers and China ${formatNumber(china.value, 2)}M`;
  if (china.value > 0) text += ` (${times(us.value / china.value)})`;
  text += '.';
  const maturity = presentValues(facts, 'maturity', 'china').at(-1);
  if (maturity)
    text += ` China's library maturity was ${formatNumber(maturity.value, 1)} of ${facts.params.ecosystem.maturityMax}.`;
  const invested = actionsTaken(facts, 'investEcosystem', 'china').length;
  const ported = actionsTaken(facts, 'portWorkloads', 'china').length;
  if (invested + ported > 0)
    text += ` China invested in its ecosystem ${invested} time${invested === 1 ? '' : 's'} and ported workloads ${ported} time${ported === 1 ? '' : 's'}.`;
  return text;
}

function interconnectEvidence(facts: TableFacts): string | undefined {
  const last = facts.records[facts.records.length - 1];
  if (!last) return undefined;
  const us = last.figures.us.clusterEfficiency;
  const china = last.figures.china.clusterEfficiency;
  const upgrades = sides.map((side) => actionsTaken(facts, 'upgradeInterconnect', side).length);
  if (Math.abs(us - china) < 0.05 && upgrades.every((count) => count === 0)) return undefined;
  let text = `In ${round(last.round)} the US clusters delivered ${formatPercent(us)} of their chips' compute and China's ${formatPercent(china)}.`;
  sides.forEach((side, index) => {
    const count = upgrades[index] ?? 0;
    if (count > 0)
      text += ` ${subject(side)} upgraded its interconnect ${count} time${count === 1 ? '' : 's'}.`;
  });
  return text;
}

function openSourceEvidence(facts: TableFacts): string | undefined {
  const sentences: string[] = [];
  for (const side of sides) {
    const opened = actionsTaken(facts, 'openSourceModel', side);
    if (opened.length === 0) continue;
    const influence = change(facts, 'influence', side, (value) => formatNumber(value, 1));
    sentences.push(
      `${subject(side)} open-sourced a model ${opened.length} time${opened.length === 1 ? '' : 's'} (${joinWords(opened.map((item) => round(item.round)))})${influence ? `; its influence went ${influence.text}` : ''}.`,
    );
  }
  return sentences.length > 0 ? sentences.join(' ') : undefined;
}

function mandateEvidence(facts: TableFacts): string | undefined {
  const mandated = actionsTaken(facts, 'mandateDomesticChips', 'china')[0];
  if (!mandated) return undefined;
  return `China mandated domestic chips in ${round(mandated.round)}: captive revenue and captive developers, who count in no contest, and no more chip imports.`;
}

function escalationEvidence(facts: TableFacts): string | undefined {
  const values = presentValues(facts, 'escalation', 'shared');
  const peak = values.reduce<{ round: number; value: number } | undefined>(
    (best, point) => (best === undefined || point.value > best.value ? point : best),
    undefined,
  );
  const limit = facts.params.escalation.limit;
  const endedByIt = facts.result?.reason === 'escalation';
  if (!endedByIt && (!peak || peak.value < limit - 2)) return undefined;
  const raised = sides.map(
    (side) =>
      actionsTaken(facts, 'tightenControls', side).length + actionsTaken(facts, 'retaliate', side).length,
  );
  let text = peak
    ? `Escalation peaked at ${formatNumber(peak.value, 0)} of ${limit} in ${round(peak.round)}.`
    : '';
  text += ` The US tightened export controls ${raised[0] ?? 0} time${raised[0] === 1 ? '' : 's'}; China retaliated ${raised[1] ?? 0} time${raised[1] === 1 ? '' : 's'}.`;
  if (endedByIt && facts.result) text += ` The track reached its limit in ${round(facts.result.round)}.`;
  return text.trim();
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
