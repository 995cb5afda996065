import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Game } from 'boardgame.io';
import { SiliconCurtain } from '../rules/index.ts';
import { MatchAuthority } from './authority/authority.ts';
import { startPlayServices } from './bots/services.ts';
import type { ClassroomStore } from './classroom/classroom-store.ts';
import { classroomServer } from './classroom/classroom-server.ts';
import { openClassroomStore } from './classroom/open-classroom-store.ts';
import type { TableControls } from './classroom/table-controls.ts';
import { CommitRelay } from './bus/commit-relay.ts';
import { MatchControls } from './classroom/match-controls.ts';
import { PausedMatches } from './classroom/paused-matches.ts';
import type { MatchBus } from './bus/match-bus.ts';
import { RedisBus } from './bus/redis-bus.ts';
import type { WhatIfSettings } from './classroom/what-if/route.ts';
import { startWhatIfPreview } from './classroom/what-if/route.ts';
import { clientAddressResolver, parseTrustedProxies } from './http/client-address.ts';
import { originChecker, parseOrigins } from './http/origins.ts';
import { createRouter } from './http/router.ts';
import { sendRejection } from './http/respond.ts';
import { Lobby } from './lobby/lobby.ts';
import type { LifecycleTimes } from './lobby/lifecycle.ts';
import { defaultLifecycleTimes } from './lobby/lifecycle.ts';
import { runningRules } from './rules-version/bundle-hash.ts';
import type { RulesPolicy } from './rules-version/policy.ts';
import type { MatchStore } from './storage/match-store.ts';
import { openStore } from './storage/open-store.ts';
import type { Limits } from './transport/limits.ts';
import { defaultCreatesPerAddress, defaultLimits } from './transport/limits.ts';
import { KeyedLimiter } from './transport/rate-limit.ts';
import { SocketTransport } from './transport/socket-transport.ts';
import { log, matchLog } from './log.ts';

export interface ServerOptions {
  /** 0 picks a free port. */
  port: number;
  host?: string;
  dataDir: string;
  /** Comma-separated allowed origins (env ORIGINS); unset: own origin + localhost dev. */
  origins?: string;
  /** Comma-separated reverse proxies whose X-Forwarded-For names the client (env TRUSTED_PROXIES). */
  trustedProxies?: string;
  /** The built client (vite build output). */
  clientDir?: string;
  limits?: Limits;
  /** Pause before a server-played bot seat moves (default 400 ms; tests use 0). */
  botThinkMs?: number;
  /** A ready store (tests); else PostgreSQL when `databaseUrl` is set, else SQLite under dataDir. */
  store?: MatchStore;
  /** env DATABASE_URL: store matches in PostgreSQL. */
  databaseUrl?: string;
  /** env DATABASE_SCHEMA: a schema of its own in that database (created when missing). */
  databaseSchema?: string;
  /** env REDIS_URL: several processes serve matches together (commit notices over Redis pub/sub). */
  redisUrl?: string;
  /** env REDIS_NAMESPACE: prefix of the Redis channels (default "silicon-curtain"). */
  redisNamespace?: string;
  /** The running rules and their migrations (tests inject some); default: this checkout's. */
  rules?: RulesPolicy;
  /** The clock of match expiry and creation quotas (tests pass a fake one); default Date.now. */
  now?: () => number;
  /** The classroom's what-if preview: its worker pool, queue and game counts (server/classroom/what-if/). */
  whatIf?: WhatIfSettings;
  /** When open matches expire and idle ones are abandoned (default 15 minutes, 14 days). */
  lifecycle?: Partial<LifecycleTimes>;
  /** A classroom's pause, inject and timed turns (tests may pass a double); default: this server's MatchControls. */
  tableControls?: TableControls;
  /** A ready classroom store (tests); else beside the matches (server/classroom/open-classroom-store.ts). */
  classroomStore?: ClassroomStore;
}

export interface RunningServer {
  port: number;
  url: string;
  store: MatchStore;
  /** The cross-process bus (REDIS_URL), if any. */
  bus: MatchBus | undefined;
  authority: MatchAuthority;
  /** What a facilitator does to a table's match: pause, inject an event, time the turns (classroom API). */
  tableControls: MatchControls;
  /** Class sessions (server/classroom/), beside the matches. */
  classroomStore: ClassroomStore;
  /** SIGTERM: no new matches or moves, queued moves finish, sockets close, storage closes. */
  drain(): Promise<void>;
  /** Like a crash: connections dropped at once (clients reconnect), storage closed. */
  closeNow(): Promise<void>;
}

const game = SiliconCurtain as Game & { name: string };

