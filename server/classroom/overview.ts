import type { State } from 'boardgame.io';
import type { GameResult, GameState, Phase, Side } from '../../rules/index.ts';
import { sidesToMove } from '../../rules/index.ts';
import type { InjectStatus } from './inject-status.ts';
import { injectStatuses } from './inject-status.ts';
import type { SessionDoc, TableRecord } from './session-doc.ts';
import { gameNumberOf, studentsAt } from './session-doc.ts';

/** What the facilitator's dashboard shows of a class, read fresh on every poll. */

export interface OverviewStudent {
  studentId: string;
  name: string;
  /** Their page asked the server within the last few seconds. */
  online: boolean;
}

export interface OverviewSide {
  students: OverviewStudent[];
  /** Some socket is synced to this side's seat (transport presence). */
  connected: boolean;
  /** The bot that plays it, if any. */
  bot: string | null;
}

export interface TableOverview {
  table: number;
  /** The table's current game, from 1 (a rematch is the next). */
  game: number;
  matchID: string;
  round: number | null;
  year: number | null;
  phase: Phase | null;
  /** Sides whose move it is (both during headlines). */
  toMove: Side[];
  computeLead: number | null;
  escalation: number | null;
  sides: Record<Side, OverviewSide>;
  paused: boolean;
  result: GameResult | null;
  /** Events brought into the current game (a carried one counts here, with the game it now belongs to). */
  injects: number;
  /** Those events, in order, with what became of each: the card says which are waiting or carried. */
  events: OverviewEvent[];
}

/** An event brought into a table's current game, as the export says of it (inject-status.ts). */
export interface OverviewEvent {
  cardId: string;
  /** The round it resolves at; null: at once. */
  atRound: number | null;
  status: InjectStatus;
  /** Carried here from this game of the table, which ended before its round. */
  carriedFromGame?: number;
}

export interface SessionOverview {
  id: string;
  title: string;
  joinCode: string;
  scenarioId: string;
  overrides: Record<string, number>;
  turnSeconds: number | null;
  botFill: SessionDoc['botFill'];
  createdAt: string;
  startedAt: string | null;
  students: (OverviewStudent & { seat: { table: number; side: Side } | null })[];
  tables: TableOverview[];
}

export interface TableReading {
  /** The match's stored state (undefined: gone). */
  state: State | undefined;
  connectedSeats: ReadonlySet<string>;
  paused: boolean;
}

/** A state of other rules may lack a field: the overview shows what it can read. */
const numberOr = (value: unknown): number | null => (typeof value === 'number' ? value : null);

/** Whose move it is; nobody's in a finished game or a state the running rules cannot read. */
function sidesOnTurn(G: GameState | undefined): Side[] {
  if (!G || G.result) return [];
  try {
    return sidesToMove(G);
  } catch {
    return [];
  }
}

export function tableOverview(
  doc: SessionDoc,
  table: TableRecord,
  reading: TableReading,
  isOnline: (studentId: string) => boolean,
): TableOverview {
  const G = reading.state?.G as GameState | undefined;
  const statuses = injectStatuses(table.injects, reading.state);
  const sideOverview = (side: Side): OverviewSide => ({
    students: studentsAt(doc, table.table, side).map((student) => ({
      studentId: student.id,
      name: student.name,
      online: isOnline(student.id),
    })),
    connected: reading.connectedSeats.has(side === 'us' ? '0' : '1'),
    bot: table.bots[side] ?? null,
  });
  return {
    table: table.table,
    game: gameNumberOf(table),
    matchID: table.matchID,
    round: numberOr(G?.round),
    year: numberOr(G?.year),
    phase: G?.phase ?? null,
    toMove: sidesOnTurn(G),
    computeLead: numberOr(G?.computeLead),
    escalation: numberOr(G?.escalation),
    sides: { us: sideOverview('us'), china: sideOverview('china') },
    paused: reading.paused,
    result: G?.result ?? null,
    injects: table.injects.length,
    events: table.injects.map((record, index) => ({
      cardId: record.cardId,
      atRound: record.atRound,
      status: statuses[index] ?? 'unknown',
      ...(record.carriedFromGame === undefined ? {} : { carriedFromGame: record.carriedFromGame }),
    })),
  };
}

export function sessionOverview(
  doc: SessionDoc,
  tables: TableOverview[],
  isOnline: (studentId: string) => boolean,
): SessionOverview {
  return {
    id: doc.id,
    title: doc.title,
    joinCode: doc.joinCode,
    scenarioId: doc.scenarioId,
    overrides: doc.overrides,
    turnSeconds: doc.turnSeconds,
    botFill: doc.botFill,
    createdAt: new Date(doc.createdAt).toISOString(),
    startedAt: doc.startedAt === null ? null : new Date(doc.startedAt).toISOString(),
    students: doc.students.map((student) => ({
      studentId: student.id,
      name: student.name,
      online: isOnline(student.id),
      seat: student.seat,
    })),
    tables,
  };
}
