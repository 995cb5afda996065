import type { GameState, Side } from '../../../rules/index.ts';
import {
  createGame,
  injectEventInPlace,
  legalMoves,
  observe,
  performMove,
  RULES_VERSION,
  sides,
  sidesToMove,
} from '../../../rules/index.ts';
import { createBot } from '../../../rules/bots/index.ts';
import type { ClassExport, JournalEntry, TableExport } from '../../../src/classroom/debrief/export-format.ts';
import { classExportFormat } from '../../../src/classroom/debrief/export-format.ts';

/**
 * Class exports made from real games: bots play each table with the rules engine, and the table's
 * export is assembled from the game's own state (its history, log and the moves made), in the shape
 * the classroom API exports (src/classroom/debrief/export-format.ts).
 * Injected events go through the rules' own `injectEventInPlace`, as the server's journal replay does.
 */

export interface TablePlan {
  seed: string;
  bots: Record<Side, string>;
  students?: Record<Side, string[]>;
  /** Stop after this many moves (a table still playing when the class exported). */
  stopAfterMoves?: number;
  /**
   * Injected events: `atMove` is when the facilitator ordered it (the journal's length then); `atRound`
   * null resolves it at once. `carriedToGame`/`carriedFromGame` mark one the server carried into the
   * table's next game (server/classroom/carried-injects.ts).
   */
  injects?: {
    cardId: string;
    atMove: number;
    atRound: number | null;
    carriedToGame?: number;
    carriedFromGame?: number;
  }[];
  /** Drop the indicators of these rounds' records, as a record migrated from rules 2.0.0 has none. */
  roundsWithoutIndicators?: number[];
  /** A rematch: the game after the one its table played first (the table is then `table`, not the plan's place). */
  rematchOf?: { table: number; game: number };
}

export function playTable(
  table: number,
  scenarioId: string,
  plan: TablePlan,
): { export: TableExport; state: GameState; roundOfMove: number[] } {
  const state = createGame({ seed: plan.seed, scenarioId });
  const bots = {
    us: createBot(plan.bots.us, `${plan.seed}:us`),
    china: createBot(plan.bots.china, `${plan.seed}:china`),
  };
  const moves: JournalEntry[] = [];
  /** The round each journal entry was made in, as the engine counted it: what the timeline must find. */
  const roundOfMove: number[] = [];
  const injects: TableExport['injects'] = [];
  let stateID = 1;
  for (;;) {
    for (const inject of plan.injects ?? []) {
      if (inject.atMove !== moves.length || state.result) continue;
      moves.push({
        stateID: stateID++,
        side: null,
        move: { type: 'facilitatorInject', cardId: inject.cardId, atRound: inject.atRound },
      });
      roundOfMove.push(state.round);
      injects.push({
        cardId: inject.cardId,
        atRound: inject.atRound,
        at: new Date(Date.UTC(2026, 11, 7, 10, moves.length)).toISOString(),
        ...(inject.carriedToGame === undefined ? {} : { carriedToGame: inject.carriedToGame }),
        ...(inject.carriedFromGame === undefined ? {} : { carriedFromGame: inject.carriedFromGame }),
      });
      const refused = injectEventInPlace(
        state,
        inject.atRound === null
          ? { cardId: inject.cardId }
          : { cardId: inject.cardId, atRound: inject.atRound },
      );
      if (refused) throw new Error(`fixture inject refused: ${refused.message}`);
    }
    if (state.result || (plan.stopAfterMoves !== undefined && moves.length >= plan.stopAfterMoves)) break;
    const side = sidesToMove(state)[0];
    if (side === undefined) throw new Error('no side to move');
    const move = bots[side].chooseMove(observe(state, side), legalMoves(state, side));
    const roundBefore = state.round;
    performMove(state, move);
    moves.push({ stateID: stateID++, side, move });
    roundOfMove.push(roundBefore);
  }
  // What became of each event, as the server's export says it (server/classroom/inject-status.ts).
  const held = [...state.pendingInjections];
  for (const record of injects) {
    const index =
      record.atRound === null
        ? -1
        : held.findIndex((event) => event.cardId === record.cardId && event.atRound === record.atRound);
    if (index >= 0) held.splice(index, 1);
    record.status =
      record.carriedToGame !== undefined
        ? 'carried'
        : index < 0
          ? 'played'
          : state.result
            ? 'notPlayed'
            : 'waiting';
  }
  // A record migrated from rules 2.0.0 carries no indicators (rules/migrations.ts sets them to null).
  const rounds = state.history.map((record) =>
    plan.roundsWithoutIndicators?.includes(record.round) ? { ...record, indicators: null } : { ...record },
  );
  const students = plan.students ?? { us: [`Student ${table}a`], china: [`Student ${table}b`] };
  const bots_: TableExport['bots'] = {};
  for (const side of sides) if (students[side].length === 0) bots_[side] = plan.bots[side];
  return {
    state,
    roundOfMove,
    export: {
      table,
      game: plan.rematchOf?.game ?? 1,
      matchID: plan.rematchOf ? `match-${table}-${plan.rematchOf.game}` : `match-${table}`,
      seed: plan.seed,
      students,
      bots: bots_,
      result: state.result ? { ...state.result } : null,
      rounds,
      log: state.log.map((entry) => ({ ...entry })),
      moves,
      injects,
    },
  };
}

