import type { State } from 'boardgame.io';
import { afterEach } from 'vitest';
import type { RawClient } from './raw-socket.ts';
import { connected, rawClient } from './raw-socket.ts';
import type { Seated, TestServer } from './test-server.ts';
import { seatedMatch, startTestServer } from './test-server.ts';
import type { ServerOptions } from '../../../server/server.ts';

/**
 * A test file's sockets and server, closed after each test: `setup` starts a server with a seated match,
 * `open` a raw client, `seated` one synced into a seat.
 */
export function socketSessions() {
  let server: TestServer | undefined;
  const clients: RawClient[] = [];
  afterEach(async () => {
    for (const client of clients.splice(0)) client.close();
    await server?.drain();
    server = undefined;
  });

  const start = async (options: Partial<ServerOptions> = {}): Promise<TestServer> => {
    server = await startTestServer(options);
    return server;
  };

  const setup = async (): Promise<{ server: TestServer; match: Seated }> => {
    const started = await start();
    return { server: started, match: await seatedMatch(started) };
  };

  const open = (url: string, headers?: Record<string, string>, websocketOnly = false): RawClient => {
    const client = rawClient(url, headers, websocketOnly);
    clients.push(client);
    return client;
  };

  const seated = async (
    url: string,
    match: Seated,
    seat: '0' | '1',
  ): Promise<{ client: RawClient; state: State }> => {
    const client = open(url);
    await connected(client);
    const reply = client.next('sync');
    client.socket.emit('sync', match.matchID, seat, match.credentials[seat], 2);
    const [, info] = await reply;
    return { client, state: (info as { state: State }).state };
  };

  return { start, setup, open, seated };
}
