import type { Game } from 'boardgame.io';
import { describe, expect, it } from 'vitest';
import type { GameState } from '../../rules/index.ts';
import { SiliconCurtain } from '../../rules/index.ts';
import type { MoveRequest } from '../../server/authority/authority.ts';
import { MatchAuthority } from '../../server/authority/authority.ts';
import { newMatch } from '../../server/authority/match-factory.ts';
import { SqliteStore } from '../../server/storage/sqlite-store.ts';

const game = SiliconCurtain as Game;
const credentials = { '0': 'secret-zero', '1': 'secret-one' } as const;

async function seatedStore(): Promise<{ store: SqliteStore; G: GameState }> {
  const store = new SqliteStore(':memory:');
  const createdMade = newMatch(game, {});
  if (!createdMade.ok) throw new Error(createdMade.rejection.message);
  const created = createdMade.value;
  created.metadata.players = {
    0: { id: 0, name: 'a', credentials: credentials['0'] },
    1: { id: 1, name: 'b', credentials: credentials['1'] },
  };
  expect(await store.createMatch('m1', created)).toBe(true);
  return { store, G: created.initialState.G as GameState };
}

/** Seat's headline (the first card of its hand), made at `stateID`. */
function headline(G: GameState, seat: '0' | '1', stateID: number, card = 0): MoveRequest {
  const hand = seat === '0' ? G.hands.us : G.hands.china;
  const cardId = hand[card] ?? '';
  return {
    matchID: 'm1',
    seat,
    stateID,
    move: {
      moveType: 'chooseHeadline',
      fields: { cardId },
      payloadSeat: seat,
      credentials: credentials[seat],
    },
  };
}

describe('simultaneous headlines', () => {
  it("a headline chosen at the state before the rival's headline stands, and the round opens", async () => {
    const { store, G } = await seatedStore();
    const authority = new MatchAuthority(game, store);
    expect((await authority.move(headline(G, '1', 0))).ok).toBe(true);
    // The US chose at state 0 too: it arrives second, one commit late, and is applied.
    const late = await authority.move(headline(G, '0', 0));
    expect(late.ok).toBe(true);
    const state = await store.loadState('m1');
    expect(state?._stateID).toBe(2);
    expect((state?.G as GameState).phase).toBe('action');
    expect((await store.loadJournal('m1')).map((entry) => [entry.stateID, entry.seat])).toEqual([
      [1, '1'],
      [2, '0'],
    ]);
    await store.close();
  });

  it('anything else made at an older state is refused as stale and changes nothing', async () => {
    const { store, G } = await seatedStore();
    const authority = new MatchAuthority(game, store);
    expect((await authority.move(headline(G, '1', 0))).ok).toBe(true);
    // China again, as if it had not chosen: the rival's commit was its own.
    const again = await authority.move(headline(G, '1', 0, 1));
    expect(again.ok ? undefined : again.rejection.code).toBe('staleState');
    // Two commits late: the US headline no longer stands (the round has moved on).
    expect((await authority.move(headline(G, '0', 1))).ok).toBe(true);
    const twoLate = await authority.move(headline(G, '0', 0, 1));
    expect(twoLate.ok ? undefined : twoLate.rejection.code).toBe('staleState');
    expect((await store.loadState('m1'))?._stateID).toBe(2);
    await store.close();
  });
});
