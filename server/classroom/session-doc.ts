import type { Side } from '../../rules/index.ts';

/**
 * A class session as stored: one JSON document per session (a class is at most 20 tables and a few dozen
 * students), written whole with compare-and-set on its version. Secrets are stored as hashes only; the
 * seats' credentials stay in each match's metadata, where the authority checks them.
 */

export const maxTables = 20;
export const maxStudents = 120;
export const maxProposalsPerSide = 200;
export const maxProposalChars = 300;
export const maxNameChars = 40;
export const maxTitleChars = 80;

export interface BotFill {
  us?: string;
  china?: string;
}

export interface InjectRecord {
  cardId: string;
  /** The round it resolves at; null: at once. */
  atRound: number | null;
  /** Milliseconds since the epoch. */
  at: number;
}

export interface TableRecord {
  /** 1-based, as the class sees it. */
  table: number;
  matchID: string;
  /** The kernel seed the match was set up with: revealed only in the facilitator's export. */
  kernelSeed: string;
  /** Sides the server's bot plays (set when the session starts, for sides without students). */
  bots: BotFill;
  injects: InjectRecord[];
}

export interface StudentRecord {
  id: string;
  name: string;
  tokenHash: string;
  joinedAt: number;
  /** Where the student sits; null until seated. */
  seat: { table: number; side: Side } | null;
}

export interface ProposalRecord {
  studentId: string;
  table: number;
  side: Side;
  text: string;
  at: number;
}

export interface SessionDoc {
  id: string;
  title: string;
  joinCode: string;
  facilitatorKeyHash: string;
  createdAt: number;
  scenarioId: string;
  overrides: Record<string, number>;
  rulesVersion: string;
  turnSeconds: number | null;
  botFill: BotFill;
  /** When the facilitator started play (bots took the empty sides); null before. */
  startedAt: number | null;
  tables: TableRecord[];
  students: StudentRecord[];
  proposals: ProposalRecord[];
}

export function tableOf(doc: SessionDoc, table: number): TableRecord | undefined {
  return doc.tables.find((entry) => entry.table === table);
}

export function studentOf(doc: SessionDoc, studentId: string): StudentRecord | undefined {
  return doc.students.find((entry) => entry.id === studentId);
}

/** The students seated at one side of one table, in joining order. */
export function studentsAt(doc: SessionDoc, table: number, side: Side): StudentRecord[] {
  return doc.students.filter((entry) => entry.seat?.table === table && entry.seat.side === side);
}
