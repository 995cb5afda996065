/**
 * permessage-deflate for catch-up, not for every move. ws applies `threshold` only without context
 * takeover (with it, every message is compressed, even a 40-byte `rejected`), hence the no-takeover
 * flags. Updates (8–20 KB of JSON) cost ~0.2 ms of deflate each, two per move, for a turn-based game on
 * loopback or broadband: they go plain. A sync (the state twice and a log tail, ≥ 25 KB) is compressed
 * to ~7 KB (the ≤ 10 KB catch-up target). An 8 KB window and memLevel 4 keep zlib at ~40 KB for a socket
 * that was sent a sync (ws's default is ~260 KB). Clients' messages are small: with
 * client_no_context_takeover they stay plain too, so the server never inflates.
 */
export const socketCompression = {
  threshold: 24 * 1024,
  serverNoContextTakeover: true,
  clientNoContextTakeover: true,
  serverMaxWindowBits: 13,
  zlibDeflateOptions: { memLevel: 4 },
};
