import type { IncomingMessage, ServerResponse } from 'node:http';
import { readJsonBody } from '../http/body.ts';
import { sendJson, sendOutcome } from '../http/respond.ts';
import { httpStatusByCode } from '../boundary/rejection.ts';
import type { RateLimit } from '../transport/rate-limit.ts';
import { KeyedLimiter } from '../transport/rate-limit.ts';
import { exportCsv } from './export-csv.ts';
import type { ClassroomDeps } from './classroom-deps.ts';
import { createSession } from './create-session.ts';
import type { TablesOutcome } from './facilitator-api.ts';
import { FacilitatorApi } from './facilitator-api.ts';
import type { ClassExport } from './class-export.ts';
import type { Outcome } from '../boundary/rejection.ts';
import { refused } from '../boundary/rejection.ts';
import { StudentApi } from './student-api.ts';

/** Five new sessions per address, then one a minute: a session creates up to 20 matches. */
export const defaultSessionCreates: RateLimit = { perSecond: 1 / 60, burst: 5 };

export interface ClassroomRouteOptions {
  maxBodyBytes: number;
  now: () => number;
  sessionCreates?: RateLimit;
}

/** The HTTP side of the classroom: `/classroom/api/...`, errors `{error: {code, message}}`. */
export type ClassroomRoute = (
  request: IncomingMessage,
  response: ServerResponse,
  path: string[],
  address: string,
) => Promise<void>;

/**
 * Every table answered; when one refused, the reply is that refusal with every table's answer beside it,
 * as a conflict whatever the table's code: the other tables took the change.
 */
function sendTables(response: ServerResponse, outcome: Outcome<TablesOutcome>): void {
  if (!outcome.ok || !outcome.value.failed) {
    sendOutcome(response, outcome);
    return;
  }
  const { failed, tables } = outcome.value;
  sendJson(response, httpStatusByCode.conflict, { error: failed, tables });
}

function sendExport(response: ServerResponse, outcome: Outcome<ClassExport>, format: 'json' | 'csv'): void {
  if (!outcome.ok || format === 'json') {
    sendOutcome(response, outcome);
    return;
  }
  const text = exportCsv(outcome.value);
  const table = outcome.value.tables.length === 1 ? `-table-${outcome.value.tables[0]?.table ?? ''}` : '';
  response.writeHead(200, {
    'content-type': 'text/csv; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'content-disposition': `attachment; filename="class-${outcome.value.session.id}${table}.csv"`,
    'cache-control': 'no-store',
  });
  response.end(text);
}

/** `export.json` / `export.csv`, or undefined for any other name. */
function exportFormat(name: string | undefined): 'json' | 'csv' | undefined {
  return name === 'export.json' ? 'json' : name === 'export.csv' ? 'csv' : undefined;
}

const notFound = refused('notFound', 'no such classroom route');
const notAllowed = refused('methodNotAllowed', 'method not allowed');

/** What a route answers, applied to the response once computed. */
type Answer = (response: ServerResponse) => void;

const json =
  <T>(outcome: Outcome<T>, status = 200): Answer =>
  (response) => {
    sendOutcome(response, outcome, status);
  };
const tables =
  (outcome: Outcome<TablesOutcome>): Answer =>
  (response) => {
    sendTables(response, outcome);
  };
const exported =
  (outcome: Outcome<ClassExport>, format: 'json' | 'csv'): Answer =>
  (response) => {
    sendExport(response, outcome, format);
  };

export function classroomRoute(deps: ClassroomDeps, options: ClassroomRouteOptions): ClassroomRoute {
  const facilitator = new FacilitatorApi(deps);
  const students = new StudentApi(deps);
  const creates = new KeyedLimiter(options.sessionCreates ?? defaultSessionCreates);

  const get = async (path: string[], authorization: string | undefined): Promise<Answer> => {
    const [resource, id, verb, tableNumber, tableVerb] = path;
    if (resource === 'me' && id === undefined) return json(await students.me(authorization));
    if (resource === 'me' && id === 'proposals' && verb === undefined)
      return json(await students.proposals(authorization));
    if (resource === 'sessions' && id !== undefined) {
      if (verb === undefined) return json(await facilitator.overview(id, authorization));
      const format = exportFormat(verb);
      if (format && path.length === 3) return exported(await facilitator.export(id, authorization), format);
      const tableFormat = exportFormat(tableVerb);
      const table = Number(tableNumber);
      if (verb === 'tables' && tableFormat && Number.isInteger(table) && path.length === 5)
        return exported(await facilitator.export(id, authorization, table), tableFormat);
    }
    return json(notFound);
  };

  const post = async (
    request: IncomingMessage,
    path: string[],
    authorization: string | undefined,
    address: string,
  ): Promise<Answer> => {
    const [resource, id, verb] = path;
    const facilitatorRoute = resource === 'sessions' && id !== undefined;
    const body = await readJsonBody(request, options.maxBodyBytes);
    if (!body.ok) {
      // The key is checked before anything else of a facilitator's request, a bad body included.
      const allowed = facilitatorRoute ? await facilitator.check(id, authorization) : undefined;
      return json(allowed && !allowed.ok ? allowed : body);
    }
    const value = body.value;
    if (resource === 'sessions' && id === undefined) {
      if (!creates.take(address, options.now()))
        return json(refused('rateLimited', 'too many new class sessions from this address: wait a minute'));
      return json(await createSession(deps, value), 201);
    }
    if (resource === 'join' && id === undefined) return json(await students.join(value, address));
    if (resource === 'me' && id === 'proposals' && verb === undefined)
      return json(await students.propose(authorization, value), 201);
    if (resource === 'me' && id === 'rematch' && verb === undefined)
      return json(await students.rematch(authorization, value));
    if (facilitatorRoute && path.length === 3) {
      switch (verb) {
        case 'seats':
          return json(await facilitator.seats(id, authorization, value));
        case 'start':
          return json(await facilitator.start(id, authorization));
        case 'pause':
          return tables(await facilitator.pause(id, authorization, value));
        case 'inject':
          return tables(await facilitator.inject(id, authorization, value));
        case 'turn-seconds':
          return tables(await facilitator.turnSeconds(id, authorization, value));
        case undefined:
        default:
          break;
      }
    }
    return json(notFound);
  };

  return async (request, response, path, address) => {
    const method = request.method ?? 'GET';
    const authorization = request.headers.authorization;
    const answer =
      method === 'GET'
        ? await get(path, authorization)
        : method === 'POST'
          ? await post(request, path, authorization, address)
          : json(notAllowed);
    answer(response);
  };
}
