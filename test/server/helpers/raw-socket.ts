import type { State } from 'boardgame.io';
import type { Socket } from 'socket.io-client';
import { io } from 'socket.io-client';
import type { PatchOperation } from '../../../server/transport/json-patch.ts';
import { applyJsonPatch } from '../../../server/transport/json-patch.ts';

export interface Rejected {
  matchID: string | null;
  code: string;
  message: string;
}

/** A bare Socket.IO client on the game's namespace, recording every frame it receives. */
export interface RawClient {
  socket: Socket;
  frames: [string, ...unknown[]][];
  /**
   * The next frame named `event`. The pseudo-event `state` is the next `update` or `patch`, answered
   * as `[matchID, state, deltalog]` with the whole state the client then holds (patches applied).
   */
  next(event: string, timeoutMs?: number): Promise<unknown[]>;
  /** Patches that did not start at the state held (the server must never send one). */
  brokenPatches: number;
  close(): void;
}

/** `websocketOnly`: skip long-polling, so that messages sent together arrive together. */
export function rawClient(url: string, headers?: Record<string, string>, websocketOnly = false): RawClient {
  const options: Parameters<typeof io>[1] = { forceNew: true, reconnection: false };
  if (websocketOnly) options.transports = ['websocket'];
  if (headers) options.extraHeaders = headers;
  const socket = io(`${url}/silicon-curtain`, options);
  const frames: [string, ...unknown[]][] = [];
  const waiters: { event: string; resolve: (args: unknown[]) => void }[] = [];
  let held: State | undefined;
  const client = { brokenPatches: 0 };
  const dispatch = (event: string, args: unknown[]): void => {
    const index = waiters.findIndex((waiter) => waiter.event === event);
    const waiter = waiters[index];
    if (waiter) {
      waiters.splice(index, 1);
      waiter.resolve(args);
    }
  };
  socket.onAny((event: string, ...args: unknown[]) => {
    frames.push([event, ...args]);
    if (event === 'sync') held = (args[1] as { state?: State } | undefined)?.state;
    if (event === 'update') {
      held = args[1] as State;
      dispatch('state', [args[0], held, args[2]]);
    }
    if (event === 'patch') {
      if (held?._stateID === args[1]) {
        held = applyJsonPatch(structuredClone(held), args[3] as PatchOperation[]) as State;
        dispatch('state', [args[0], held, args[4]]);
      } else client.brokenPatches++;
    }
    dispatch(event, args);
  });
  return {
    socket,
    frames,
    get brokenPatches() {
      return client.brokenPatches;
    },
    next: (event, timeoutMs = 5000) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          reject(new Error(`no ${event} within ${timeoutMs} ms`));
        }, timeoutMs);
        waiters.push({
          event,
          resolve: (args) => {
            clearTimeout(timer);
            resolve(args);
          },
        });
      }),
    close: () => {
      socket.close();
    },
  };
}

export async function connected(client: RawClient): Promise<void> {
  if (client.socket.connected) return;
  await new Promise<void>((resolve, reject) => {
    client.socket.once('connect', () => {
      resolve();
    });
    client.socket.once('connect_error', reject);
  });
}

/** Sends and waits for the `rejected` answer. */
export async function expectRejected(
  client: RawClient,
  event: string,
  ...args: unknown[]
): Promise<Rejected> {
  const answer = client.next('rejected');
  client.socket.emit(event, ...args);
  const [rejected] = await answer;
  return rejected as Rejected;
}

/** What a `sync` reply carries (the seat's or spectator's view, the players as shown). */
export interface SyncInfo {
  state: State;
  filteredMetadata?: unknown;
}

/**
 * Opens a raw client, syncs it into a match as a seat (or a spectator: null) and waits for the reply;
 * `opened` gets the client first, for the caller's clean-up.
 */
export async function syncedRawClient(
  url: string,
  matchID: string,
  seat: '0' | '1' | null,
  credentials: string | undefined,
  opened: RawClient[],
): Promise<{ client: RawClient; info: SyncInfo }> {
  const client = rawClient(url);
  opened.push(client);
  await connected(client);
  const reply = client.next('sync');
  client.socket.emit('sync', matchID, seat, credentials, 2);
  const [, info] = await reply;
  return { client, info: info as SyncInfo };
}
