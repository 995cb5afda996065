import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server as IOServer } from 'socket.io';
import type { Socket } from 'socket.io-client';
import { io as connect } from 'socket.io-client';
import { afterEach, describe, expect, it } from 'vitest';
import { jitterHeartbeats } from '../../server/transport/heartbeat-jitter.ts';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe('jitterHeartbeats', () => {
  it('gives each connection its own ping interval, never longer than the one announced', async () => {
    const httpServer = http.createServer();
    const io = new IOServer(httpServer, { pingInterval: 400, pingTimeout: 1000 });
    const draws = [0, 0.25, 0.5, 0.75, 1, 0.1];
    let next = 0;
    jitterHeartbeats(io, () => draws[next++ % draws.length] ?? 0);
    await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
    cleanups.push(
      () =>
        new Promise<void>(
          (resolve) =>
            void io.close(() => {
              resolve();
            }),
        ),
    );
    const { port } = httpServer.address() as AddressInfo;
    const pings: number[][] = [];
    const sockets: Socket[] = [];
    for (let index = 0; index < draws.length; index++) {
      const socket = connect(`http://127.0.0.1:${port}`, { transports: ['websocket'], forceNew: true });
      cleanups.push(() => void socket.close());
      const times: number[] = [];
      pings.push(times);
      socket.io.on('ping', () => times.push(performance.now()));
      sockets.push(socket);
      await new Promise<void>((resolve) =>
        socket.once('connect', () => {
          resolve();
        }),
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const intervals = pings.map((times) => {
      const first = times[0];
      const last = times.at(-1);
      return first === undefined || last === undefined || times.length < 2
        ? Number.NaN
        : (last - first) / (times.length - 1);
    });
    for (const interval of intervals) {
      expect(interval).toBeGreaterThan(300 - 40);
      expect(interval).toBeLessThan(400 + 40);
    }
    // Draws 0 and 1 give 300 ms and 400 ms: the sockets do not ping in step.
    expect(Math.max(...intervals) - Math.min(...intervals)).toBeGreaterThan(60);
    expect(io.engine.opts.pingInterval).toBe(400);
    expect(sockets.every((socket) => socket.connected)).toBe(true);
  });
});