export interface PlayedClass {
  export: ClassExport;
  /** Per table, the engine's state at the end and the round of each journal entry. */
  played: { state: GameState; roundOfMove: number[] }[];
}

export function playClass(
  scenarioId: string,
  plans: readonly TablePlan[],
  title = 'Period 3 — AI compute',
): PlayedClass {
  const played = plans.map((plan, index) => playTable(plan.rematchOf?.table ?? index + 1, scenarioId, plan));
  return {
    played: played.map(({ state, roundOfMove }) => ({ state, roundOfMove })),
    export: {
      format: classExportFormat,
      exportedAt: '2026-12-07T11:00:00.000Z',
      session: {
        id: 'session-fixture',
        title,
        createdAt: '2026-12-07T10:00:00.000Z',
        scenarioId,
        overrides: {},
        rulesVersion: RULES_VERSION,
        turnSeconds: 90,
      },
      tables: played.map((table) => table.export),
    },
  };
}

/**
 * The standard class: four baseline tables played by the greedy bot. Table 1 has an event injected
 * for round 3 and its first record from before rules 2.1.0; table 2 has an event injected at once and a
 * bot in China's seat; table 3 was still playing when the class exported (in round 5); table 4 played all 8 rounds.
 */
export const standardPlans: readonly TablePlan[] = [
  {
    seed: 'g',
    bots: { us: 'greedy', china: 'greedy' },
    students: { us: ['Ada', 'Ben'], china: ['Chen', 'Dana'] },
    injects: [{ cardId: 'hualien-earthquake', atMove: 5, atRound: 3 }],
    roundsWithoutIndicators: [1],
  },
  {
    seed: 'd',
    bots: { us: 'greedy', china: 'greedy' },
    students: { us: ['Eli'], china: [] },
    injects: [{ cardId: 'chips-and-science-act', atMove: 30, atRound: null }],
  },
  { seed: 'a', bots: { us: 'greedy', china: 'greedy' }, stopAfterMoves: 100 },
  {
    seed: 'h',
    bots: { us: 'greedy', china: 'greedy' },
    students: { us: ['Fay', 'Gus', 'Hana'], china: ['Ivo', 'Jun'] },
  },
];

let standard: PlayedClass | undefined;

/** Played once per test file and shared. */
export function standardClass(): PlayedClass {
  standard ??= playClass('baseline-2025', standardPlans);
  return standard;
}

/** A table's first game in an export. */
export function tableOf(classExport: ClassExport, number: number): TableExport {
  const found = classExport.tables.find((candidate) => candidate.table === number);
  if (!found) throw new Error(`no table ${number}`);
  return found;
}
