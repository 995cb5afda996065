import { Server as IOServer } from 'socket.io';
import { describe, expect, it } from 'vitest';
import { encodeEventsAsPlainJson } from '../../server/transport/plain-encoder.ts';

interface AnyEncoder {
  encode(packet: unknown): unknown[];
}

// Not attached to an HTTP server: only their encoders are used.
const stockServer = new IOServer();
const plainServer = new IOServer();
encodeEventsAsPlainJson(plainServer);
const stock = stockServer.encoder as AnyEncoder;
const plain = plainServer.encoder as AnyEncoder;

describe('plain JSON event encoding', () => {
  const packets = [
    { type: 2, nsp: '/silicon-curtain', data: ['update', 'm1', { G: { a: [1, 2, { b: null }] } }, []] },
    { type: 2, nsp: '/', data: ['chat', 'm1', { id: 'x', payload: 'héllo "quoted" \u2028 ✓' }] },
    { type: 2, nsp: '/silicon-curtain', id: 7, data: ['rejected', { matchID: null, code: 'staleState' }] },
    { type: 3, nsp: '/silicon-curtain', id: 12, data: [{ ok: true }] },
    { type: 0, nsp: '/silicon-curtain', data: { sid: 'abc' } },
    { type: 1, nsp: '/silicon-curtain' },
    { type: 4, nsp: '/silicon-curtain', data: { message: 'nope' } },
  ];

  it.each(packets)('encodes $type on $nsp exactly as socket.io-parser does', (packet) => {
    expect(plain.encode(packet)).toEqual(stock.encode(packet));
  });
});
