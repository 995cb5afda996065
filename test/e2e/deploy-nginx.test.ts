import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { PostgresStore } from '../../server/storage/postgres-store.ts';
import { spawnServerWithEnv, stopServer, withTimeout } from '../server/helpers/cluster.ts';
import { SeatDriver } from '../server/helpers/seat-driver.ts';
import type { ServerProcess } from '../server/helpers/server-process.ts';
import {
  postgresUnreachable,
  redisUnreachable,
  skipReason,
  testDatabaseUrl,
  testRedisUrl,
  testSchema,
  uniqueName,
} from '../server/helpers/services.ts';
import type { TestSchema } from '../server/helpers/services.ts';
import { createMatch, joinSeat } from '../server/helpers/test-server.ts';
import type { ProxiedRequest, RunningNginx } from './nginx-harness.ts';
import { freePort, nginxAvailable, nginxPath, renderSite, shippedSite, startNginx } from './nginx-harness.ts';

/**
 * docs/DEPLOY.md's deployment, end to end: two server processes on one PostgreSQL schema and Redis
 * namespace behind nginx running deploy/nginx/silicon-curtain.conf, and a match whose two seats reach
 * the game through nginx alone and land on different processes, one of them on HTTP long-polling only.
 */

const reasons = [
  ...(await Promise.all([postgresUnreachable(), redisUnreachable()])),
  nginxAvailable ? undefined : `nginx is not installed at ${nginxPath} (scripts/setup.sh installs it)`,
];
const skipped = skipReason('Two processes behind nginx', reasons);
const title =
  skipped === undefined
    ? 'two processes behind the shipped nginx configuration'
    : `two processes behind the shipped nginx configuration (skipped: ${skipped})`;

const schemas: TestSchema[] = [];
afterAll(async () => {
  for (const schema of schemas.splice(0)) await schema.drop();
});

interface Health {
  process: { pid: number };
}

/** GET /health through nginx with this route cookie (or none): the answering pid and any cookie set. */
async function healthVia(nginx: RunningNginx, route?: string): Promise<{ pid: number; setRoute?: string }> {
  const response = await fetch(
    `${nginx.url}/health`,
    route === undefined ? {} : { headers: { cookie: `sc_route=${route}` } },
  );
  const body = (await response.json()) as Health;
  const setRoute = /^sc_route=([0-9a-f]+);/.exec(response.headers.get('set-cookie') ?? '')?.[1];
  return setRoute === undefined ? { pid: body.process.pid } : { pid: body.process.pid, setRoute };
}