async function openBus(options: ServerOptions): Promise<MatchBus | undefined> {
  if (options.redisUrl === undefined) return undefined;
  const redis: Parameters<typeof RedisBus.connect>[0] = { url: options.redisUrl };
  if (options.redisNamespace !== undefined) redis.namespace = options.redisNamespace;
  return RedisBus.connect(redis);
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const limits = options.limits ?? defaultLimits;
  const now = options.now ?? Date.now;
  const store = await openStore(options);
  let bus: MatchBus | undefined;
  try {
    bus = await openBus(options);
  } catch (error) {
    await store.close();
    throw error;
  }
  const authority = new MatchAuthority(game, store, options.rules ? { rules: options.rules } : {});
  let classroomStore: ClassroomStore;
  try {
    classroomStore = await openClassroomStore(options, store);
  } catch (error) {
    await bus?.close();
    await store.close();
    throw error;
  }
  const relay = bus ? new CommitRelay(bus, store, authority) : undefined;
  if (relay) authority.publishCommitsTo(relay);
  // The pause gate comes first: a move to a paused table is told so, not that a clock ran out.
  const paused = new PausedMatches(store, bus !== undefined);
  authority.addGate((matchID) => paused.gate(matchID));
  const play = startPlayServices(authority, store, { botThinkMs: options.botThinkMs ?? 400, holds: paused });
  const tableControls = new MatchControls(authority, store, play, paused);
  const lobby = new Lobby(game, store, authority, play.lobbyHooks, {
    now,
    times: { ...defaultLifecycleTimes, ...options.lifecycle },
  });
  // The transport is made after the router: until then no socket is connected anywhere.
  let connectedSeats = (_matchID: string): Promise<ReadonlySet<string>> => Promise.resolve(new Set<string>());
  const classroom = classroomServer({
    classroomStore,
    matches: store,
    lobby,
    authority,
    controls: options.tableControls ?? tableControls,
    connectedSeats: (matchID) => connectedSeats(matchID),
    pokeBot: (matchID) => {
      play.bots.poke(matchID);
    },
    now,
    maxBodyBytes: limits.maxMessageBytes,
  });
  lobby.serveClassTables(classroom.classTables);
  let checkOrigin: (origin: string | undefined) => boolean = () => false;
  const isOriginAllowed = (origin: string | undefined): boolean => checkOrigin(origin);
  const clientAddress = clientAddressResolver(parseTrustedProxies(options.trustedProxies));
  const whatIf = startWhatIfPreview(options.whatIf ?? {}, {
    maxBodyBytes: limits.maxMessageBytes,
    now,
  });

  const route = createRouter({
    lobby,
    store,
    gameName: game.name,
    clientDir: options.clientDir ?? path.resolve('dist/client'),
    maxBodyBytes: limits.maxMessageBytes,
    limiter: new KeyedLimiter(limits.perAddress),
    createLimiter: new KeyedLimiter(limits.createsPerAddress ?? defaultCreatesPerAddress),
    now,
    isOriginAllowed,
    clientAddress,
    isDraining: () => authority.isDraining,
    rules: { version: authority.rules.version, bundleHash: runningRules().rulesBundleHash },
    ...(bus ? { bus } : {}),
    whatIf: whatIf.handle,
    classroom: classroom.route,
  });
  const httpServer = createServer((request, response) => {
    route(request, response).catch((error: unknown) => {
      log.error({ err: error, method: request.method, url: request.url }, 'request failed');
      if (!response.headersSent)
        sendRejection(response, { code: 'internalError', message: 'internal error' });
      else response.destroy();
    });
  });
  const transport = new SocketTransport({
    httpServer,
    authority,
    store,
    gameName: game.name,
    limits,
    isOriginAllowed,
    clientAddress,
    ...(relay ? { watcher: relay } : {}),
    ...(bus ? { chatBus: bus, presence: bus } : {}),
  });
  connectedSeats = (matchID) => transport.connectedSeats(matchID);
  // A facilitator's change to a match's settings reaches its sockets here at once, and the other
  // processes (their sockets, gate, clock, timer and bot) through the bus.
  tableControls.onSettingsChanged((matchID) => {
    transport.setupChanged(matchID);
    bus?.publishSettings(matchID).catch((error: unknown) => {
      matchLog(matchID).error({ err: error }, 'publishing the settings failed');
    });
  });
  bus?.onSettings((matchID) => {
    tableControls.followStored(matchID).then(
      () => {
        transport.setupChanged(matchID);
      },
      (error: unknown) => {
        matchLog(matchID).error({ err: error }, 'following the settings failed');
      },
    );
  });

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port, options.host ?? '0.0.0.0', () => {
      httpServer.off('error', reject);
      resolve();
    });
  });
  const port = (httpServer.address() as AddressInfo).port;
  checkOrigin = originChecker(parseOrigins(options.origins, port), options.origins === undefined);

  let closed = false;
  // Pauses are known before the clocks and bot seats pick their matches up again.
  await tableControls.resume(game.name);
  await play.resume(game.name);
  const finish = async (): Promise<void> => {
    tableControls.stop();
    play.stop();
    whatIf.close();
    httpServer.closeAllConnections();
    await bus?.close();
    await classroomStore.close();
    await store.close();
  };
  return {
    port,
    url: `http://localhost:${port}`,
    store,
    bus,
    authority,
    tableControls,
    classroomStore,
    drain: async () => {
      if (closed) return;
      closed = true;
      await authority.drain();
      await transport.close();
      await finish();
    },
    closeNow: async () => {
      if (closed) return;
      closed = true;
      transport.dropAll();
      httpServer.close();
      await finish();
    },
  };
}
