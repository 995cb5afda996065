import type { GameResult, GameState, LogEntry, RoundRecord, Side } from '../../rules/index.ts';
import { sideOfPlayerId } from '../../rules/index.ts';
import type { JournalEntry, MatchStore } from '../storage/match-store.ts';
import { facilitatorSeat, injectMoveType } from './inject-commit.ts';
import type { InjectStatus } from './inject-status.ts';
import { injectStatuses } from './inject-status.ts';
import type { BotFill, GameRecord, SessionDoc, TableRecord } from './session-doc.ts';
import { gamesOf, studentsAt } from './session-doc.ts';

/**
 * The facilitator's export of a class (or one table): everything the debrief reads and what a replay
 * needs (scenario, overrides, rules version, each game's kernel seed and journal). The debrief pages
 * consume exactly this shape: change it only with its `format` version (3: `moves` is the match's whole
 * journal, the facilitator's injections in their place among the seats' moves; 2 had the seats' moves
 * only, so it replayed only a game nobody brought an event into; 1 had one entry per table, its only game).
 */

export const classExportFormat = 'silicon-curtain-class/3';

/** A seat's move, as its side made it: `applyMove(state, {...move, side})` replays it. */
export interface SeatMoveExport {
  stateID: number;
  side: Side;
  move: Record<string, unknown>;
}

/**
 * An event the facilitator brought in, where the journal has it: `injectEvent(state, {cardId, atRound})`
 * (no `atRound` when it is null: at once) replays it.
 */
export interface InjectionExport {
  stateID: number;
  side: null;
  move: { type: typeof injectMoveType; cardId: string; atRound: number | null };
}

export type JournalExport = SeatMoveExport | InjectionExport;

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
  /** The match's journal in state-id order: every accepted move and every injection (replay it in order). */
  moves: JournalExport[];
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

/** A journal row as the export has it; a row of no seat and no injection (none is written) is left out. */
function journalExport(entry: JournalEntry & { stateID: number }): JournalExport | undefined {
  const { stateID, seat, moveType, fields } = entry;
  if (seat === facilitatorSeat) {
    const { cardId, atRound } = fields;
    if (moveType !== injectMoveType || typeof cardId !== 'string') return undefined;
    return {
      stateID,
      side: null,
      move: { type: injectMoveType, cardId, atRound: typeof atRound === 'number' ? atRound : null },
    };
  }
  const side = sideOfPlayerId(seat);
  return side ? { stateID, side, move: { type: moveType, ...fields } } : undefined;
}

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
    moves: journal.flatMap((entry) => journalExport(entry) ?? []),
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
