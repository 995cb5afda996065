import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { SeatDriver } from './helpers/seat-driver.ts';
import type { ServerProcess } from './helpers/server-process.ts';
import { spawnServer } from './helpers/server-process.ts';
import { seatedMatch, tempDataDir } from './helpers/test-server.ts';

let current: ServerProcess | undefined;
const drivers: SeatDriver[] = [];

afterEach(async () => {
  for (const driver of drivers.splice(0)) driver.stop();
  if (current && current.child.exitCode === null) {
    current.child.kill('SIGKILL');
    await current.exited;
  }
  current = undefined;
});

function storedStateID(dataDir: string, matchID: string): number {
  const db = new Database(path.join(dataDir, 'matches.sqlite'), { readonly: true });
  const row = db.prepare('SELECT state_id FROM matches WHERE match_id = ?').get(matchID) as
    { state_id: number } | undefined;
  db.close();
  return row?.state_id ?? -1;
}

describe('chaos', () => {
  it('kill -9 mid-match, three times: no state any client saw is lost, the match finishes', async () => {
    const dataDir = tempDataDir();
    current = await spawnServer(dataDir);
    const server = { url: current.url };
    const { matchID, credentials } = await seatedMatch(server);

    const us = new SeatDriver(server.url, matchID, '0', credentials['0'], 'chaos-us');
    const china = new SeatDriver(server.url, matchID, '1', credentials['1'], 'chaos-china');
    drivers.push(us, china);
    let seen = 0;
    let waiter: { at: number; resolve: () => void } | undefined;
    for (const driver of [us, china]) {
      driver.onState = (stateID) => {
        seen = Math.max(seen, stateID);
        if (waiter && seen >= waiter.at) waiter.resolve();
      };
    }
    const finished = Promise.all([us.done, china.done]);
    let over = false;
    void finished.then(() => {
      over = true;
    });

    let kills = 0;
    for (const at of [5, 12, 20]) {
      await Promise.race([
        finished,
        new Promise<void>((resolve) => {
          waiter = { at, resolve };
          if (seen >= at) resolve();
        }),
      ]);
      if (over) break;
      const process = current;
      process.child.kill('SIGKILL');
      await process.exited;
      const seenAtKill = seen;
      expect(storedStateID(dataDir, matchID)).toBeGreaterThanOrEqual(seenAtKill);
      kills++;
      current = await spawnServer(dataDir, process.port);
    }
    // The game's seed is crypto-random, so a rare short game may end before the last kill.
    expect(kills).toBeGreaterThanOrEqual(1);
    await finished;
    const final = storedStateID(dataDir, matchID);
    expect(final).toBeGreaterThanOrEqual(seen);
    const db = new Database(path.join(dataDir, 'matches.sqlite'), { readonly: true });
    const row = db.prepare('SELECT gameover FROM matches WHERE match_id = ?').get(matchID) as {
      gameover: string | null;
    };
    const journal = db
      .prepare('SELECT state_id FROM match_moves WHERE match_id = ? ORDER BY state_id')
      .all(matchID) as {
      state_id: number;
    }[];
    db.close();
    expect(row.gameover).not.toBeNull();
    expect([...us.illegalRejections(), ...china.illegalRejections()]).toEqual([]);
    expect(journal.map((r) => r.state_id)).toEqual(Array.from({ length: final }, (_, i) => i + 1));
  });
});
