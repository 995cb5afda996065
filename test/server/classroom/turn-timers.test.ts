import { afterEach, describe, expect, it } from 'vitest';
import type { GameState } from '../../../rules/index.ts';
import { applyMoveInPlace, cloneState, sideOfPlayerId, timeoutMove } from '../../../rules/index.ts';
import type { JournalEntry } from '../../../server/storage/match-store.ts';
import type { RawClient } from '../helpers/raw-socket.ts';
import { syncedRawClient } from '../helpers/raw-socket.ts';
import type { TestServer } from '../helpers/test-server.ts';
import { seatedMatch, startTestServer } from '../helpers/test-server.ts';
import { gameOf, headlineUpdate, sendHeadline, sleep, storedState, storedWhen } from './table-helpers.ts';

/** Timed turns (issue 13; RULEBOOK §2, "Timed turns"): the server makes the default move. */

const servers: TestServer[] = [];
const clients: RawClient[] = [];

afterEach(async () => {
  for (const client of clients.splice(0)) client.close();
  for (const server of servers.splice(0)) await server.drain();
});

async function started(options: Parameters<typeof startTestServer>[0] = {}): Promise<TestServer> {
  const server = await startTestServer(options);
  servers.push(server);
  return server;
}

/**
 * Replays the journal from the initial state and checks every row is the default move of the state it
 * was made in: nobody but the timer moved.
 */
async function expectOnlyDefaultMoves(server: TestServer, matchID: string): Promise<JournalEntry[]> {
  const initial = await server.store.loadInitialState(matchID);
  if (!initial) throw new Error('no initial state');
  const state: GameState = cloneState(gameOf(initial));
  const journal = await server.store.loadJournal(matchID);
  for (const row of journal) {
    const side = sideOfPlayerId(row.seat);
    if (!side) throw new Error(`row ${row.stateID} is not a seat's`);
    const move = { ...row.fields, type: row.moveType, side };
    expect(move, `row ${row.stateID}`).toEqual(timeoutMove(state, side));
    expect(applyMoveInPlace(state, move)).toBeUndefined();
  }
  return journal;
}

describe('timed turns', () => {
  it('makes the default move for each side whose time ran out: both headlines, then the action rounds', async () => {
    const server = await started();
    const { matchID } = await seatedMatch(server);
    expect(await server.tableControls.setTurnSeconds(matchID, 0.2)).toEqual({ ok: true });
    // Both headlines (both sides wait at once), a shelf each, then China's second action round: played
    // for operations (its shelf is used) and ended at once.
    await storedWhen(server, matchID, (state) => state._stateID >= 6);
    expect(await server.tableControls.setTurnSeconds(matchID, null)).toEqual({ ok: true });
    const journal = await expectOnlyDefaultMoves(server, matchID);
    const rows = journal.slice(0, 6).map((row) => [row.seat, row.moveType, row.fields['use']]);
    expect(rows).toEqual([
      expect.arrayContaining([expect.any(String), 'chooseHeadline']),
      expect.arrayContaining([expect.any(String), 'chooseHeadline']),
      ['1', 'playCard', 'shelve'],
      ['0', 'playCard', 'shelve'],
      ['1', 'playCard', 'ops'],
      ['1', 'endTurn', undefined],
    ]);
    expect(new Set(journal.slice(0, 2).map((row) => row.seat))).toEqual(new Set(['0', '1']));
    // Untimed again: nothing more happens.
    const stoppedAt = (await storedState(server, matchID))._stateID;
    await sleep(500);
    expect((await storedState(server, matchID))._stateID).toBe(stoppedAt);
  });

  it('times only the side still to move: a seat that chose its headline is not moved for', async () => {
    const server = await started();
    const { matchID, credentials } = await seatedMatch(server);
    const { client } = await syncedRawClient(server.url, matchID, '0', credentials['0'], clients);
    const initial = gameOf(await storedState(server, matchID));
    const usDefault = timeoutMove(initial, 'us');
    const chinaDefault = timeoutMove(initial, 'china');
    // The US chooses a card other than its default: the journal then shows who chose it.
    const chosen = initial.hands.us.find(
      (cardId) => usDefault?.type === 'chooseHeadline' && cardId !== usDefault.cardId,
    );
    if (chosen === undefined || chinaDefault?.type !== 'chooseHeadline')
      throw new Error('no headline to choose');
    expect(await server.tableControls.setTurnSeconds(matchID, 0.3)).toEqual({ ok: true });
    await sendHeadline(client, headlineUpdate(matchID, '0', credentials['0'], chosen, 0));
    await storedWhen(server, matchID, (state) => state._stateID >= 2);
    await server.tableControls.setTurnSeconds(matchID, null);
    const journal = await server.store.loadJournal(matchID);
    expect(journal.slice(0, 2).map((row) => [row.seat, row.fields['cardId']])).toEqual([
      ['0', chosen],
      ['1', chinaDefault.cardId],
    ]);
  });

  it('makes no move while the table is paused, and times again after the resume', async () => {
    const server = await started();
    const { matchID } = await seatedMatch(server);
    expect(await server.tableControls.setPaused(matchID, true)).toEqual({ ok: true });
    expect(await server.tableControls.setTurnSeconds(matchID, 0.2)).toEqual({ ok: true });
    await sleep(700);
    expect((await storedState(server, matchID))._stateID).toBe(0);
    expect(await server.tableControls.setPaused(matchID, false)).toEqual({ ok: true });
    await storedWhen(server, matchID, (state) => state._stateID >= 2);
    await server.tableControls.setTurnSeconds(matchID, null);
    await expectOnlyDefaultMoves(server, matchID);
  });

  it('keeps the turn time over a restart of the server', async () => {
    const first = await startTestServer();
    const { matchID } = await seatedMatch(first);
    expect(await first.tableControls.setPaused(matchID, true)).toEqual({ ok: true });
    expect(await first.tableControls.setTurnSeconds(matchID, 0.2)).toEqual({ ok: true });
    await first.closeNow();
    const second = await started({ dataDir: first.dataDir });
    expect(second.tableControls.turnSecondsOf(matchID)).toBe(0.2);
    expect(await second.tableControls.setPaused(matchID, false)).toEqual({ ok: true });
    await storedWhen(second, matchID, (state) => state._stateID >= 2);
    await second.tableControls.setTurnSeconds(matchID, null);
    await expectOnlyDefaultMoves(second, matchID);
  });

  it('refuses a turn time out of range, or an unknown match, with its reason', async () => {
    const server = await started();
    const { matchID } = await seatedMatch(server);
    for (const seconds of [0, -1, 0.01, 86_401, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(await server.tableControls.setTurnSeconds(matchID, seconds), String(seconds)).toMatchObject({
        ok: false,
        rejection: { code: 'badTurnSeconds' },
      });
    }
    expect(server.tableControls.turnSecondsOf(matchID)).toBeUndefined();
    expect(await server.tableControls.setTurnSeconds('no-such-match', 30)).toMatchObject({
      ok: false,
      rejection: { code: 'matchNotFound' },
    });
  });
});
