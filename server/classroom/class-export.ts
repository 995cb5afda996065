import type { GameResult, GameState, LogEntry, RoundRecord, Side } from '../../rules/index.ts';
import { sideOfPlayerId } from '../../rules/index.ts';
import type { MatchStore } from '../storage/match-store.ts';
import type { BotFill, SessionDoc, TableRecord } from './session-doc.ts';
import { studentsAt } from './session-doc.ts';

/**
 * The facilitator's export of a class (or one table): everything the debrief reads and what a replay
 * needs (scenario, overrides, rules version, each table's kernel seed and move journal). The debrief pages
 * consume exactly this shape: change it only with its `format` version.
 */

export const classExportFormat = 'silicon-curtain-class/1';

export interface TableExport {
  table: number;
  matchID: string;
  seed: string;
  students: { us: string[]; china: string[] };
  bots: BotFill;
  result: GameResult | null;
  rounds: RoundRecord[];
  log: LogEntry[];
  moves: { stateID: number; side: Side; move: Record<string, unknown> }[];
  injects: { cardId: string; atRound: number | null; at: string }[];
}

export interface ClassExport {
  format: typeof classExportFormat;
  exportedAt: string;
  session: {
    id: string;
    title: string;
    createdAt: string;
    scenarioId: string;
    overrides: Record<string, number>;
    rulesVersion: string;
    turnSeconds: number | null;
  };
  tables: TableExport[];
}

const iso = (ms: number): string => new Date(ms).toISOString();

async function tableExport(store: MatchStore, doc: SessionDoc, table: TableRecord): Promise<TableExport> {
  const [state, journal] = await Promise.all([
    store.loadState(table.matchID),
    store.loadJournal(table.matchID),
  ]);
  const G = state?.G as GameState | undefined;
  return {
    table: table.table,
    matchID: table.matchID,
    seed: table.kernelSeed,
    students: {
      us: studentsAt(doc, table.table, 'us').map((student) => student.name),
      china: studentsAt(doc, table.table, 'china').map((student) => student.name),
    },
    bots: { ...table.bots },
    result: G?.result ? { winner: G.result.winner, reason: G.result.reason, round: G.result.round } : null,
    rounds: G?.history ?? [],
    log: G?.log ?? [],
    moves: journal.flatMap((entry) => {
      const side = sideOfPlayerId(entry.seat);
      return side ? [{ stateID: entry.stateID, side, move: { type: entry.moveType, ...entry.fields } }] : [];
    }),
    injects: table.injects.map((inject) => ({
      cardId: inject.cardId,
      atRound: inject.atRound,
      at: iso(inject.at),
    })),
  };
}

/** The export of every table, or of one (`tableNumber`). */
export async function classExport(
  store: MatchStore,
  doc: SessionDoc,
  now: number,
  tableNumber?: number,
): Promise<ClassExport> {
  const chosen = doc.tables.filter((table) => tableNumber === undefined || table.table === tableNumber);
  return {
    format: classExportFormat,
    exportedAt: iso(now),
    session: {
      id: doc.id,
      title: doc.title,
      createdAt: iso(doc.createdAt),
      scenarioId: doc.scenarioId,
      overrides: { ...doc.overrides },
      rulesVersion: doc.rulesVersion,
      turnSeconds: doc.turnSeconds,
    },
    tables: await Promise.all(chosen.map((table) => tableExport(store, doc, table))),
  };
}
