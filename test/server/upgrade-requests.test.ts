import http from 'node:http';
import type { AddressInfo } from 'node:net';
import v8 from 'node:v8';
import vm from 'node:vm';
import { Server as IOServer } from 'socket.io';
import type { Socket } from 'socket.io-client';
import { io as connect } from 'socket.io-client';
import { afterEach, describe, expect, it } from 'vitest';
import { releaseUpgradeRequests } from '../../server/transport/upgrade-requests.ts';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

interface Running {
  io: IOServer;
  url: string;
  /** How many initial (handshake) requests have been garbage-collected so far. */
  collected: () => number;
  addresses: string[];
}

const open: { io: IOServer; clients: Socket[] }[] = [];

async function serve(release: boolean): Promise<Running> {
  const httpServer = http.createServer();
  const io = new IOServer(httpServer, { serveClient: false });
  if (release) releaseUpgradeRequests(io);
  let collected = 0;
  const registry = new FinalizationRegistry(() => {
    collected++;
  });
  io.engine.on('initial_headers', (_headers: unknown, request: object) => {
    registry.register(request, 'request');
  });
  const addresses: string[] = [];
  io.on('connection', (socket) => {
    addresses.push(socket.handshake.address);
    socket.on('ping', (reply: (answer: string) => void) => {
      reply('pong');
    });
  });
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  const { port } = httpServer.address() as AddressInfo;
  open.push({ io, clients: [] });
  return { io, url: `http://127.0.0.1:${port}`, collected: () => collected, addresses };
}

async function connected(url: string, transports: ('websocket' | 'polling')[]): Promise<Socket> {
  const client = connect(url, { forceNew: true, reconnection: false, transports });
  open.at(-1)?.clients.push(client);
  const answer = await new Promise<string>((resolve) => {
    client.emit('ping', resolve);
  });
  expect(answer).toBe('pong');
  return client;
}

async function collectGarbage(): Promise<void> {
  for (let round = 0; round < 3; round++) {
    gc();
    await sleep(20);
  }
}

afterEach(async () => {
  for (const { io, clients } of open.splice(0)) {
    for (const client of clients) client.close();
    await io.close();
  }
});

describe('releaseUpgradeRequests', () => {
  it("lets an open WebSocket connection's upgrade request be collected; the address stays", async () => {
    const server = await serve(true);
    const clients = [await connected(server.url, ['websocket']), await connected(server.url, ['websocket'])];
    await collectGarbage();
    expect(server.collected()).toBe(2);
    expect(server.addresses).toEqual(['127.0.0.1', '127.0.0.1']);
    // The connections still work.
    for (const client of clients)
      expect(await new Promise((resolve) => client.emit('ping', resolve))).toBe('pong');
  });

  it('engine.io alone keeps every open connection’s upgrade request (what the function is for)', async () => {
    const server = await serve(false);
    await connected(server.url, ['websocket']);
    await connected(server.url, ['websocket']);
    await collectGarbage();
    expect(server.collected()).toBe(0);
  });

  it('leaves long polling (and its upgrade to WebSocket) working', async () => {
    const server = await serve(true);
    const client = await connected(server.url, ['polling', 'websocket']);
    for (let waited = 0; client.io.engine.transport.name !== 'websocket' && waited < 2000; waited += 50)
      await sleep(50);
    expect(client.io.engine.transport.name).toBe('websocket');
    expect(await new Promise((resolve) => client.emit('ping', resolve))).toBe('pong');
    expect(server.addresses).toEqual(['127.0.0.1']);
  });
});
