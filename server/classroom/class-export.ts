import type { GameResult, GameState, LogEntry, RoundRecord, Side } from '../../rules/index.ts';
import { sideOfPlayerId } from '../../rules/index.ts';
import type { MatchStore } from '../storage/match-store.ts';
import type { InjectStatus } from './inject-status.ts';
import { injectStatuses } from './inject-status.ts';
import type { BotFill, GameRecord, SessionDoc, TableRecord } from './session-doc.ts';
import { gamesOf, studentsAt } from './session-doc.ts';

/**
 * The facilitator's export of a class (or one table): everything the debrief reads and what a replay
 * needs (scenario, overrides, rules version, each game's kernel seed and move journal). The debrief pages
 * consume exactly this shape: change it only with its `format` version (2: one entry per game of a table,
 * numbered by `game`; 1 had one per table, its only game).
 */

export const classExportFormat = 'silicon-curtain-class/2';

export interface TableExport {
  table: number;
  /** The table's games are numbered from 1; a rematch is the next. */
  game: number;
  matchID: string;
  seed: string;
  students: { us: string[]; china: string[] };
  bots: BotFill;
  result: GameResult | null;
  rounds: RoundRecord[];
  log: LogEntry[];
  moves: { stateID: number; side: Side; move: Record<string, unknown> }[];
  injects: InjectExport[];
}

/** An event the facilitator brought in, and what became of it (inject-status.ts). */
export interface InjectExport {
  cardId: string;
  atRound: number | null;
  at: string;
  status: InjectStatus;
  /** Carried to this game of the table (its round never came in this one). */
  carriedToGame?: number;
  /** Carried here from this game of the table. */
  carriedFromGame?: number;
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

async function gameExport(
  store: MatchStore,
  doc: SessionDoc,
  table: TableRecord,
  game: GameRecord & { game: number },
): Promise<TableExport> {
  const [state, journal] = await Promise.all([
    store.loadState(game.matchID),
    store.loadJournal(game.matchID),
  ]);
  const G = state?.G as GameState | undefined;
  const statuses = injectStatuses(game.injects, state);
  return {
    table: table.table,
    game: game.game,
    matchID: game.matchID,
    seed: game.kernelSeed,
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
    injects: game.injects.map((inject, index) => ({
      cardId: inject.cardId,
      atRound: inject.atRound,
      at: iso(inject.at),
      status: statuses[index] ?? 'unknown',
      ...(inject.carriedToGame === undefined ? {} : { carriedToGame: inject.carriedToGame }),
      ...(inject.carriedFromGame === undefined ? {} : { carriedFromGame: inject.carriedFromGame }),
    })),
  };
}

/** The export of every game of every table, or of one table (`tableNumber`), table by table. */
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
    tables: await Promise.all(
      chosen.flatMap((table) => gamesOf(table).map((game) => gameExport(store, doc, table, game))),
    ),
  };
}
