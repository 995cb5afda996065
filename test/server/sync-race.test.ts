import type { State } from 'boardgame.io';
import { afterEach, describe, expect, it } from 'vitest';
import type { GameState } from '../../rules/index.ts';
import type { MatchStore } from '../../server/storage/match-store.ts';
import { SqliteStore } from '../../server/storage/sqlite-store.ts';
import type { RawClient } from './helpers/raw-socket.ts';
import { connected, rawClient, syncedRawClient } from './helpers/raw-socket.ts';
import type { TestServer } from './helpers/test-server.ts';
import { seatedMatch, startTestServer, tempDataDir } from './helpers/test-server.ts';

let server: TestServer | undefined;
const clients: RawClient[] = [];

afterEach(async () => {
  for (const client of clients.splice(0)) client.close();
  await server?.drain();
  server = undefined;
});

/**
 * A store whose next `loadMetadata` after `hold()` waits until `release()`: the transport reads the
 * metadata between a sync's state read and binding the socket to its match, so a commit can land there.
 */
function holdableStore(inner: MatchStore) {
  let held: { entered: () => void; released: Promise<void> } | undefined;
  let release = (): void => undefined;
  const store = new Proxy(inner, {
    get(target, key) {
      if (key === 'loadMetadata')
        return async (matchID: string) => {
          const hold = held;
          held = undefined;
          if (hold) {
            hold.entered();
            await hold.released;
          }
          return target.loadMetadata(matchID);
        };
      const value: unknown = Reflect.get(target, key, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
  return {
    store,
    /** Resolves once the held read has begun. */
    hold: (): Promise<void> =>
      new Promise((entered) => {
        held = {
          entered,
          released: new Promise((resolve) => {
            release = resolve;
          }),
        };
      }),
    release: () => {
      release();
    },
  };
}

async function syncedClient(url: string, matchID: string, seat: '0' | '1', credentials: string) {
  const { client, info } = await syncedRawClient(url, matchID, seat, credentials, clients);
  return { client, state: info.state };
}

describe('a commit that lands while a socket syncs', () => {
  it('still reaches that socket, as the state its seat would get from a fresh sync', async () => {
    const dataDir = tempDataDir();
    const sqlite = SqliteStore.inDirectory(dataDir);
    await sqlite.ready();
    const holdable = holdableStore(sqlite);
    server = await startTestServer({ dataDir, store: holdable.store });
    const match = await seatedMatch(server);
    const us = await syncedClient(server.url, match.matchID, '0', match.credentials['0']);

    // China syncs; its socket is not bound to the match yet when the US move commits.
    const china = rawClient(server.url);
    clients.push(china);
    await connected(china);
    const entered = holdable.hold();
    const chinaSync = china.next('sync');
    china.socket.emit('sync', match.matchID, '1', match.credentials['1'], 2);
    await entered;
    const usSees = us.client.next('state');
    const stored = await sqlite.loadState(match.matchID);
    const G = stored?.G as GameState;
    us.client.socket.emit(
      'update',
      {
        type: 'MAKE_MOVE',
        payload: {
          type: 'chooseHeadline',
          args: [{ cardId: G.hands.us[0] }],
          playerID: '0',
          credentials: match.credentials['0'],
        },
      },
      0,
      match.matchID,
      '0',
    );
    const [, usState] = (await usSees) as [string, State];
    expect(usState._stateID).toBe(1);

    const chinaCatchesUp = china.next('state');
    holdable.release();
    const [, chinaInfo] = await chinaSync;
    expect((chinaInfo as { state: State }).state._stateID).toBe(0);
    const [, chinaState, chinaLog] = (await chinaCatchesUp) as [string, State, { _stateID: number }[]];
    expect(chinaState._stateID).toBe(1);
    // Filtered for China, as a fresh sync of its seat would be, with the one entry it missed.
    const fresh = await syncedClient(server.url, match.matchID, '1', match.credentials['1']);
    expect(chinaState).toEqual(fresh.state);
    expect(chinaLog.map((entry) => entry._stateID)).toEqual([0]);
    expect(china.brokenPatches).toBe(0);
  });
});
