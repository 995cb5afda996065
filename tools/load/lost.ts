import path from 'node:path';
import type { LogEntry } from 'boardgame.io';
import { SqliteStore } from '../../server/storage/sqlite-store.ts';
import type { Acknowledged } from './tally.ts';

/** Log entries (state id before the move, seat) of a match, as the stock server's storage kept them. */
type LogReader = (matchID: string) => Promise<LogEntry[]>;

async function logReader(
  store: string,
  dataDir: string,
): Promise<{ read: LogReader; close: () => Promise<void> }> {
  if (store === 'flatfile') {
    const { FlatFile } = await import('boardgame.io/server');
    const db = new FlatFile({ dir: path.join(dataDir, 'flatfile') });
    await db.connect();
    return {
      read: async (matchID) => (await db.fetch(matchID, { log: true })).log ?? [],
      close: () => Promise.resolve(),
    };
  }
  const sqlite = SqliteStore.inDirectory(dataDir);
  return { read: (matchID) => sqlite.loadLog(matchID), close: () => sqlite.close() };
}

function byMatch(acknowledged: readonly Acknowledged[]): Map<string, Acknowledged[]> {
  const groups = new Map<string, Acknowledged[]>();
  for (const ack of acknowledged) {
    const group = groups.get(ack.matchID) ?? [];
    group.push(ack);
    groups.set(ack.matchID, group);
  }
  return groups;
}

/** What a kill -9 cost: acknowledged moves missing, and matches whose stored file could not be read. */
export interface Losses {
  lostMoves: number;
  unreadableMatches: number;
}

/**
 * Acknowledged moves missing from storage after the server was killed. Ours: its journal of accepted
 * moves (one row per produced state id). Stock: boardgame.io's stored log (its only record of moves);
 * a FlatFile torn by the kill (node-persist: "does not look like a valid storage file") loses every
 * acknowledged move of its match and is counted as unreadable.
 */
export async function countLost(
  kind: 'ours' | 'stock',
  store: string,
  dataDir: string,
  acknowledged: readonly Acknowledged[],
): Promise<Losses> {
  let lost = 0;
  let unreadable = 0;
  if (kind === 'ours') {
    const sqlite = SqliteStore.inDirectory(dataDir);
    try {
      for (const [matchID, acks] of byMatch(acknowledged)) {
        const kept = new Set((await sqlite.loadJournal(matchID)).map((m) => `${m.stateID}:${m.seat}`));
        for (const ack of acks) if (!kept.has(`${ack.stateID + 1}:${ack.seat}`)) lost++;
      }
    } finally {
      await sqlite.close();
    }
    return { lostMoves: lost, unreadableMatches: 0 };
  }
  const reader = await logReader(store, dataDir);
  try {
    for (const [matchID, acks] of byMatch(acknowledged)) {
      let log: LogEntry[];
      try {
        log = await reader.read(matchID);
      } catch {
        unreadable++;
        lost += acks.length;
        continue;
      }
      const kept = new Set(log.map((entry) => `${entry._stateID}:${entry.action.payload.playerID}`));
      for (const ack of acks) if (!kept.has(`${ack.stateID}:${ack.seat}`)) lost++;
    }
  } finally {
    await reader.close();
  }
  return { lostMoves: lost, unreadableMatches: unreadable };
}
