import type { Side } from '../../../rules/index.ts';
import { sides } from '../../../rules/index.ts';
import { formatNumber, formatPercent } from '../../board/format.ts';
import type { IndicatorId } from '../../charts/indicators.ts';
import type { TableFacts } from './table-facts.ts';
import { actionsTaken, presentValues } from './table-facts.ts';

/**
 * What a table's own figures and actions say on each of the essay's claims (and on escalation): the
 * evidence a discussion prompt (prompts.ts) shows beside its question, or undefined when the table's
 * history has nothing to discuss there.
 */

/** "round 3": how every evidence names a round. */
export const round = (number: number): string => `round ${number}`;

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

export function efficiencyEvidence(facts: TableFacts): string | undefined {
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

export function yieldEvidence(facts: TableFacts): string | undefined {
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

export function euvEvidence(facts: TableFacts): string | undefined {
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

export function toolWearEvidence(facts: TableFacts): string | undefined {
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

export function subsidyEvidence(facts: TableFacts): string | undefined {
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

export function ecosystemEvidence(facts: TableFacts): string | undefined {
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

export function interconnectEvidence(facts: TableFacts): string | undefined {
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

export function openSourceEvidence(facts: TableFacts): string | undefined {
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

export function mandateEvidence(facts: TableFacts): string | undefined {
  const mandated = actionsTaken(facts, 'mandateDomesticChips', 'china')[0];
  if (!mandated) return undefined;
  return `China mandated domestic chips in ${round(mandated.round)}: captive revenue and captive developers, who count in no contest, and no more chip imports.`;
}

export function escalationEvidence(facts: TableFacts): string | undefined {
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
