import { describe, expect, it } from 'vitest';
import type { GameState } from '../../rules/index.ts';
import { seatedMatch, startTestServer } from './helpers/test-server.ts';

describe('drain', () => {
  it('lets an in-flight move finish and commit, then refuses new moves with shuttingDown', async () => {
    const server = await startTestServer();
    const { matchID, credentials } = await seatedMatch(server);
    const G = (await server.store.loadState(matchID))?.G as GameState;
    const [usCard] = G.hands.us;
    const [chinaCard] = G.hands.china;
    const inFlight = server.authority.move({
      matchID,
      seat: '0',
      stateID: 0,
      move: {
        moveType: 'chooseHeadline',
        fields: { cardId: usCard },
        payloadSeat: '0',
        credentials: credentials['0'],
      },
    });
    const drained = server.authority.drain();
    const late = await server.authority.move({
      matchID,
      seat: '1',
      stateID: 1,
      move: {
        moveType: 'chooseHeadline',
        fields: { cardId: chinaCard },
        payloadSeat: '1',
        credentials: credentials['1'],
      },
    });
    expect((await inFlight).ok).toBe(true);
    await drained;
    expect(late).toMatchObject({ ok: false, rejection: { code: 'shuttingDown' } });
    expect((await server.store.loadState(matchID))?._stateID).toBe(1);
    await server.drain();
    expect(await server.store.ping()).toBe(false);
  });
});
