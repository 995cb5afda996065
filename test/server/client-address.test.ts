import { afterEach, describe, expect, it } from 'vitest';
import { clientAddressResolver, parseTrustedProxies } from '../../server/http/client-address.ts';
import { defaultLimits } from '../../server/transport/limits.ts';
import type { RawClient, Rejected } from './helpers/raw-socket.ts';
import { connected, rawClient } from './helpers/raw-socket.ts';
import type { TestServer } from './helpers/test-server.ts';
import { startTestServer } from './helpers/test-server.ts';

/** Behind a reverse proxy (TRUSTED_PROXIES) the per-address limits count the clients the proxy names. */

const servers: TestServer[] = [];
const clients: RawClient[] = [];

afterEach(async () => {
  for (const client of clients.splice(0)) client.close();
  for (const server of servers.splice(0)) await server.drain();
});

async function started(options: Parameters<typeof startTestServer>[0]): Promise<TestServer> {
  const server = await startTestServer(options);
  servers.push(server);
  return server;
}

async function createAs(server: TestServer, forwardedFor: string): Promise<number> {
  const response = await fetch(`${server.url}/games/silicon-curtain/create`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor },
    body: JSON.stringify({ numPlayers: 2 }),
  });
  await response.body?.cancel();
  return response.status;
}

/** Whether a socket opened with this X-Forwarded-For is kept (true) or refused and dropped (false). */
async function socketKept(server: TestServer, forwardedFor: string): Promise<boolean> {
  const client = rawClient(server.url, { 'x-forwarded-for': forwardedFor });
  clients.push(client);
  await connected(client);
  // A refused socket is told so first; a kept one is first told that this match does not exist.
  client.socket.emit('sync', 'no-such-match', null, undefined, 2);
  await expect.poll(() => client.frames.find(([event]) => event === 'rejected')).toBeDefined();
  const [, first] = client.frames.find(([event]) => event === 'rejected') ?? [];
  return (first as Rejected).code === 'matchNotFound';
}

describe('the client address behind a trusted proxy', () => {
  const trusted = clientAddressResolver(parseTrustedProxies(' 127.0.0.1, ::1 '));
  it.each([
    ['a trusted proxy: the entry it appended', '127.0.0.1', '198.51.100.4', '198.51.100.4'],
    ['a trusted proxy over IPv4-mapped IPv6', '::ffff:127.0.0.1', '198.51.100.4', '198.51.100.4'],
    [
      'a trusted proxy: what the client wrote before it is not believed',
      '::1',
      '10.0.0.1, 198.51.100.4',
      '198.51.100.4',
    ],
    ['a trusted proxy that named nobody: the proxy', '127.0.0.1', undefined, '127.0.0.1'],
    ['an untrusted peer: its own address, whatever it claims', '203.0.113.9', '198.51.100.4', '203.0.113.9'],
    ['an untrusted IPv4-mapped peer: its plain address', '::ffff:203.0.113.9', undefined, '203.0.113.9'],
  ])('%s', (_case, remote, forwardedFor, expected) => {
    expect(trusted(remote, forwardedFor)).toBe(expected);
  });

  it('trusts nobody when TRUSTED_PROXIES is unset', () => {
    expect(clientAddressResolver(parseTrustedProxies(undefined))('127.0.0.1', '198.51.100.4')).toBe(
      '127.0.0.1',
    );
  });

  it('gives each forwarded client its own creation quota when the proxy is trusted', async () => {
    const server = await started({ limits: defaultLimits, trustedProxies: '127.0.0.1,::1' });
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push(await createAs(server, '198.51.100.4'));
    expect(statuses).toEqual([200, 200, 200, 200, 200, 200, 429]);
    expect(await createAs(server, '198.51.100.5')).toBe(200);
  });

  it('ignores X-Forwarded-For from a peer it does not trust: a client cannot dodge its quota', async () => {
    const server = await started({ limits: defaultLimits });
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push(await createAs(server, `198.51.100.${String(i)}`));
    expect(statuses).toEqual([200, 200, 200, 200, 200, 200, 429]);
  });

  it('counts the sockets per forwarded client when the proxy is trusted, and per peer when not', async () => {
    const limits = { ...defaultLimits, maxSocketsPerAddress: 2 };
    const behindProxy = await started({ limits, trustedProxies: '127.0.0.1,::1' });
    const keptBehindProxy: boolean[] = [];
    for (const forwardedFor of [
      '198.51.100.4',
      '198.51.100.5',
      '198.51.100.6',
      '198.51.100.4',
      '198.51.100.4',
    ])
      keptBehindProxy.push(await socketKept(behindProxy, forwardedFor));
    expect(keptBehindProxy).toEqual([true, true, true, true, false]);

    const direct = await started({ limits });
    const keptDirect: boolean[] = [];
    for (const forwardedFor of ['198.51.100.4', '198.51.100.5', '198.51.100.6'])
      keptDirect.push(await socketKept(direct, forwardedFor));
    expect(keptDirect).toEqual([true, true, false]);
  });
});
