import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Game } from 'boardgame.io';
import { SiliconCurtain } from '../rules/index.ts';
import { MatchAuthority } from './authority/authority.ts';
import { originChecker, parseOrigins } from './http/origins.ts';
import { createRouter } from './http/router.ts';
import { sendError } from './http/respond.ts';
import { Lobby } from './lobby/lobby.ts';
import type { MatchStore } from './storage/match-store.ts';
import { SqliteStore } from './storage/sqlite-store.ts';
import type { Limits } from './transport/limits.ts';
import { defaultLimits } from './transport/limits.ts';
import { KeyedLimiter } from './transport/rate-limit.ts';
import { SocketTransport } from './transport/socket-transport.ts';

export interface ServerOptions {
  /** 0 picks a free port. */
  port: number;
  host?: string;
  dataDir: string;
  /** Comma-separated allowed origins (env ORIGINS); unset: own origin + localhost dev. */
  origins?: string;
  /** The built client (vite build output). */
  clientDir?: string;
  limits?: Limits;
  /** A ready store (tests, later PostgreSQL); default SQLite under dataDir. */
  store?: MatchStore;
}

export interface RunningServer {
  port: number;
  url: string;
  store: MatchStore;
  authority: MatchAuthority;
  /** SIGTERM: no new matches or moves, queued moves finish, sockets close, storage closes. */
  drain(): Promise<void>;
  /** Like a crash: connections dropped at once (clients reconnect), storage closed. */
  closeNow(): Promise<void>;
}

const game = SiliconCurtain as Game & { name: string };

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const limits = options.limits ?? defaultLimits;
  const store = options.store ?? SqliteStore.inDirectory(options.dataDir);
  const authority = new MatchAuthority(game, store);
  const lobby = new Lobby(game, store, authority);
  let checkOrigin: (origin: string | undefined) => boolean = () => false;
  const isOriginAllowed = (origin: string | undefined): boolean => checkOrigin(origin);

  const route = createRouter({
    lobby,
    store,
    gameName: game.name,
    clientDir: options.clientDir ?? path.resolve('dist'),
    maxBodyBytes: limits.maxMessageBytes,
    limiter: new KeyedLimiter(limits.perAddress),
    isOriginAllowed,
    isDraining: () => authority.isDraining,
  });
  const httpServer = createServer((request, response) => {
    route(request, response).catch((error: unknown) => {
      console.error('request failed', error);
      if (!response.headersSent) sendError(response, 500, 'internalError', 'internal error');
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
  const finish = async (): Promise<void> => {
    httpServer.closeAllConnections();
    await store.close();
  };
  return {
    port,
    url: `http://localhost:${port}`,
    store,
    authority,
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
