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
/**
 * Games a table may play in one session (its first and the rematches its students ask for): the session's
 * own creation quota, so a class behind one school address is not held to the lobby's per-address one.
 */
export const maxGamesPerTable = 5;

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
  /** Scheduled for a round this game never reached: moved to that game of the table (carried-injects.ts). */
  carriedToGame?: number;
  /** Moved here from that game of the table, which ended before its round. */
  carriedFromGame?: number;
}

/** One game of a table: its match, its seed and what the facilitator brought into it. */
export interface GameRecord {
  matchID: string;
  /** The kernel seed the match was set up with: revealed only in the facilitator's export. */
  kernelSeed: string;
  injects: InjectRecord[];
}

/** A table: its current game (what pause, inject, the overview and the students' boards act on). */
export interface TableRecord extends GameRecord {
  /** 1-based, as the class sees it. */
  table: number;
  /** Sides the server's bot plays (set when the session starts, for sides without students). */
  bots: BotFill;
  /** The games the table finished before its current one (rematches), oldest first; absent: none. */
  earlierGames?: GameRecord[];
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

/** The number of a table's current game: 1 until its first rematch. */
export const gameNumberOf = (table: TableRecord): number => (table.earlierGames?.length ?? 0) + 1;

/** Every game of a table, oldest first, numbered from 1 (the current one last). */
export function gamesOf(table: TableRecord): (GameRecord & { game: number })[] {
  const { matchID, kernelSeed, injects } = table;
  return [...(table.earlierGames ?? []), { matchID, kernelSeed, injects }].map((game, index) => ({
    ...game,
    game: index + 1,
  }));
}

/** The students seated at one side of one table, in joining order. */
export function studentsAt(doc: SessionDoc, table: number, side: Side): StudentRecord[] {
  return doc.students.filter((entry) => entry.seat?.table === table && entry.seat.side === side);
}
