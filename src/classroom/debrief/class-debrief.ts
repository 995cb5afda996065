import type { LogEntry, Parameters } from '../../../rules/index.ts';
import type { Scenario } from '../../../rules/content/scenario-types.ts';
import { defaultParameters, resolveParameters, RULES_VERSION, scenarioById } from '../../../rules/index.ts';
import { describeResult, sideShort } from '../../board/format.ts';
import type { ClassExport, SessionExport, TableExport } from './export-format.ts';
import type { PickedPrompt } from './prompts.ts';
import { promptsFor } from './prompts.ts';
import type { TableFacts } from './table-facts.ts';
import { tableFacts } from './table-facts.ts';

/**
 * The debrief of a whole class, from its export: for each table's game its facts (series, timeline), its
 * end in words (the board's own result sentences, src/board/format.ts) and its discussion prompts.
 *
 * A table that played a rematch shows each of its games, side by side with the class: the second game is
 * where a table shows what it learned from the first, which is the debrief's point, and the first is the
 * one played under the lesson's common conditions (its injects, its pause). A rematch in which nobody
 * moved (opened as the bell rang) is left out: it has nothing to discuss. The export keeps it.
 */

export interface TableDebrief extends TableFacts {
  table: number;
  /** The table's game, from 1 (a rematch is the next). */
  game: number;
  /** How the pages name it: "Table 3", or "Table 3 (game 2)" in a class where the table played several. */
  label: string;
  /** Unique in the class: "3", "3.2". */
  key: string;
  matchID: string;
  seed: string | number;
  /** "Ada, Ben" per side; a bot seat says which bot. */
  players: { us: string; china: string };
  /** The board's result sentence, or where an unfinished table stopped. */
  endText: string;
  /** The game's public log, as the export holds it. */
  log: readonly LogEntry[];
  prompts: PickedPrompt[];
}

export interface ClassDebrief {
  session: SessionExport;
  exportedAt: string;
  scenario: Scenario | undefined;
  params: Parameters;
  /** Said above the debrief when the export cannot be read exactly as it was played. */
  warnings: string[];
  tables: TableDebrief[];
}

function playersOf(table: TableExport, side: 'us' | 'china'): string {
  const students = table.students[side];
  const bot = table.bots[side];
  if (students.length > 0) return students.join(', ');
  return bot ? `bot (${bot})` : 'nobody';
}

/** The end of a table in words: the board's result banner, or where it stopped. */
export function endTextOf(table: Pick<TableExport, 'result' | 'rounds' | 'log'>): string {
  if (table.result) return describeResult(table.result.winner, table.result.reason, table.result.round);
  const lastRecord = table.rounds.reduce((last, record) => Math.max(last, record.round), 0);
  const lastLogged = table.log.reduce((last, entry) => Math.max(last, entry.round), lastRecord);
  if (lastLogged === 0) return 'Not started when the class was exported.';
  const lead = table.rounds.find((record) => record.round === lastRecord)?.computeLead;
  const standing =
    lead === undefined
      ? ''
      : lead === 0
        ? '; the lead track was level'
        : `; ${sideShort(lead > 0 ? 'us' : 'china')} led by ${Math.abs(lead)}`;
  return `Still playing in round ${lastLogged} when the class was exported${standing}.`;
}

export function paramsOf(session: Pick<SessionExport, 'scenarioId' | 'overrides'>): {
  params: Parameters;
  warning: string | undefined;
} {
  try {
    return { params: resolveParameters(session.scenarioId, session.overrides), warning: undefined };
  } catch (error) {
    return {
      params: defaultParameters,
      warning: `The class's settings could not be read (${error instanceof Error ? error.message : String(error)}): the track ends shown are the baseline's.`,
    };
  }
}

export function tableDebrief(table: TableExport, params: Parameters, severalGames = false): TableDebrief {
  const facts = tableFacts(table, params);
  return {
    ...facts,
    table: table.table,
    game: table.game,
    label: severalGames ? `Table ${table.table} (game ${table.game})` : `Table ${table.table}`,
    key: table.game === 1 ? String(table.table) : `${table.table}.${table.game}`,
    matchID: table.matchID,
    seed: table.seed,
    players: { us: playersOf(table, 'us'), china: playersOf(table, 'china') },
    endText: endTextOf(table),
    log: table.log,
    prompts: promptsFor(facts),
  };
}

/**
 * The games the debrief shows, table by table and game by game: a later game only once a seat moved (the
 * facilitator's injections are nobody's move: a rematch holds the events carried into it from the start).
 */
export function shownGames(tables: readonly TableExport[]): TableExport[] {
  return tables
    .filter((table) => table.game === 1 || table.moves.some((entry) => entry.side !== null))
    .sort((a, b) => a.table - b.table || a.game - b.game);
}

export function classDebrief(classExport: ClassExport): ClassDebrief {
  const { session } = classExport;
  const { params, warning } = paramsOf(session);
  const warnings = warning ? [warning] : [];
  if (session.rulesVersion !== RULES_VERSION) {
    warnings.push(
      `This class played rules ${session.rulesVersion}; this page is rules ${RULES_VERSION}. Card titles and sources are read from today's catalogue.`,
    );
  }
  return {
    session,
    exportedAt: classExport.exportedAt,
    scenario: scenarioById(session.scenarioId),
    params,
    warnings,
    tables: shownGames(classExport.tables).map((table, _index, shown) =>
      tableDebrief(
        table,
        params,
        shown.some((other) => other.table === table.table && other.game !== table.game),
      ),
    ),
  };
}
