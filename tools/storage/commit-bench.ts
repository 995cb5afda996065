import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Game } from 'boardgame.io';
import { SiliconCurtain } from '../../rules/index.ts';
import { newMatch } from '../../server/authority/match-factory.ts';
import { randomGameStates } from '../sim/bgio-replay.ts';
import { SqliteStore } from '../../server/storage/sqlite-store.ts';

/**
 * `npm run -s bench:commit-cost`: what committing a move costs the SQLite store, without sockets or clients
 * (the load test's figures move with everything else on the machine; these repeat). Whole random games
 * are played through boardgame.io's reducer first, then their states are committed interleaved, one
 * move of every match per round, as the server does under load: process CPU (main and writer thread)
 * and bytes handed to write(2) (WAL, checkpoints) per committed move.
 */
export interface CommitBenchReport {
  games: number;
  movesCommitted: number;
  cpuMicrosecondsPerMove: number;
  /** null where /proc/self/io is not readable. */
  bytesWrittenPerMove: number | null;
  databaseBytes: number;
}

function bytesWritten(): number | null {
  try {
    const found = /^wchar: (\d+)$/m.exec(fs.readFileSync('/proc/self/io', 'utf8'));
    return found?.[1] === undefined ? null : Number(found[1]);
  } catch {
    return null;
  }
}

export async function benchCommits(options: { games: number; seed: string }): Promise<CommitBenchReport> {
  const games = Array.from({ length: options.games }, (_, index) =>
    randomGameStates(`${options.seed}:${index}`),
  );
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sc-store-bench-'));
  const file = path.join(dir, 'matches.sqlite');
  const store = new SqliteStore(file);
  try {
    await store.ready();
    for (const [index, states] of games.entries()) {
      const createdMade = newMatch(SiliconCurtain as Game, {});
      if (!createdMade.ok) throw new Error(createdMade.rejection.message);
      const created = createdMade.value;
      const initialState = states[0];
      if (!initialState) throw new Error('a game without states');
      await store.createMatch(`m${index}`, { ...created, initialState });
    }
    const cpuBefore = process.cpuUsage();
    const writtenBefore = bytesWritten();
    let committed = 0;
    for (let moveIndex = 1; ; moveIndex++) {
      const round = games.flatMap((states, index) => {
        const state = states[moveIndex];
        if (!state) return [];
        const { deltalog, ...stored } = state;
        const made = deltalog?.[0]?.action;
        const payload = made?.type === 'MAKE_MOVE' ? made.payload : undefined;
        const move = {
          seat: payload?.playerID ?? '0',
          moveType: payload?.type ?? 'unknown',
          fields: (payload?.args as Record<string, unknown>[] | undefined)?.[0] ?? {},
          at: Date.now(),
        };
        return [
          store.commitState(`m${index}`, {
            state: stored,
            deltalog: deltalog ?? [],
            patch: { updatedAt: Date.now() },
            move,
          }),
        ];
      });
      if (round.length === 0) break;
      for (const ok of await Promise.all(round)) if (!ok) throw new Error('a bench commit was refused');
      committed += round.length;
    }
    const cpu = process.cpuUsage(cpuBefore);
    const writtenAfter = bytesWritten();
    return {
      games: options.games,
      movesCommitted: committed,
      cpuMicrosecondsPerMove: Math.round(((cpu.user + cpu.system) / committed) * 10) / 10,
      bytesWrittenPerMove:
        writtenBefore === null || writtenAfter === null
          ? null
          : Math.round((writtenAfter - writtenBefore) / committed),
      databaseBytes: fs.statSync(file).size,
    };
  } finally {
    await store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
