import type { Socket } from 'socket.io-client';
import { io } from 'socket.io-client';

export interface Rejected {
  matchID: string | null;
  code: string;
  message: string;
}

/** A bare Socket.IO client on the game's namespace, recording every frame it receives. */
export interface RawClient {
  socket: Socket;
  frames: [string, ...unknown[]][];
  /** The next frame named `event` (or one already received after `from`). */
  next(event: string, timeoutMs?: number): Promise<unknown[]>;
  close(): void;
}

export function rawClient(url: string, headers?: Record<string, string>): RawClient {
  const options: Parameters<typeof io>[1] = { forceNew: true, reconnection: false };
  if (headers) options.extraHeaders = headers;
  const socket = io(`${url}/silicon-curtain`, options);
  const frames: [string, ...unknown[]][] = [];
  const waiters: { event: string; resolve: (args: unknown[]) => void }[] = [];
  socket.onAny((event: string, ...args: unknown[]) => {
    frames.push([event, ...args]);
    const index = waiters.findIndex((waiter) => waiter.event === event);
    const waiter = waiters[index];
    if (waiter) {
      waiters.splice(index, 1);
      waiter.resolve(args);
    }
  });
  return {
    socket,
    frames,
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
