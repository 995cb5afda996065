import { afterEach, describe, expect, it } from 'vitest';
import { SeatDriver } from './helpers/seat-driver.ts';
import type { TestServer } from './helpers/test-server.ts';
import { seatedMatch, startTestServer } from './helpers/test-server.ts';

const servers: TestServer[] = [];
const drivers: SeatDriver[] = [];

afterEach(async () => {
  for (const driver of drivers.splice(0)) driver.stop();
  for (const server of servers.splice(0)) await server.drain();
});

describe('restart', () => {
  it('a match continues from its last seen state after the server stops without draining', async () => {
    const first = await startTestServer();
    servers.push(first);
    const { matchID, credentials } = await seatedMatch(first);
    const us = new SeatDriver(first.url, matchID, '0', credentials['0'], 'restart-us');
    const china = new SeatDriver(first.url, matchID, '1', credentials['1'], 'restart-china');
    drivers.push(us, china);

    let highestSeen = 0;
    let crashed: (() => void) | undefined;
    const crash = new Promise<void>((resolve) => {
      crashed = resolve;
    });
    for (const driver of [us, china]) {
      driver.onState = (stateID) => {
        highestSeen = Math.max(highestSeen, stateID);
        if (stateID >= 10) crashed?.();
      };
    }
    await Promise.race([crash, Promise.all([us.done, china.done])]);
    await first.closeNow();
    const seenBeforeCrash = highestSeen;

    const second = await startTestServer({ dataDir: first.dataDir, port: first.port });
    servers.push(second);
    const resumed = await second.store.loadState(matchID);
    expect(resumed?._stateID).toBeGreaterThanOrEqual(seenBeforeCrash);

    await Promise.all([us.done, china.done]);
    const final = await second.store.loadState(matchID);
    expect(final?.ctx.gameover).toBeDefined();
    expect(final?._stateID).toBeGreaterThan(seenBeforeCrash);
    const journal = await second.store.loadJournal(matchID);
    expect(journal.map((entry) => entry.stateID)).toEqual(
      Array.from({ length: final?._stateID ?? 0 }, (_, i) => i + 1),
    );
    // A move in flight when storage closed under it is answered internalError; nothing else is refused.
    const illegal = [...us.illegalRejections(), ...china.illegalRejections()].filter(
      (r) => r.code !== 'internalError',
    );
    expect(illegal).toEqual([]);
  });
});
