import type { GameResult, Phase, Side } from '../../rules/index.ts';
import { errorBodySchema } from '../wire.ts';

/**
 * The classroom API (server/classroom/, `/classroom/api/...`) as the pages call it: JSON in and out, a
 * Bearer token for the facilitator's key or a student's token, and a refusal's message in plain words.
 */

export class ClassroomError extends Error {
  override name = 'ClassroomError';
  constructor(
    message: string,
    readonly status: number,
    readonly code: string,
  ) {
    super(message);
  }
}

async function request(
  method: 'GET' | 'POST',
  path: string,
  options: { token?: string; body?: unknown } = {},
): Promise<Response> {
  const headers: Record<string, string> = {};
  if (options.token !== undefined) headers.authorization = `Bearer ${options.token}`;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(`/classroom/api${path}`, {
      method,
      headers,
      ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
    });
  } catch {
    throw new ClassroomError('the server could not be reached', 0, 'offline');
  }
  if (response.ok) return response;
  const answer = errorBodySchema.safeParse(await response.json().catch(() => undefined));
  if (answer.success)
    throw new ClassroomError(answer.data.error.message, response.status, answer.data.error.code);
  throw new ClassroomError(`the server answered ${response.status}`, response.status, 'unknown');
}

async function json<T>(
  method: 'GET' | 'POST',
  path: string,
  options: { token?: string; body?: unknown } = {},
) {
  return (await (await request(method, path, options)).json()) as T;
}

export interface CreateSessionBody {
  title: string;
  scenarioId: string;
  overrides?: Record<string, number>;
  tables: number;
  botFill?: { us?: string; china?: string };
  turnSeconds?: number | null;
}

export interface CreatedSession {
  sessionId: string;
  joinCode: string;
  facilitatorKey: string;
  warnings?: string[];
}

export interface OverviewStudent {
  studentId: string;
  name: string;
  online: boolean;
}

export interface TableOverview {
  table: number;
  /** The table's current game, from 1 (a rematch is the next). */
  game: number;
  matchID: string;
  round: number | null;
  year: number | null;
  phase: Phase | null;
  toMove: Side[];
  computeLead: number | null;
  escalation: number | null;
  sides: Record<Side, { students: OverviewStudent[]; connected: boolean; bot: string | null }>;
  paused: boolean;
  result: GameResult | null;
  injects: number;
  /** The events brought into the current game, in order, with what became of each. */
  events: OverviewEvent[];
}

/** What became of an event the facilitator brought in (server/classroom/inject-status.ts). */
export type EventStatus = 'played' | 'waiting' | 'notPlayed' | 'carried' | 'unknown';

export interface OverviewEvent {
  cardId: string;
  /** The round it resolves at; null: at once. */
  atRound: number | null;
  status: EventStatus;
  /** Carried here from this game of the table, which ended before the event's round. */
  carriedFromGame?: number;
}

export interface SessionOverview {
  id: string;
  title: string;
  joinCode: string;
  scenarioId: string;
  overrides: Record<string, number>;
  turnSeconds: number | null;
  botFill: { us?: string; china?: string };
  createdAt: string;
  startedAt: string | null;
  students: (OverviewStudent & { seat: { table: number; side: Side } | null })[];
  tables: TableOverview[];
}

export type Tables = 'all' | number[];

export interface StudentAssignment {
  table: number;
  side: Side;
  matchID: string;
  playerID: '0' | '1';
  credentials: string;
}

export interface Me {
  sessionTitle: string;
  name: string;
  assignment: StudentAssignment | null;
  teammates: string[];
}

export interface TeamProposal {
  name: string;
  text: string;
  at: string;
}

const session = (id: string): string => `/sessions/${encodeURIComponent(id)}`;

export const classroomApi = {
  createSession: (body: CreateSessionBody) => json<CreatedSession>('POST', '/sessions', { body }),
  overview: (id: string, key: string) => json<SessionOverview>('GET', session(id), { token: key }),
  drawSeats: (id: string, key: string) =>
    json<unknown>('POST', `${session(id)}/seats`, { token: key, body: { draw: true } }),
  assignSeats: (
    id: string,
    key: string,
    assignments: { studentId: string; table: number | null; side?: Side }[],
  ) => json<unknown>('POST', `${session(id)}/seats`, { token: key, body: { assignments } }),
  start: (id: string, key: string) =>
    json<{ bots: { table: number; side: Side; bot: string }[]; idleTables: number[] }>(
      'POST',
      `${session(id)}/start`,
      {
        token: key,
        body: {},
      },
    ),
  pause: (id: string, key: string, tables: Tables, paused: boolean) =>
    json<unknown>('POST', `${session(id)}/pause`, { token: key, body: { tables, paused } }),
  inject: (id: string, key: string, tables: Tables, cardId: string, atRound?: number) =>
    json<unknown>('POST', `${session(id)}/inject`, {
      token: key,
      body: atRound === undefined ? { tables, cardId } : { tables, cardId, atRound },
    }),
  turnSeconds: (id: string, key: string, seconds: number | null) =>
    json<unknown>('POST', `${session(id)}/turn-seconds`, { token: key, body: { seconds } }),
  /** An export file (`export.json`, `export.csv`, `tables/N/export.csv`…) as a Blob to save. */
  exportFile: async (id: string, key: string, file: string): Promise<Blob> =>
    (await request('GET', `${session(id)}/${file}`, { token: key })).blob(),
  join: (code: string, name: string) =>
    json<{ studentId: string; studentToken: string }>('POST', '/join', { body: { code, name } }),
  me: (token: string) => json<Me>('GET', '/me', { token }),
  proposals: (token: string) => json<{ proposals: TeamProposal[] }>('GET', '/me/proposals', { token }),
  /** The next game at the student's table once `matchID`, its game, is over (asked twice, still one). */
  rematch: (token: string, matchID: string) =>
    json<{ table: number; game: number; matchID: string }>('POST', '/me/rematch', {
      token,
      body: { matchID },
    }),
  propose: (token: string, text: string) =>
    json<{ proposals: TeamProposal[] }>('POST', '/me/proposals', { token, body: { text } }),
};

export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return 'something went wrong';
}