describe.skipIf(skipped !== undefined)(title, () => {
  it('keeps each browser on one process by its cookie, spreads browsers, and plays a match across both, polling included', async () => {
    expect(reasons, 'PostgreSQL, Redis and nginx are required here').toEqual([
      undefined,
      undefined,
      undefined,
    ]);
    const schema = testSchema();
    schemas.push(schema);
    const env = {
      DATABASE_URL: testDatabaseUrl,
      DATABASE_SCHEMA: schema.name,
      REDIS_URL: testRedisUrl,
      REDIS_NAMESPACE: uniqueName('sc_test'),
      TRUSTED_PROXIES: '127.0.0.1,::1',
    };
    const servers: ServerProcess[] = [];
    const drivers: SeatDriver[] = [];
    let nginx: RunningNginx | undefined;
    let store: PostgresStore | undefined;
    try {
      servers.push(...(await Promise.all([spawnServerWithEnv(env), spawnServerWithEnv(env)])));
      const [a, b] = servers;
      if (!a?.child.pid || !b?.child.pid) throw new Error('servers did not start');
      const listenPort = await freePort();
      nginx = await startNginx(
        renderSite(readFileSync(shippedSite, 'utf8'), [a.port, b.port], listenPort),
        listenPort,
      );

      // Without the cookie the address decides: always the same process; each answer offers a cookie.
      const cookieless = await Promise.all(Array.from({ length: 6 }, () => healthVia(nginx as RunningNginx)));
      expect(new Set(cookieless.map((answer) => answer.pid)).size).toBe(1);
      const offered = cookieless.map((answer) => answer.setRoute);
      expect(offered.every((route) => route?.length === 32)).toBe(true);
      expect(new Set(offered).size).toBe(offered.length);

      // A browser's cookie picks its process for good; fresh cookies spread over both processes.
      const routeTo = new Map<number, string>();
      for (let attempt = 0; attempt < 40 && routeTo.size < 2; attempt++) {
        const { setRoute } = await healthVia(nginx);
        if (setRoute === undefined) continue;
        const { pid } = await healthVia(nginx, setRoute);
        if (!routeTo.has(pid)) routeTo.set(pid, setRoute);
      }
      const routeA = routeTo.get(a.child.pid);
      const routeB = routeTo.get(b.child.pid);
      if (routeA === undefined || routeB === undefined)
        throw new Error('40 fresh cookies all chose one process');
      for (const [route, pid] of [
        [routeA, a.child.pid],
        [routeB, b.child.pid],
      ] as const) {
        const again = await Promise.all(
          Array.from({ length: 5 }, () => healthVia(nginx as RunningNginx, route)),
        );
        expect(again).toEqual(again.map(() => ({ pid })));
      }

      // A match through nginx alone: seat "0" on process A over long-polling only, seat "1" on B.
      const matchID = await createMatch(nginx);
      const us = new SeatDriver(nginx.url, matchID, '0', await joinSeat(nginx, matchID, '0'), 'nginx-us', {
        transports: ['polling'],
        extraHeaders: { cookie: `sc_route=${routeA}` },
      });
      const china = new SeatDriver(
        nginx.url,
        matchID,
        '1',
        await joinSeat(nginx, matchID, '1'),
        'nginx-china',
        {
          extraHeaders: { cookie: `sc_route=${routeB}` },
        },
      );
      drivers.push(us, china);
      await withTimeout(Promise.all([us.done, china.done]), 150_000, 'the match');
      expect(us.socket.io.engine.transport.name).toBe('polling');
      expect(china.socket.io.engine.transport.name).toBe('websocket');

      store = await PostgresStore.open({
        connectionString: testDatabaseUrl,
        schema: schema.name,
        maxConnections: 2,
      });
      const final = await store.loadState(matchID);
      expect(final?.ctx.gameover).toBeDefined();
      const journal = await store.loadJournal(matchID);
      expect(journal.map((entry) => entry.stateID)).toEqual(journal.map((_, i) => i + 1));
      expect(new Set(journal.map((entry) => entry.seat))).toEqual(new Set(['0', '1']));

      // nginx's own record (a request is logged once it ends: the WebSocket once the seat leaves): every
      // Socket.IO request of a seat went to the process its cookie chose.
      for (const driver of drivers.splice(0)) driver.stop();
      const running = nginx;
      const socketRequests = (): ProxiedRequest[] =>
        running.requests().filter((request) => request.uri.startsWith('/socket.io/'));
      await expect
        .poll(() => socketRequests().filter((request) => request.route === routeB && request.status === 101))
        .toEqual([
          expect.objectContaining({ uri: expect.stringContaining('transport=websocket') as unknown }),
        ]);
      const requestsOf = (route: string): ProxiedRequest[] =>
        socketRequests().filter((request) => request.route === route);
      expect(new Set(requestsOf(routeA).map((request) => request.upstream))).toEqual(
        new Set([`127.0.0.1:${String(a.port)}`]),
      );
      expect(new Set(requestsOf(routeB).map((request) => request.upstream))).toEqual(
        new Set([`127.0.0.1:${String(b.port)}`]),
      );
      const polls = requestsOf(routeA);
      expect(polls.length).toBeGreaterThan(journal.length);
      expect(
        polls.filter((request) => !request.uri.includes('transport=polling') || request.status !== 200),
      ).toEqual([]);
    } finally {
      // nginx first: a child process left behind by a failing test would outlive the run.
      await nginx?.stop();
      for (const driver of drivers) driver.stop();
      await store?.close();
      const codes = await Promise.all(servers.map(stopServer));
      expect(codes).toEqual(servers.map(() => 0));
    }
  }, 240_000);
});
