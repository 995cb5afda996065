import { playerIdBySide, sides } from '../../rules/index.ts';
import type { Side } from '../../rules/index.ts';
import { secretMatchesHash } from '../authority/credentials.ts';
import { isMatchID } from '../authority/ids.ts';
import type { ClassExport } from './class-export.ts';
import { classExport } from './class-export.ts';
import type { StoredSession } from './classroom-store.ts';
import type { ClassroomDeps } from './classroom-deps.ts';
import type { SessionOverview } from './overview.ts';
import { sessionOverview, tableOverview } from './overview.ts';
import type { Outcome, Rejection } from '../boundary/rejection.ts';
import { refused, succeed } from '../boundary/rejection.ts';
import { parseInject, parsePause, parseSeats, parseTurnSeconds } from './requests.ts';
import { renewSeatCredentials, seatBot } from './seat-metadata.ts';
import type { LeftSide } from './seating.ts';
import { assignSeats, drawSeats } from './seating.ts';
import type { SessionDoc, TableRecord } from './session-doc.ts';
import { studentsAt, tableOf } from './session-doc.ts';
import type { ControlOutcome } from './table-controls.ts';
import { matchLog } from '../log.ts';

/** One table's answer to a pause, an inject or a timer change (a refusal's code and message beside `ok`). */
export type TableResult = { table: number } & ({ ok: true } | ({ ok: false } & Rejection));

/** Every table answered; `failed` is the first that did not (the reply is then an error). */
export interface TablesOutcome {
  tables: TableResult[];
  failed?: Rejection;
}

export interface SeatsOutcome {
  seated: number;
  students: { studentId: string; name: string; seat: { table: number; side: Side } | null }[];
}

export interface StartOutcome {
  bots: { table: number; side: Side; bot: string }[];
  /** Tables without a student on either side: nobody plays them (two bots would be a show, not a class). */
  idleTables: number[];
}

/** `Authorization: Bearer <token>`'s token, if the header has that form. */
export function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match?.[1];
}

function tableResult(table: number, outcome: ControlOutcome): TableResult {
  return outcome.ok ? { table, ok: true } : { table, ok: false, ...outcome.rejection };
}

/** One control on every given table at once, each table's answer kept. */
async function eachTable(
  tables: readonly TableRecord[],
  control: (matchID: string) => Promise<ControlOutcome>,
): Promise<TableResult[]> {
  return Promise.all(tables.map(async (table) => tableResult(table.table, await control(table.matchID))));
}

function tablesOutcome(tables: TableResult[]): TablesOutcome {
  const failed = tables.find((result) => !result.ok);
  return failed && !failed.ok
    ? { tables, failed: { code: failed.code, message: `table ${failed.table}: ${failed.message}` } }
    : { tables };
}

/**
 * The facilitator's side of the classroom API. Every call needs the session's facilitator key (a Bearer
 * token, compared in constant time with its stored hash): without it nothing is read or changed.
 */
export class FacilitatorApi {
  constructor(private readonly deps: ClassroomDeps) {}

  /** Whether the key opens this session (nothing else is read or changed). */
  async check(sessionId: string, authorization: string | undefined): Promise<Outcome<undefined>> {
    const authorized = await this.authorize(sessionId, authorization);
    return authorized.ok ? succeed(undefined) : authorized;
  }

  private async authorize(
    sessionId: string,
    authorization: string | undefined,
  ): Promise<Outcome<StoredSession>> {
    const key = bearerToken(authorization);
    if (key === undefined)
      return refused('unauthorized', 'this needs the facilitator key (Authorization: Bearer <key>)');
    const stored = isMatchID(sessionId) ? await this.deps.docs.read(sessionId) : undefined;
    if (!stored) return refused('sessionNotFound', 'no such class session');
    if (!secretMatchesHash(key, stored.doc.facilitatorKeyHash))
      return refused('unauthorized', 'wrong facilitator key for this session');
    return succeed(stored);
  }

