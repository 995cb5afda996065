import type { IncomingMessage } from 'node:http';
import type { Server as IOServer, Socket } from 'socket.io';
import type { ClientAddress } from '../http/client-address.ts';

/** What this module reads of an engine.io (6.x) connection. */
interface EngineConnection {
  remoteAddress: string;
  request: IncomingMessage | null;
}

/**
 * Each connection's client address (http/client-address.ts), read from its handshake request's headers
 * when engine.io opens it. Call before releaseUpgradeRequests, which lets that request go: socket.io's
 * `handshake.headers` are empty afterwards. Answers a socket's address (its peer's, if never read).
 */
export function connectionAddresses(io: IOServer, clientAddress: ClientAddress): (socket: Socket) => string {
  const addresses = new WeakMap<object, string>();
  io.engine.on('connection', (connection: EngineConnection) => {
    const forwardedFor = connection.request?.headers['x-forwarded-for'];
    addresses.set(connection, clientAddress(connection.remoteAddress, forwardedFor));
  });
  return (socket) => addresses.get(socket.conn) ?? socket.handshake.address;
}
