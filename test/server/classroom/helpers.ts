import type {
  ControlOutcome,
  InjectRequest,
  TableControls,
} from '../../../server/classroom/table-controls.ts';
import { refused, succeed } from '../../../server/boundary/rejection.ts';
import type { TestServer } from '../helpers/test-server.ts';
import { startTestServer } from '../helpers/test-server.ts';
import type { ServerOptions } from '../../../server/server.ts';

/** A test double of the table controls: records every call, keeps pause flags, refuses what it is told to. */
export class RecordingControls implements TableControls {
  readonly calls: { method: string; matchID: string; value: unknown }[] = [];
  readonly paused = new Set<string>();
  /** Matches whose calls are refused (a table whose match side cannot do it). */
  readonly refusing = new Set<string>();

  private answer(matchID: string): ControlOutcome {
    return this.refusing.has(matchID) ? refused('gameOver', 'the game is over') : succeed(undefined);
  }

  setPaused(matchID: string, paused: boolean): Promise<ControlOutcome> {
    this.calls.push({ method: 'setPaused', matchID, value: paused });
    const answer = this.answer(matchID);
    if (answer.ok) {
      if (paused) this.paused.add(matchID);
      else this.paused.delete(matchID);
    }
    return Promise.resolve(answer);
  }

  isPaused(matchID: string): boolean {
    return this.paused.has(matchID);
  }

  inject(matchID: string, request: InjectRequest): Promise<ControlOutcome> {
    this.calls.push({ method: 'inject', matchID, value: request });
    return Promise.resolve(this.answer(matchID));
  }

  setTurnSeconds(matchID: string, seconds: number | null): Promise<ControlOutcome> {
    this.calls.push({ method: 'setTurnSeconds', matchID, value: seconds });
    return Promise.resolve(this.answer(matchID));
  }
}

export interface Answer<T = Record<string, unknown>> {
  status: number;
  body: T;
}

/** A classroom API call: JSON in and out, with a Bearer token when given. */
export async function call<T = Record<string, unknown>>(
  server: { url: string },
  method: 'GET' | 'POST',
  path: string,
  options: { token?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<Answer<T>> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token !== undefined) headers.authorization = `Bearer ${options.token}`;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`${server.url}/classroom/api${path}`, {
    method,
    headers,
    ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
  });
  const text = await response.text();
  const body = (
    response.headers.get('content-type')?.startsWith('application/json') ? JSON.parse(text) : text
  ) as T;
  return { status: response.status, body };
}

export interface Session {
  sessionId: string;
  joinCode: string;
  facilitatorKey: string;
}

export async function createSession(
  server: { url: string },
  body: Record<string, unknown> = {},
): Promise<Session> {
  const answer = await call<Session>(server, 'POST', '/sessions', {
    body: { title: 'Period 3', scenarioId: 'baseline-2025', tables: 2, ...body },
  });
  if (answer.status !== 201) throw new Error(`create: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body;
}

export interface Student {
  studentId: string;
  studentToken: string;
  name: string;
}

export async function joinClass(server: { url: string }, code: string, name: string): Promise<Student> {
  const answer = await call<{ studentId: string; studentToken: string }>(server, 'POST', '/join', {
    body: { code, name },
  });
  if (answer.status !== 200) throw new Error(`join ${name}: ${answer.status} ${JSON.stringify(answer.body)}`);
  return { ...answer.body, name };
}

export interface MeAnswer {
  sessionTitle: string;
  name: string;
  assignment: null | {
    table: number;
    side: 'us' | 'china';
    matchID: string;
    playerID: '0' | '1';
    credentials: string;
  };
  teammates: string[];
}

export async function me(server: { url: string }, student: Student): Promise<MeAnswer> {
  const answer = await call<MeAnswer>(server, 'GET', '/me', { token: student.studentToken });
  if (answer.status !== 200) throw new Error(`me: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body;
}

/**
 * A test server and bots that move at once, with a recording double for the table controls, or
 * (`realControls`) the server's own: the pause gate, journaled injections and turn timers.
 */
export async function classroomServer(
  options: Partial<ServerOptions> & { realControls?: boolean } = {},
): Promise<{ server: TestServer; controls: RecordingControls }> {
  const { realControls, ...rest } = options;
  const controls = new RecordingControls();
  const server = await startTestServer({
    botThinkMs: 0,
    ...(realControls ? {} : { tableControls: controls }),
    ...rest,
  });
  return { server, controls };
}
