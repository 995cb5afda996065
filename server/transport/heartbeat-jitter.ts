import type { Server as IOServer } from 'socket.io';

/** What this module touches of engine.io's (6.x) socket: its ping timer and the method that arms it. */
interface EngineSocket {
  pingIntervalTimer: ReturnType<typeof setTimeout> | null;
  schedulePing(): void;
}

/** Each socket pings at its own interval, between this share of `pingInterval` and all of it. */
const shortestShare = 0.75;

/**
 * Gives every connection a ping interval of its own, drawn once in [0.75, 1] × `pingInterval`.
 *
 * engine.io re-arms a socket's ping timer when its pong arrives. After any stall of the event loop the
 * pongs that queued up are handled together, so their next pings fall due together: with 10,000
 * sockets the load test saw bursts of ~10,000 pings (~0.6 s of writes), each burst causing the next
 * stall. Distinct intervals drift apart after every such batch instead of staying in step. Intervals
 * never exceed `pingInterval`, which the client was told: it waits pingInterval + pingTimeout for a ping.
 */
export function jitterHeartbeats(io: IOServer, random: () => number = Math.random): void {
  const options = io.engine.opts;
  io.engine.on('connection', (socket: EngineSocket) => {
    const nominal = options.pingInterval;
    // Protocol 3 clients ping the server instead (no timer); engine.io always sets the interval.
    if (socket.pingIntervalTimer === null || nominal === undefined) return;
    clearTimeout(socket.pingIntervalTimer);
    options.pingInterval = Math.round(nominal * (shortestShare + (1 - shortestShare) * random()));
    try {
      socket.schedulePing();
    } finally {
      options.pingInterval = nominal;
    }
  });
}
