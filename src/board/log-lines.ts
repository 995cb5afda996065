import type { LogEntry, RoundRecord, Side } from '../../rules/index.ts';
import { cards, endReasons, nodes, researchTracks, roundEndText, scenarioById } from '../../rules/index.ts';
import type { Card } from '../../rules/content/card-types.ts';
import { describeEffect, describeEvent } from '../../rules/content/describe.ts';
import { targetSide } from '../../rules/mechanics/events.ts';
import { effectsSentence } from './effect-words.ts';
import { describeLead, endReasonText, formatEflops, formatThousands } from './format.ts';
import { researchTrackTitle } from './hints.ts';

/**
 * The game's log as plain sentences: the kernel's entries with its ids put into words, each event
 * with what its card does, under each entry what it changed (the kernel's recorded effects), and at
 * each round's end the round-end report from the kernel's own record (the points each contest gave and
 * the figures behind them). Pure; tested in test/src/log-lines.test.ts.
 */

export interface LogLine {
  key: string;
  round: number;
  side: Side | null;
  text: string;
  /** A round-end report, set apart on the board. */
  report: boolean;
  /** The kernel log entry's index; undefined for a report of a log with no round-end entries (rules 2.4.0). */
  entry: number | undefined;
  /** What the entry's step changed, as a sentence ("US budget $30Bn → $32Bn."); empty when nothing. */
  effects: string;
}

/** What the log is read from: a seat's view, or a class export's table. */
export interface LogSource {
  scenarioId: string;
  log: readonly LogEntry[];
  history: readonly RoundReportRecord[];
  /** Whether (and when) the game ended: its verdict is then the log's last entry. */
  result: { round: number } | null;
}

export type RoundReportRecord = Pick<
  RoundRecord,
  | 'round'
  | 'year'
  | 'computeLead'
  | 'frontierPoints'
  | 'frontierClassPoints'
  | 'adoptionPoints'
  | 'ecosystemPoints'
  | 'figures'
>;

const idWords = new Map<string, string>([
  ...endReasons.map((reason): [string, string] => [reason, endReasonText[reason] ?? reason]),
  ...researchTracks.map((track): [string, string] => [track, researchTrackTitle(track)]),
  ...nodes.map((node): [string, string] => [node, `${node.toUpperCase()} node`]),
]);

const cardByTitle = new Map(cards.map((card) => [card.title, card]));

/**
 * An event's text for the log, where "you" would be ambiguous: each effect names the side it lands on
 * (the card's owner benefits, or whoever played a neutral card: rules/round.ts eventBeneficiary).
 */
function eventForLog(card: Card, actor: Side | null): string {
  const beneficiary = card.owner === 'neutral' ? actor : card.owner;
  if (!beneficiary) return describeEvent(card);
  return card.effects
    .map((effect) =>
      'target' in effect && (effect.target === 'player' || effect.target === 'opponent')
        ? describeEffect(
            Object.assign({}, effect, { target: targetSide(effect.target, beneficiary) }),
            card.owner,
          )
        : describeEffect(effect, card.owner),
    )
    .join(' ');
}

/** One kernel entry in words: "(domesticEuv)" → "(Domestic EUV)", an event with its card's text. */
export function plainEntryText(entry: LogEntry, scenarioTitle: string | undefined): string {
  let text = entry.text.replace(/\(([A-Za-z0-9-]+)\)/g, (whole, id: string) => {
    const words = idWords.get(id);
    if (words !== undefined) return `(${words})`;
    if (scenarioTitle !== undefined && scenarioById(id)) return `(${scenarioTitle})`;
    return whole;
  });
  const event = /^Event: (.+)\.$/.exec(text);
  const card = event?.[1] === undefined ? undefined : cardByTitle.get(event[1]);
  if (card) text = `${text} ${eventForLog(card, entry.side)}`;
  return text;
}

const points = (value: number): string =>
  value === 0 ? 'nobody' : `${value > 0 ? 'the US' : 'China'} +${Math.abs(value)}`;

/** The round-end report: the four contests, the lead, and what each side's industry made. */
export function roundReport(record: RoundReportRecord): string {
  const { us, china } = record.figures;
  const total =
    record.frontierPoints + record.frontierClassPoints + record.adoptionPoints + record.ecosystemPoints;
  const lost =
    china.toolGroupsLost > 0
      ? ` China lost ${china.toolGroupsLost} DUV tool group${china.toolGroupsLost === 1 ? '' : 's'}.`
      : '';
  return (
    `Round ${record.round} (${record.year}) scored: frontier ${points(record.frontierPoints)} ` +
    `(training ${formatEflops(us.trainingEflops)} US vs ${formatEflops(china.trainingEflops)} China), ` +
    `frontier class ${points(record.frontierClassPoints)}, ` +
    `adoption ${points(record.adoptionPoints)}, ecosystem ${points(record.ecosystemPoints)}: ` +
    `${points(total)} in all. ${describeLead(record.computeLead)}. ` +
    `Chips made: US ${formatThousands(us.chipsPackagedK, 'chips')}, China ${formatThousands(china.chipsPackagedK, 'chips')}.` +
    lost
  );
}

/**
 * Each entry's effects in words, kept: an entry never changes once written, and the replay viewer words
 * the whole log on every frame while it plays.
 */
const effectsWords = new WeakMap<LogEntry, string>();

function entryEffects(entry: LogEntry): string {
  if (!entry.effects) return '';
  let words = effectsWords.get(entry);
  if (words === undefined) {
    words = effectsSentence(entry.effects);
    effectsWords.set(entry, words);
  }
  return words;
}

/**
 * The log in the order things happened. A round's report stands at its round-end entry, with what the
 * round end changed; a log without such entries (rules 2.4.0) has it after the round's last entry, and
 * before the verdict of a game its round end decided.
 */
export function logLines(source: LogSource): LogLine[] {
  const scenarioTitle = scenarioById(source.scenarioId)?.title;
  const lines: LogLine[] = [];
  const reports = new Map(source.history.map((record) => [record.round, record]));
  const flushReportsBefore = (round: number): void => {
    for (const [reportRound, record] of reports) {
      if (reportRound >= round) continue;
      lines.push({
        key: `report-${reportRound}`,
        round: reportRound,
        side: null,
        text: roundReport(record),
        report: true,
        entry: undefined,
        effects: '',
      });
      reports.delete(reportRound);
    }
  };
  // The verdict is the kernel's last entry; a game decided at a round end reads its report first.
  const verdictAt = source.result ? source.log.length - 1 : -1;
  source.log.forEach((entry, index) => {
    const effects = entryEffects(entry);
    const record = reports.get(entry.round);
    if (record && entry.text === roundEndText(record.round, record.year)) {
      lines.push({
        key: `report-${record.round}`,
        round: record.round,
        side: null,
        text: roundReport(record),
        report: true,
        entry: index,
        effects,
      });
      reports.delete(record.round);
      return;
    }
    flushReportsBefore(index === verdictAt ? entry.round + 1 : entry.round);
    lines.push({
      key: `entry-${index}`,
      round: entry.round,
      side: entry.side,
      text: plainEntryText(entry, scenarioTitle),
      report: false,
      entry: index,
      effects,
    });
  });
  flushReportsBefore(Number.POSITIVE_INFINITY);
  return lines;
}
