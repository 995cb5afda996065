import { describe, expect, it } from 'vitest';
import { defaultMaxSocketsPerAddress } from '../../server/transport/limits.ts';
import { connected, expectRejected } from './helpers/raw-socket.ts';
import { socketSessions } from './helpers/socket-session.ts';
import { seatedMatch } from './helpers/test-server.ts';

/** Socket.IO's limits: message size, per-socket and per-address budgets, chat. */

const { start, setup, open, seated } = socketSessions();

describe('Socket.IO: limits', () => {
  it('answers messageTooLarge for messages over 16 KB and drops the connection far above', async () => {
    const { server, match } = await setup();
    const { client } = await seated(server.url, match, '0');
    const big = 'x'.repeat(20 * 1024);
    const rejected = await expectRejected(
      client,
      'chat',
      match.matchID,
      { id: 'a', sender: '0', payload: big },
      match.credentials['0'],
    );
    expect(rejected.code).toBe('messageTooLarge');
    const dropped = new Promise<string>((resolve) => {
      client.socket.once('disconnect', (reason) => {
        resolve(reason);
      });
    });
    client.socket.emit('chat', match.matchID, { id: 'a', sender: '0', payload: 'y'.repeat(100 * 1024) }, 'x');
    expect(await dropped).toBeTypeOf('string');
  });

  it('lets every socket one address may hold sync at once, as a school does after its Wi-Fi drops', async () => {
    const { server, match } = await setup();
    const school = Array.from({ length: defaultMaxSocketsPerAddress }, () =>
      open(server.url, undefined, true),
    );
    await Promise.all(school.map((client) => connected(client)));
    const replies = school.map((client) => client.next('sync', 20_000));
    for (const client of school) client.socket.emit('sync', match.matchID, null, undefined, 2);
    await Promise.all(replies);
    const refused = school.flatMap((client) => client.frames.filter(([event]) => event === 'rejected'));
    expect(refused).toEqual([]);
  });

  it('rate-limits a flooding socket', async () => {
    const server = await start({
      limits: {
        maxMessageBytes: 16 * 1024,
        perSocket: { perSecond: 1, burst: 5 },
        perAddress: { perSecond: 1000, burst: 1000 },
        maxChatChars: 500,
      },
    });
    const match = await seatedMatch(server);
    const { client } = await seated(server.url, match, '0');
    const limited = client.next('rejected');
    for (let i = 0; i < 20; i++)
      client.socket.emit(
        'chat',
        match.matchID,
        { id: `m${i}`, sender: '0', payload: 'hi' },
        match.credentials['0'],
      );
    const [rejection] = await limited;
    expect(rejection).toMatchObject({ code: 'rateLimited' });
  });

  it('relays short chat from a seated player, refuses long chat and chat as someone else', async () => {
    const { server, match } = await setup();
    const us = await seated(server.url, match, '0');
    const china = await seated(server.url, match, '1');
    const heard = china.client.next('chat');
    us.client.socket.emit(
      'chat',
      match.matchID,
      { id: 'c1', sender: '0', payload: 'hello' },
      match.credentials['0'],
    );
    expect((await heard)[1]).toEqual({ id: 'c1', sender: '0', payload: 'hello' });
    const long = await expectRejected(
      us.client,
      'chat',
      match.matchID,
      { id: 'c2', sender: '0', payload: 'z'.repeat(501) },
      match.credentials['0'],
    );
    expect(long.code).toBe('chatTooLong');
    const spoof = await expectRejected(
      us.client,
      'chat',
      match.matchID,
      { id: 'c3', sender: '1', payload: 'hi' },
      match.credentials['0'],
    );
    expect(spoof.code).toBe('seatMismatch');
  });
});
