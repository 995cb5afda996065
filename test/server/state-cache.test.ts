import type { Game, State } from 'boardgame.io';
import { describe, expect, it } from 'vitest';
import type { GameState } from '../../rules/index.ts';
import { legalMoves, SiliconCurtain, sidesToMove, playerIdBySide } from '../../rules/index.ts';
import type { MoveRequest } from '../../server/authority/authority.ts';
import { MatchAuthority } from '../../server/authority/authority.ts';
import { newMatch } from '../../server/authority/match-factory.ts';
import { StateCache } from '../../server/authority/state-cache.ts';
import type { MatchStore } from '../../server/storage/match-store.ts';
import { SqliteStore } from '../../server/storage/sqlite-store.ts';

const game = SiliconCurtain as Game;
const credentials = { '0': 'secret-zero', '1': 'secret-one' } as const;

const stateAt = (id: number): State => ({ _stateID: id }) as unknown as State;

async function seated(store: MatchStore, matchID: string): Promise<void> {
  const createdMade = newMatch(game, {});
  if (!createdMade.ok) throw new Error(createdMade.rejection.message);
  const created = createdMade.value;
  created.metadata.players = {
    0: { id: 0, name: 'a', credentials: credentials['0'] },
    1: { id: 1, name: 'b', credentials: credentials['1'] },
  };
  expect(await store.createMatch(matchID, created)).toBe(true);
}

/** The first legal move of the first side to move, as a request at the stored state. */
async function firstMove(store: MatchStore, matchID: string): Promise<MoveRequest> {
  const state = await store.loadState(matchID);
  if (!state) throw new Error('no state');
  const G = state.G as GameState;
  const side = sidesToMove(G)[0];
  if (!side) throw new Error('nobody to move');
  const first = legalMoves(G, side)[0];
  if (!first) throw new Error('no legal move');
  const { type, side: _side, ...fields } = first;
  const seat = playerIdBySide[side];
  return {
    matchID,
    seat,
    stateID: state._stateID,
    move: { moveType: type, fields, payloadSeat: seat, credentials: credentials[seat] },
  };
}

/** Counts the store's state reads. */
function countingReads(store: SqliteStore): { store: SqliteStore; reads: () => number } {
  let reads = 0;
  const loadState = store.loadState.bind(store);
  store.loadState = (matchID: string) => {
    reads++;
    return loadState(matchID);
  };
  return { store, reads: () => reads };
}

