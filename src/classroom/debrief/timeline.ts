import type {
  ActionId,
  CardOwner,
  CardUse,
  LearningObjective,
  LogEntry,
  Node,
  ResearchTrack,
  Side,
} from '../../../rules/index.ts';
import {
  actionDefinitions,
  actionIds,
  cards,
  nodes,
  researchTracks,
  rivalOf,
  sides,
} from '../../../rules/index.ts';
import { researchTrackTitle } from '../../board/hints.ts';
import type { ExportedRoundRecord, InjectRecord, JournalEntry, TableExport } from './export-format.ts';

/**
 * A table's decisions round by round: the headlines, every card played (event, operations or shelved,
 * with its title and public source from the catalogue), every action bought with operations, and the
 * facilitator's injected events.
 *
 * The match journal (`moves`) says what was decided but not in which round; the public log says the
 * round of each play, in the same order (rules/moves.ts writes "US plays X for 2 operations.", "China:
 * Build a fab (n5).", rules/round.ts "Headlines: US X, China Y."). So each journal move takes the round
 * of the next log entry that records it. A move whose entry cannot be found (a log from other rules)
 * keeps the round of the move before it.
 */

export interface CardRef {
  id: string;
  title: string;
  source: string;
  owner: CardOwner | undefined;
  ops: number | undefined;
  objectives: readonly LearningObjective[];
}

export type TimelineEntry =
  | { kind: 'headline'; side: Side; card: CardRef }
  | {
      kind: 'card';
      side: Side;
      card: CardRef;
      use: CardUse;
      /** Played for operations while it was the rival's card: its event fired for the rival. */
      firedRivalEvent: boolean;
    }
  | { kind: 'action'; side: Side; action: ActionId; title: string; detail: string | undefined }
  | ({ kind: 'inject'; card: CardRef; scheduledFor: number | null } & InjectFate);

/** What the export says became of an injected event (format 3's statuses; absent in older files). */
export interface InjectFate {
  /** Scheduled for a round the game has not reached, and it is still on. */
  waiting?: true;
  /** Its round never came: moved to this game of the table. */
  carriedToGame?: number;
  /** Moved here from this game of the table, which ended before its round. */
  carriedFromGame?: number;
}

function fateOf(record: InjectRecord): InjectFate {
  return {
    ...(record.status === 'waiting' ? { waiting: true as const } : {}),
    ...(record.carriedToGame === undefined ? {} : { carriedToGame: record.carriedToGame }),
    ...(record.carriedFromGame === undefined ? {} : { carriedFromGame: record.carriedFromGame }),
  };
}

export interface TimelineRound {
  round: number;
  /** From the round's record; undefined for a round that never reached its end. */
  year: number | undefined;
  entries: TimelineEntry[];
}

const catalogue = new Map(cards.map((card) => [card.id, card]));

export function cardRef(cardId: string): CardRef {
  const card = catalogue.get(cardId);
  if (!card)
    return {
      id: cardId,
      title: cardId,
      source: 'not in this version’s catalogue',
      owner: undefined,
      ops: undefined,
      objectives: [],
    };
  return {
    id: card.id,
    title: card.title,
    source: card.source,
    owner: card.owner,
    ops: card.ops,
    objectives: card.objectives,
  };
}

const sideWord = (side: Side): string => (side === 'us' ? 'US' : 'China');

const isSide = (value: unknown): value is Side => (sides as readonly unknown[]).includes(value);
const isNode = (value: unknown): value is Node => (nodes as readonly unknown[]).includes(value);
const isTrack = (value: unknown): value is ResearchTrack =>
  (researchTracks as readonly unknown[]).includes(value);
const isAction = (value: unknown): value is ActionId => (actionIds as readonly unknown[]).includes(value);
const cardUses: readonly unknown[] = ['event', 'ops', 'shelve'];
const isUse = (value: unknown): value is CardUse => cardUses.includes(value);

const nodeTitle = (node: Node): string => `${node.slice(1)}nm-class`;

function actionDetail(move: Record<string, unknown>): string | undefined {
  if (isNode(move.node)) return nodeTitle(move.node);
  if (isTrack(move.track)) return researchTrackTitle(move.track);
  return undefined;
}

/** The journal entry as a timeline entry with the log text that records it (undefined: not shown). */
function entryOf(
  journal: JournalEntry,
): { entry: TimelineEntry; logs: (text: string) => boolean } | undefined {
  const move = journal.move as Record<string, unknown>;
  const side = isSide(move.side) ? move.side : isSide(journal.side) ? journal.side : undefined;
  switch (move.type) {
    case 'chooseHeadline': {
      if (!side || typeof move.cardId !== 'string') return undefined;
      const card = cardRef(move.cardId);
      return {
        entry: { kind: 'headline', side, card },
        logs: (text) => text.startsWith('Headlines: ') && text.includes(`${sideWord(side)} ${card.title}`),
      };
    }
    case 'playCard': {
      if (!side || typeof move.cardId !== 'string' || !isUse(move.use)) return undefined;
      const card = cardRef(move.cardId);
      const use = move.use;
      const played =
        use === 'shelve'
          ? `${sideWord(side)} shelves ${card.title}.`
          : `${sideWord(side)} plays ${card.title} for `;
      return {
        entry: {
          kind: 'card',
          side,
          card,
          use,
          firedRivalEvent: use === 'ops' && card.owner === rivalOf(side),
        },
        logs: (text) => text.startsWith(played),
      };
    }
    case 'takeAction': {
      if (!side || !isAction(move.action)) return undefined;
      const title = actionDefinitions[move.action].title;
      return {
        entry: { kind: 'action', side, action: move.action, title, detail: actionDetail(move) },
        logs: (text) =>
          text === `${sideWord(side)}: ${title}.` || text.startsWith(`${sideWord(side)}: ${title} (`),
      };
    }
    case 'facilitatorInject': {
      if (typeof move.cardId !== 'string') return undefined;
      const card = cardRef(move.cardId);
      const scheduledFor = typeof move.atRound === 'number' ? move.atRound : null;
      return {
        entry: { kind: 'inject', card, scheduledFor },
        // Rules 2.1.0 logs an injected event as "Brought in by the facilitator: <title>", at the round it resolves.
        logs: (text) => scheduledFor === null && text.includes(`facilitator: ${card.title}`),
      };
    }
    default:
      return undefined;
  }
}

