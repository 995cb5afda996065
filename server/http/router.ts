import type { IncomingMessage, ServerResponse } from 'node:http';
import { hostname } from 'node:os';
import type { ClassroomRoute } from '../classroom/classroom-routes.ts';
import type { Outcome } from '../boundary/rejection.ts';
import { fail, refused } from '../boundary/rejection.ts';
import type { Lobby } from '../lobby/lobby.ts';
import { tooManyCreates } from '../lobby/lobby.ts';
import type { MatchStore } from '../storage/match-store.ts';
import type { KeyedLimiter } from '../transport/rate-limit.ts';
import { readJsonBody } from './body.ts';
import type { ClientAddress } from './client-address.ts';
import { sendJson, sendOutcome, sendRejection } from './respond.ts';
import { staticFiles } from './static-files.ts';

export interface RouterDeps {
  lobby: Lobby;
  store: MatchStore;
  gameName: string;
  clientDir: string;
  maxBodyBytes: number;
  limiter: KeyedLimiter;
  /** New matches per address (limits.createsPerAddress), apart from `limiter`. */
  createLimiter: KeyedLimiter;
  /** The server's clock (tests pass a fake one). */
  now: () => number;
  isOriginAllowed: (origin: string | undefined) => boolean;
  isDraining: () => boolean;
  /** Who sent a request: its socket's address, or the client a trusted proxy names (client-address.ts). */
  clientAddress: ClientAddress;
  /** `POST /classroom/api/what-if` (server/classroom/what-if/route.ts). */
  whatIf?: (request: IncomingMessage, response: ServerResponse, address: string) => Promise<void>;
  /** The running rules: their version and the hash of their files (/health). */
  rules: { version: string; bundleHash: string };
  /** The cross-process bus, when configured (REDIS_URL). */
  bus?: { kind: string; ping(): Promise<boolean> };
  /** Classroom sessions under /classroom/api (server/classroom/). */
  classroom?: ClassroomRoute;
}

function corsHeaders(response: ServerResponse, origin: string | undefined): void {
  if (origin === undefined) return;
  response.setHeader('access-control-allow-origin', origin);
  response.setHeader('vary', 'Origin');
  response.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS');
  response.setHeader('access-control-allow-headers', 'content-type, authorization');
  response.setHeader('access-control-max-age', '600');
}

/** The HTTP side of the one port: /health, the Lobby API under /games, and the built client. */
export function createRouter(deps: RouterDeps) {
  const serveStatic = staticFiles(deps.clientDir);
  const lobbyRoute = async (
    request: IncomingMessage,
    parts: string[],
    url: URL,
    address: string,
  ): Promise<Outcome<unknown>> => {
    const [, name, id, verb] = parts;
    const method = request.method ?? 'GET';
    if (name === undefined) return method === 'GET' ? deps.lobby.listGames() : notAllowed();
    if (name !== deps.gameName) return refused('gameNotFound', `game ${name} not found`);
    if (method === 'GET') {
      if (id === undefined) return deps.lobby.listMatches(url.searchParams);
      if (verb === undefined) return deps.lobby.getMatch(id);
      // Read-only, finished matches only (lobby/replay.ts): what the replay viewer replays.
      if (verb === 'replay') return deps.lobby.replay(id);
      return notFound();
    }
    if (method !== 'POST') return notAllowed();
    const body = await readJsonBody(request, deps.maxBodyBytes);
    if (!body.ok) return body;
    if (id === 'create' && verb === undefined) {
      if (!deps.createLimiter.take(address, deps.now())) return fail(tooManyCreates);
      return deps.lobby.create(body.value, address);
    }
    if (id === undefined) return notFound();
    switch (verb) {
      case 'join':
        return deps.lobby.join(id, body.value);
      case 'leave':
        return deps.lobby.leave(id, body.value);
      case 'update':
      case 'rename':
        return deps.lobby.update(id, body.value);
      case 'playAgain':
        return deps.lobby.playAgain(id, body.value, () => deps.createLimiter.take(address, deps.now()));
      case undefined:
      default:
        return notFound();
    }
  };

  /**
   * The browser's side of an API: a refused origin gets 403, an allowed one CORS headers, a preflight
   * its 204. True when that already answered the request.
   */
  const answeredCrossOrigin = (request: IncomingMessage, response: ServerResponse, api: string): boolean => {
    const origin = request.headers.origin;
    if (!deps.isOriginAllowed(origin)) {
      sendRejection(response, { code: 'originNotAllowed', message: `this origin may not use ${api}` });
      return true;
    }
    corsHeaders(response, origin);
    if (request.method !== 'OPTIONS') return false;
    response.writeHead(204);
    response.end();
    return true;
  };

  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const parts = url.pathname.split('/').filter((part) => part.length > 0);
    const address = deps.clientAddress(request.socket.remoteAddress, request.headers['x-forwarded-for']);
    if (!deps.limiter.take(address)) {
      sendRejection(response, { code: 'rateLimited', message: 'slow down' });
      return;
    }
    if (url.pathname === '/health') {
      const [storageUp, busUp] = await Promise.all([deps.store.ping(), deps.bus?.ping() ?? true]);
      const reachable = storageUp && busUp;
      sendJson(response, reachable ? 200 : 503, {
        ok: reachable,
        storage: deps.store.kind,
        storageOk: storageUp,
        bus: deps.bus?.kind ?? 'none',
        busOk: busUp,
        draining: deps.isDraining(),
        rules: deps.rules,
        // Which of several processes answered (behind a proxy), as every log line of it names it.
        process: { hostname: hostname(), pid: process.pid },
      });
      return;
    }
    if (parts[0] === 'games') {
      if (answeredCrossOrigin(request, response, 'the Lobby API')) return;
      sendOutcome(response, await lobbyRoute(request, parts, url, address));
      return;
    }
    if (parts[0] === 'classroom' && parts[1] === 'api' && (deps.classroom || deps.whatIf)) {
      if (answeredCrossOrigin(request, response, 'the classroom API')) return;
      if (url.pathname === '/classroom/api/what-if' && deps.whatIf)
        await deps.whatIf(request, response, address);
      else if (deps.classroom) await deps.classroom(request, response, parts.slice(2), address);
      else sendRejection(response, { code: 'notFound', message: 'no such classroom route' });
      return;
    }
    if ((request.method === 'GET' || request.method === 'HEAD') && serveStatic(request, response)) return;
    sendRejection(response, { code: 'notFound', message: 'not found' });
  };
}

const notFound = (): Outcome<unknown> => refused('notFound', 'not found');
const notAllowed = (): Outcome<unknown> => refused('methodNotAllowed', 'method not allowed');
