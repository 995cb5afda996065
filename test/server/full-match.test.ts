import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { SeatDriver } from './helpers/seat-driver.ts';
import type { TestServer } from './helpers/test-server.ts';
import { seatedMatch, startTestServer } from './helpers/test-server.ts';
import { Truth, frameStateID, leaks, secretsOfUs } from './helpers/truth.ts';

let server: TestServer | undefined;
const drivers: SeatDriver[] = [];

afterEach(async () => {
  for (const driver of drivers.splice(0)) driver.stop();
  await server?.drain();
  server = undefined;
});

describe('a full match through the stock boardgame.io Socket.IO client', () => {
  it('plays to the end; seat "1" never sees US secrets; every seen state was already on disk', async () => {
    server = await startTestServer();
    const { matchID, credentials } = await seatedMatch(server);
    const truth = new Truth(server, matchID);
    await truth.loadInitial(server, matchID);

    const reader = new Database(server.dbFile, { readonly: true });
    const storedStateID = (): number =>
      reader.open
        ? (
            reader.prepare('SELECT state_id FROM matches WHERE match_id = ?').get(matchID) as {
              state_id: number;
            }
          ).state_id
        : Number.POSITIVE_INFINITY;
    const notYetStored: number[] = [];

    const us = new SeatDriver(server.url, matchID, '0', credentials['0'], 'us-seed');
    const china = new SeatDriver(server.url, matchID, '1', credentials['1'], 'china-seed');
    drivers.push(us, china);
    for (const driver of [us, china]) {
      driver.onState = (stateID) => {
        if (storedStateID() < stateID) notYetStored.push(stateID);
      };
    }
    await Promise.all([us.done, china.done]);
    for (const driver of drivers.splice(0)) driver.stop();
    reader.close();

    const final = await server.store.loadState(matchID);
    expect(final?.ctx.gameover).toBeDefined();
    expect(notYetStored).toEqual([]);
    const illegal = [...us.illegalRejections(), ...china.illegalRejections()];
    expect(illegal).toEqual([]);

    // Hidden-information canary over every frame seat "1" received.
    let checked = 0;
    for (const frame of china.frames) {
      const stateID = frameStateID(frame);
      if (stateID === undefined) continue;
      const state = truth.states.get(stateID);
      expect(state, `truth for state ${stateID}`).toBeDefined();
      if (!state) continue;
      expect(leaks(frame, secretsOfUs(state)), `frame at state ${stateID}`).toEqual([]);
      checked++;
    }
    expect(checked).toBeGreaterThan(10);
    const journal = await server.store.loadJournal(matchID);
    expect(journal.map((entry) => entry.stateID)).toEqual(
      Array.from({ length: final?._stateID ?? 0 }, (_, i) => i + 1),
    );
    expect((await server.store.loadLog(matchID)).length).toBeGreaterThan(0);
  });
});