/**
 * Each journal move's round, read from the log as described above. Both headlines of a round share one
 * log line, so a headline entry does not use up its line until the second headline has matched it.
 */
function placeInRounds(
  journal: readonly JournalEntry[],
  log: readonly LogEntry[],
): { round: number; entry: TimelineEntry }[] {
  const placed: { round: number; entry: TimelineEntry }[] = [];
  let cursor = 0;
  let round = 1;
  let headlineLine: number | undefined;
  for (const item of journal) {
    const found = entryOf(item);
    if (!found) continue;
    const from = found.entry.kind === 'headline' && headlineLine !== undefined ? headlineLine : cursor;
    let at = -1;
    for (let index = from; index < log.length; index++) {
      const line = log[index];
      if (line && found.logs(line.text)) {
        at = index;
        break;
      }
    }
    if (at >= 0) {
      round = log[at]?.round ?? round;
      if (found.entry.kind === 'headline') {
        headlineLine = headlineLine === at ? undefined : at;
        cursor = at;
      } else {
        headlineLine = undefined;
        cursor = at + 1;
      }
    }
    placed.push({ round, entry: found.entry });
  }
  return placed;
}

export function decisionTimeline(
  table: Pick<TableExport, 'moves' | 'log' | 'injects'>,
  records: readonly ExportedRoundRecord[],
): TimelineRound[] {
  const placed = placeInRounds(table.moves, table.log);
  // Each injection in the journal takes what the inject list says became of it, from the record of the
  // same card and round (one for one, in order). A record the journal does not hold (a format-2 file's
  // journal had none) still shows, in the last round placed.
  const unmatched = [...table.injects];
  for (const item of placed) {
    const { entry } = item;
    if (entry.kind !== 'inject') continue;
    const index = unmatched.findIndex(
      (record) => record.cardId === entry.card.id && record.atRound === entry.scheduledFor,
    );
    const [record] = index < 0 ? [] : unmatched.splice(index, 1);
    if (record) item.entry = { ...entry, ...fateOf(record) };
  }
  const lastPlaced = placed[placed.length - 1]?.round ?? 1;
  for (const record of unmatched) {
    placed.push({
      round: lastPlaced,
      entry: {
        kind: 'inject',
        card: cardRef(record.cardId),
        scheduledFor: record.atRound,
        ...fateOf(record),
      },
    });
  }
  const years = new Map(records.map((record) => [record.round, record.year]));
  // The round the table reached: a round just begun has a log line ("2028 begins.") before any move.
  const lastRound = Math.max(
    0,
    ...placed.map((item) => item.round),
    ...records.map((record) => record.round),
    ...table.log.map((entry) => entry.round),
  );
  const rounds: TimelineRound[] = [];
  for (let round = 1; round <= lastRound; round++) {
    // A scheduled inject belongs to the round it resolves in, whenever it was ordered; one scheduled
    // beyond the last round played shows in that last round, as not reached.
    const entries = placed
      .filter((item) =>
        item.entry.kind === 'inject' && item.entry.scheduledFor !== null
          ? item.entry.scheduledFor === round || (item.entry.scheduledFor > lastRound && round === lastRound)
          : item.round === round,
      )
      .map((item) => item.entry);
    rounds.push({ round, year: years.get(round), entries });
  }
  return rounds;
}

/** A fired event: the card, its round, and how it came to fire in words ("US headline"). */
export interface FiredEvent {
  round: number;
  card: CardRef;
  how: string;
}

/** Every card whose event fired at the table: headlines, events, rivals' cards for operations, injects. */
export function firedEvents(timeline: readonly TimelineRound[]): FiredEvent[] {
  const fired: FiredEvent[] = [];
  for (const { round, entries } of timeline) {
    for (const entry of entries) {
      if (entry.kind === 'headline')
        fired.push({ round, card: entry.card, how: `${sideWord(entry.side)} headline` });
      else if (entry.kind === 'card' && entry.use === 'event')
        fired.push({ round, card: entry.card, how: `${sideWord(entry.side)} event` });
      else if (entry.kind === 'card' && entry.firedRivalEvent)
        fired.push({ round, card: entry.card, how: `played by ${sideWord(entry.side)} for operations` });
      else if (entry.kind === 'inject' && (entry.scheduledFor === null || entry.scheduledFor === round))
        fired.push({ round, card: entry.card, how: 'brought in by the facilitator' });
    }
  }
  return fired;
}