  async overview(sessionId: string, authorization: string | undefined): Promise<Outcome<SessionOverview>> {
    const authorized = await this.authorize(sessionId, authorization);
    if (!authorized.ok) return authorized;
    const { doc } = authorized.value;
    const isOnline = (studentId: string): boolean => this.deps.students.isOnline(studentId);
    const tables = await Promise.all(
      doc.tables.map(async (table) => {
        const [state, connectedSeats] = await Promise.all([
          this.deps.readState(table.matchID),
          this.deps.connectedSeats(table.matchID),
        ]);
        const reading = {
          state,
          connectedSeats,
          paused: this.deps.controls.isPaused(table.matchID),
        };
        return tableOverview(doc, table, reading, isOnline);
      }),
    );
    return succeed(sessionOverview(doc, tables, isOnline));
  }

  /** By hand (`assignments`) or by a random, balanced draw of the unseated (`draw`). */
  async seats(
    sessionId: string,
    authorization: string | undefined,
    body: unknown,
  ): Promise<Outcome<SeatsOutcome>> {
    const authorized = await this.authorize(sessionId, authorization);
    if (!authorized.ok) return authorized;
    const request = parseSeats(body);
    if (!request.ok) return request;
    const changed = await this.deps.docs.change(sessionId, (doc) => {
      if ('draw' in request.value) return succeed({ seated: drawSeats(doc), left: [] as LeftSide[], doc });
      const assigned = assignSeats(doc, request.value.assignments);
      return assigned.ok
        ? succeed({ seated: request.value.assignments.length, left: assigned.value, doc })
        : assigned;
    });
    if (!changed.ok) return changed;
    const { seated, left, doc } = changed.value;
    await this.renewLeftSeats(doc, left);
    return succeed({
      seated,
      students: doc.students.map((student) => ({
        studentId: student.id,
        name: student.name,
        seat: student.seat,
      })),
    });
  }

  /** Students who left a side lose its credentials (their teammates' pages pick up the new ones). */
  private async renewLeftSeats(doc: SessionDoc, left: LeftSide[]): Promise<void> {
    const unique = new Map(left.map((side) => [`${side.table}:${side.side}`, side]));
    for (const { table, side } of unique.values()) {
      const record = tableOf(doc, table);
      if (record && !(await renewSeatCredentials(this.deps.matches, record.matchID, playerIdBySide[side])))
        matchLog(record.matchID).error(
          { sessionId: doc.id, table, side },
          'renewing the seat credentials failed',
        );
    }
  }

  /**
   * Play begins: each side without students is handed to the session's bot for it, if one was named and
   * the table's other side has students. A table with no students at all stays idle: two bots would
   * play it out in a minute with nobody learning from it (the what-if preview shows what bots do).
   */
  async start(sessionId: string, authorization: string | undefined): Promise<Outcome<StartOutcome>> {
    const authorized = await this.authorize(sessionId, authorization);
    if (!authorized.ok) return authorized;
    const changed = await this.deps.docs.change(sessionId, (doc) => {
      if (doc.startedAt !== null)
        return refused<StartOutcome & { doc: SessionDoc }>('alreadyStarted', 'play has already started');
      const outcome: StartOutcome = { bots: [], idleTables: [] };
      for (const table of doc.tables) {
        const seated = (side: Side): boolean => studentsAt(doc, table.table, side).length > 0;
        if (!seated('us') && !seated('china')) {
          outcome.idleTables.push(table.table);
          continue;
        }
        for (const side of sides) {
          const bot = doc.botFill[side];
          if (seated(side) || bot === undefined) continue;
          table.bots[side] = bot;
          outcome.bots.push({ table: table.table, side, bot });
        }
      }
      doc.startedAt = this.deps.now();
      return succeed({ ...outcome, doc });
    });
    if (!changed.ok) return changed;
    const { doc, ...outcome } = changed.value;
    for (const { table, side, bot } of outcome.bots) {
      const record = tableOf(doc, table);
      if (!record) continue;
      if (await seatBot(this.deps.matches, record.matchID, playerIdBySide[side], bot))
        this.deps.pokeBot(record.matchID);
      else
        matchLog(record.matchID).error(
          { sessionId: doc.id, table, side },
          'handing the seat to the bot failed',
        );
    }
    return succeed(outcome);
  }

