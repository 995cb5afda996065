import type { Game } from 'boardgame.io';
import { describe, expect, it } from 'vitest';
import { SiliconCurtain } from '../../../rules/index.ts';
import { newMatch } from '../../../server/authority/match-factory.ts';
import { SqliteStore } from '../../../server/storage/sqlite-store.ts';
import { BgioStorage, StaleWriteError } from '../../../tools/storage/bgio-storage.ts';

function match() {
  const createdMade = newMatch(SiliconCurtain as Game, {});
  if (!createdMade.ok) throw new Error(createdMade.rejection.message);
  const created = createdMade.value;
  return created;
}

describe("boardgame.io's StorageAPI over the store", () => {
  it('creates, fetches the requested fields, and refuses a stale setState', async () => {
    const db = new BgioStorage(new SqliteStore(':memory:'));
    const created = match();
    await db.createMatch('m1', created);
    await expect(db.createMatch('m1', created)).rejects.toThrow();
    const all = await db.fetch('m1', { state: true, metadata: true, log: true, initialState: true });
    expect(all.state._stateID).toBe(0);
    expect(all.metadata.gameName).toBe('silicon-curtain');
    expect(all.log).toEqual([]);
    const onlyMeta = await db.fetch('m1', { metadata: true });
    expect('state' in onlyMeta).toBe(false);
    await db.setState('m1', { ...created.initialState, _stateID: 1 });
    await expect(db.setState('m1', { ...created.initialState, _stateID: 1 })).rejects.toBeInstanceOf(
      StaleWriteError,
    );
    expect(await db.listMatches({ gameName: 'silicon-curtain' })).toEqual(['m1']);
    await db.wipe('m1');
    expect((await db.fetch('m1', { state: true })).state).toBeUndefined();
  });
});
