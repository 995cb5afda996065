import { randomBytes } from 'node:crypto';
import type { Side } from '../../rules/index.ts';
import { playerIdBySide, sides } from '../../rules/index.ts';
import { hashSecret } from '../authority/credentials.ts';
import type { CreateOptions } from '../lobby/create-options.ts';
import type { ClassroomDeps } from './classroom-deps.ts';
import { newJoinCode } from './join-code.ts';
import type { Outcome } from '../boundary/rejection.ts';
import { refused, succeed } from '../boundary/rejection.ts';
import { parseCreateSession } from './requests.ts';
import type { BotFill, SessionDoc, TableRecord } from './session-doc.ts';

export interface CreatedSession {
  sessionId: string;
  joinCode: string;
  facilitatorKey: string;
  /** What could not be applied (the tables' round timer), in plain words; absent when all was. */
  warnings?: string[];
}

const sideNames: Record<Side, string> = { us: 'US', china: 'China' };
const createAttempts = 5;

function botFillOf(requested: { us?: string | undefined; china?: string | undefined } | undefined): BotFill {
  const fill: BotFill = {};
  for (const side of sides) {
    const spec = requested?.[side];
    if (spec !== undefined) fill[side] = spec;
  }
  return fill;
}

/** The seat names the classroom joins a table's seats with. */
export const seatName = (table: number, side: Side): string => `Table ${table} — ${sideNames[side]}`;

/**
 * A table's game: a match through the lobby's creation path, unlisted, marked as the session's table (the
 * Lobby API then hands its rematch to the class), both seats joined by the classroom (a new session's
 * tables, and a table's rematch).
 */
export async function createTable(
  deps: ClassroomDeps,
  sessionId: string,
  table: number,
  scenarioId: string,
  overrides: Record<string, number>,
): Promise<Outcome<TableRecord>> {
  const options: CreateOptions = {
    scenarioId,
    unlisted: true,
    classTable: { sessionId, table },
    ...(Object.keys(overrides).length > 0 ? { overrides } : {}),
  };
  const created = await deps.lobby.createMatch(options);
  if (!created.ok) return created;
  const { matchID, kernelSeed } = created.value;
  for (const side of sides) {
    const joined = await deps.lobby.join(matchID, {
      playerID: playerIdBySide[side],
      playerName: seatName(table, side),
    });
    if (!joined.ok) return refused('internalError', `table ${table} could not be seated`);
  }
  return succeed({ table, matchID, kernelSeed, bots: {}, injects: [] });
}

/**
 * `POST /classroom/api/sessions`: the tables' matches, then the session document under a fresh join code
 * (unique: the store refuses a taken one, and a new one is drawn). The facilitator key is answered once
 * and stored only as its hash.
 */
export async function createSession(deps: ClassroomDeps, body: unknown): Promise<Outcome<CreatedSession>> {
  const parsed = parseCreateSession(body);
  if (!parsed.ok) return parsed;
  const request = parsed.value;
  const overrides = request.overrides ?? {};
  // Drawn before the tables, which are marked with it (96 random bits: a taken one is not retried).
  const sessionId = randomBytes(12).toString('base64url');
  const tables: TableRecord[] = [];
  for (let table = 1; table <= request.tables; table++) {
    const created = await createTable(deps, sessionId, table, request.scenarioId, overrides);
    if (!created.ok) return created;
    tables.push(created.value);
  }
  const warnings: string[] = [];
  let turnSeconds = request.turnSeconds ?? null;
  if (turnSeconds !== null) {
    const outcomes = await Promise.all(
      tables.map((table) => deps.controls.setTurnSeconds(table.matchID, turnSeconds)),
    );
    const failed = outcomes.find((outcome) => !outcome.ok);
    if (failed && !failed.ok) {
      warnings.push(`The round timer is off: ${failed.rejection.message}`);
      turnSeconds = null;
    }
  }
  const facilitatorKey = randomBytes(24).toString('base64url');
  for (let attempt = 0; attempt < createAttempts; attempt++) {
    const doc: SessionDoc = {
      id: sessionId,
      title: request.title,
      joinCode: newJoinCode(),
      facilitatorKeyHash: hashSecret(facilitatorKey),
      createdAt: deps.now(),
      scenarioId: request.scenarioId,
      overrides,
      rulesVersion: deps.rulesVersion,
      turnSeconds,
      botFill: botFillOf(request.botFill),
      startedAt: null,
      tables,
      students: [],
      proposals: [],
    };
    if (await deps.docs.store.createSession(doc))
      return succeed({
        sessionId: doc.id,
        joinCode: doc.joinCode,
        facilitatorKey,
        ...(warnings.length > 0 ? { warnings } : {}),
      });
  }
  return refused('conflict', 'no free join code was found: try again');
}