  async pause(
    sessionId: string,
    authorization: string | undefined,
    body: unknown,
  ): Promise<Outcome<TablesOutcome>> {
    const authorized = await this.authorize(sessionId, authorization);
    if (!authorized.ok) return authorized;
    const request = parsePause(body);
    if (!request.ok) return request;
    const tables = chosenTables(authorized.value.doc, request.value.tables);
    if (!tables.ok) return tables;
    const results = await eachTable(tables.value, (matchID) =>
      this.deps.controls.setPaused(matchID, request.value.paused),
    );
    return succeed(tablesOutcome(results));
  }

  async inject(
    sessionId: string,
    authorization: string | undefined,
    body: unknown,
  ): Promise<Outcome<TablesOutcome>> {
    const authorized = await this.authorize(sessionId, authorization);
    if (!authorized.ok) return authorized;
    const request = parseInject(body);
    if (!request.ok) return request;
    const tables = chosenTables(authorized.value.doc, request.value.tables);
    if (!tables.ok) return tables;
    const { cardId, atRound } = request.value;
    const results = await eachTable(tables.value, (matchID) =>
      this.deps.controls.inject(matchID, atRound === undefined ? { cardId } : { cardId, atRound }),
    );
    const at = this.deps.now();
    const injected = new Set(
      results.flatMap((result, index) => (result.ok ? [tables.value[index]?.matchID] : [])),
    );
    if (injected.size > 0) {
      const recorded = await this.deps.docs.change(sessionId, (doc) => {
        // Recorded with the game it went into (a rematch in between leaves it with the finished one).
        for (const table of doc.tables)
          for (const game of [table, ...(table.earlierGames ?? [])])
            if (injected.has(game.matchID)) game.injects.push({ cardId, atRound: atRound ?? null, at });
        return succeed(undefined);
      });
      if (!recorded.ok) return recorded;
    }
    return succeed(tablesOutcome(results));
  }

  async turnSeconds(
    sessionId: string,
    authorization: string | undefined,
    body: unknown,
  ): Promise<Outcome<TablesOutcome>> {
    const authorized = await this.authorize(sessionId, authorization);
    if (!authorized.ok) return authorized;
    const request = parseTurnSeconds(body);
    if (!request.ok) return request;
    const { seconds } = request.value;
    const results = await eachTable(authorized.value.doc.tables, (matchID) =>
      this.deps.controls.setTurnSeconds(matchID, seconds),
    );
    const outcome = tablesOutcome(results);
    // The session records the timer only once every table runs it (the export says what was played).
    if (!outcome.failed) {
      const recorded = await this.deps.docs.change(sessionId, (doc) => {
        doc.turnSeconds = seconds;
        return succeed(undefined);
      });
      if (!recorded.ok) return recorded;
    }
    return succeed(outcome);
  }

  async export(
    sessionId: string,
    authorization: string | undefined,
    tableNumber?: number,
  ): Promise<Outcome<ClassExport>> {
    const authorized = await this.authorize(sessionId, authorization);
    if (!authorized.ok) return authorized;
    const { doc } = authorized.value;
    if (tableNumber !== undefined && !tableOf(doc, tableNumber))
      return refused('tableNotFound', `there is no table ${tableNumber}`);
    return succeed(await classExport(this.deps.matches, doc, this.deps.now(), tableNumber));
  }
}

function chosenTables(doc: SessionDoc, tables: 'all' | number[]): Outcome<TableRecord[]> {
  if (tables === 'all') return succeed(doc.tables);
  const chosen: TableRecord[] = [];
  for (const number of new Set(tables)) {
    const table = tableOf(doc, number);
    if (!table) return refused('unknownTable', `there is no table ${number} (tables 1–${doc.tables.length})`);
    chosen.push(table);
  }
  return succeed(chosen);
}
