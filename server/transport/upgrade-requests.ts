import { ServerResponse } from 'node:http';
import type { IncomingMessage } from 'node:http';
import type { Server as IOServer } from 'socket.io';

/** What this module touches of engine.io's (6.x) objects. */
interface EngineSocket {
  request: IncomingMessage | null;
}
/** engine.io's stand-in response for a WebSocket upgrade (handed to middlewares). */
interface UpgradeResponse {
  req: IncomingMessage | null;
}

/**
 * Lets each connection's HTTP upgrade request be collected once the connection is open.
 *
 * engine.io keeps it referenced for the connection's whole life: from its socket (`request`), and from
 * the stand-in response it builds for middlewares on an upgrade, which a `close` listener on the TCP
 * socket keeps alive. A request holds its headers, raw headers and stream state: at 10,000 connections a
 * quarter of the server's heap objects, which every full GC marks. The server needs only the address
 * afterwards, and engine.io copies it (`remoteAddress`, socket.io's `handshake.address`); socket.io reads
 * the request only to build `handshake` (headers, url, query: not used here), and takes a missing one.
 *
 * Both references go through engine.io's public hooks: a middleware sees the stand-in response, and its
 * `headers` event fires once the middlewares are done with it (the upgrade's response headers are being
 * written); its `connection` event hands over the socket.
 */
export function releaseUpgradeRequests(io: IOServer): void {
  const upgrades = new WeakMap<IncomingMessage, UpgradeResponse>();
  io.engine.use((request: IncomingMessage, response: unknown, next: (error?: unknown) => void) => {
    // A polling request gets a real response, which keeps its request as it should.
    if (!(response instanceof ServerResponse)) upgrades.set(request, response as UpgradeResponse);
    next();
  });
  io.engine.on('headers', (_headers: unknown, request: IncomingMessage) => {
    const response = upgrades.get(request);
    if (response) response.req = null;
    upgrades.delete(request);
  });
  io.engine.on('connection', (socket: EngineSocket) => {
    socket.request = null;
  });
}