describe('StateCache', () => {
  it('keeps a match from its second commit within the window, the newest state, and forgets the least recent', () => {
    const cache = new StateCache(2);
    cache.committed('a', stateAt(1));
    expect(cache.get('a')).toBeUndefined();
    cache.committed('a', stateAt(3));
    cache.committed('a', stateAt(2));
    expect(cache.get('a')?._stateID).toBe(3);
    cache.committed('b', stateAt(1));
    cache.committed('c', stateAt(1));
    // a, b, c sighted: a, the least recent, is forgotten (value and sighting).
    expect(cache.get('a')).toBeUndefined();
    cache.committed('a', stateAt(4));
    expect(cache.get('a')).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('a read replaces an older kept state but does not make a match recent', () => {
    const cache = new StateCache(4);
    cache.read('a', stateAt(5));
    cache.committed('a', stateAt(6));
    expect(cache.get('a')).toBeUndefined();
    cache.committed('a', stateAt(7));
    cache.read('a', stateAt(6));
    expect(cache.get('a')?._stateID).toBe(7);
    cache.read('a', stateAt(9));
    expect(cache.get('a')?._stateID).toBe(9);
    cache.forget('a');
    expect(cache.get('a')).toBeUndefined();
  });
});

describe('the authority with its state cache', () => {
  it('reads a match from storage until its second commit in the window, and not after', async () => {
    const { store, reads } = countingReads(new SqliteStore(':memory:'));
    const authority = new MatchAuthority(game, store);
    await seated(store, 'm1');
    const readsPerMove: number[] = [];
    for (let move = 0; move < 4; move++) {
      const request = await firstMove(store, 'm1');
      const before = reads();
      expect((await authority.move(request)).ok).toBe(true);
      readsPerMove.push(reads() - before);
    }
    // The first commit only marks the match as seen; the second one's state is kept.
    expect(readsPerMove).toEqual([1, 1, 0, 0]);
    await store.close();
  });

  it('refuses a stale move (the cache is past its state) without reading storage, and changes nothing', async () => {
    const { store, reads } = countingReads(new SqliteStore(':memory:'));
    const authority = new MatchAuthority(game, store);
    await seated(store, 'm1');
    expect((await authority.move(await firstMove(store, 'm1'))).ok).toBe(true);
    const stale = await firstMove(store, 'm1');
    expect((await authority.move(stale)).ok).toBe(true);
    const atTwo = await store.loadState('m1');
    const before = reads();
    const refused = await authority.move(stale);
    expect(refused.ok ? undefined : refused.rejection.code).toBe('staleState');
    expect(reads() - before).toBe(0);
    expect(await store.loadState('m1')).toEqual(atTwo);
    expect((await store.loadJournal('m1')).map((entry) => entry.stateID)).toEqual([1, 2]);
    await store.close();
  });

  it('stays correct when another writer (another process) commits: newer moves pass, stale ones change nothing', async () => {
    const store = new SqliteStore(':memory:');
    const here = new MatchAuthority(game, store);
    const elsewhere = new MatchAuthority(game, store);
    await seated(store, 'm1');
    expect((await here.move(await firstMove(store, 'm1'))).ok).toBe(true);
    // `here` caches state 1; `elsewhere` commits state 2 behind its back.
    const stale = await firstMove(store, 'm1');
    expect((await elsewhere.move(stale)).ok).toBe(true);
    const atTwo = await store.loadState('m1');

    // A move made at the cached (now stale) state: the compare-and-set refuses it, nothing changes.
    const refused = await here.move(stale);
    expect(refused.ok ? undefined : refused.rejection.code).toBe('staleState');
    expect(await store.loadState('m1')).toEqual(atTwo);

    // A move made at the newer state: the cache is bypassed (or refreshed) and the move commits.
    const fresh = await here.move(await firstMove(store, 'm1'));
    expect(fresh.ok).toBe(true);
    expect((await store.loadState('m1'))?._stateID).toBe(3);
    expect((await store.loadJournal('m1')).map((entry) => entry.stateID)).toEqual([1, 2, 3]);
    await store.close();
  });

  it('a client ahead of the cache (it saw a commit made elsewhere) gets its move through', async () => {
    const store = new SqliteStore(':memory:');
    const here = new MatchAuthority(game, store, { recentMatches: 1 });
    const elsewhere = new MatchAuthority(game, store);
    await seated(store, 'm1');
    await seated(store, 'm2');
    expect((await here.move(await firstMove(store, 'm1'))).ok).toBe(true);
    expect((await elsewhere.move(await firstMove(store, 'm1'))).ok).toBe(true);
    expect((await here.move(await firstMove(store, 'm1'))).ok).toBe(true);
    // m2 pushes m1 out of a one-entry cache; m1 still plays from storage.
    expect((await here.move(await firstMove(store, 'm2'))).ok).toBe(true);
    expect((await here.move(await firstMove(store, 'm1'))).ok).toBe(true);
    expect((await store.loadState('m1'))?._stateID).toBe(4);
    await store.close();
  });

  it('keeps nothing for matches that move once in a while: each move reads its match, and plays', async () => {
    const { store, reads } = countingReads(new SqliteStore(':memory:'));
    const authority = new MatchAuthority(game, store, { recentMatches: 2 });
    const matches = ['m1', 'm2', 'm3'];
    for (const matchID of matches) await seated(store, matchID);
    let authorityReads = 0;
    for (let round = 0; round < 3; round++)
      for (const matchID of matches) {
        const request = await firstMove(store, matchID);
        const before = reads();
        expect((await authority.move(request)).ok).toBe(true);
        authorityReads += reads() - before;
      }
    // Three matches in a window of two: each is forgotten before it moves again.
    expect(authorityReads).toBe(9);
    for (const matchID of matches) expect((await store.loadState(matchID))?._stateID).toBe(3);
    await store.close();
  });
});
