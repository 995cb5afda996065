import { afterEach, describe, expect, it } from 'vitest';
import type { ClockState } from '../../../server/clock/clock.ts';
import type { RawClient } from '../helpers/raw-socket.ts';
import { expectRejected, syncedRawClient } from '../helpers/raw-socket.ts';
import type { TestServer } from '../helpers/test-server.ts';
import { joinSeat, seatedMatch, startTestServer } from '../helpers/test-server.ts';
import {
  createBotMatch,
  gameOf,
  headlineUpdate,
  sendHeadline,
  sleep,
  storedState,
  storedWhen,
} from './table-helpers.ts';

/** A facilitator pauses a table (issue 13): moves, the bot seat and the clock all wait. */

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

describe('pausing a table', () => {
  it('refuses a move with `paused` and a sentence for the student, and takes it after the resume', async () => {
    const server = await started();
    const { matchID, credentials } = await seatedMatch(server);
    const { client } = await syncedRawClient(server.url, matchID, '0', credentials['0'], clients);
    const cardId = gameOf(await storedState(server, matchID)).hands.us[0] ?? '';

    expect(await server.tableControls.setPaused(matchID, true)).toEqual({ ok: true });
    expect(server.tableControls.isPaused(matchID)).toBe(true);
    const refused = await expectRejected(
      client,
      ...headlineUpdate(matchID, '0', credentials['0'], cardId, 0),
    );
    expect(refused).toEqual({ matchID, code: 'paused', message: 'your teacher paused this table' });
    expect((await storedState(server, matchID))._stateID).toBe(0);

    expect(await server.tableControls.setPaused(matchID, false)).toEqual({ ok: true });
    expect(server.tableControls.isPaused(matchID)).toBe(false);
    const shown = await sendHeadline(client, headlineUpdate(matchID, '0', credentials['0'], cardId, 0));
    expect(shown._stateID).toBe(1);
    expect((await server.store.loadJournal(matchID)).map((row) => row.seat)).toEqual(['0']);
  });

  it("holds the server's bot seat while paused; the resume sets it playing", async () => {
    const server = await started({ botThinkMs: 0 });
    const matchID = await createBotMatch(server);
    expect(await server.tableControls.setPaused(matchID, true)).toEqual({ ok: true });
    // A human joining pokes the bot, which would choose its headline at once.
    await joinSeat(server, matchID, '0');
    await sleep(300);
    expect((await storedState(server, matchID))._stateID).toBe(0);
    expect(await server.store.loadJournal(matchID)).toEqual([]);

    expect(await server.tableControls.setPaused(matchID, false)).toEqual({ ok: true });
    const after = await storedWhen(server, matchID, (state) => state._stateID >= 1);
    expect(gameOf(after).headlines.china).not.toBeNull();
    expect((await server.store.loadJournal(matchID)).map((row) => row.seat)).toEqual(['1']);
  });

  it('survives a restart of the server on the same SQLite file', async () => {
    const first = await startTestServer();
    const { matchID, credentials } = await seatedMatch(first);
    expect(await first.tableControls.setPaused(matchID, true)).toEqual({ ok: true });
    await first.closeNow();

    const second = await started({ dataDir: first.dataDir });
    expect(second.tableControls.isPaused(matchID)).toBe(true);
    const { client } = await syncedRawClient(second.url, matchID, '0', credentials['0'], clients);
    const cardId = gameOf(await storedState(second, matchID)).hands.us[0] ?? '';
    const refused = await expectRejected(
      client,
      ...headlineUpdate(matchID, '0', credentials['0'], cardId, 0),
    );
    expect(refused.code).toBe('paused');

    expect(await second.tableControls.setPaused(matchID, false)).toEqual({ ok: true });
    const shown = await sendHeadline(client, headlineUpdate(matchID, '0', credentials['0'], cardId, 0));
    expect(shown._stateID).toBe(1);
  });

  it("stops the match clock: a paused table's banks stand still, and run again after the resume", async () => {
    const server = await started();
    const created = await fetch(`${server.url}/games/silicon-curtain/create`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ numPlayers: 2, clock: { initialSeconds: 1, incrementSeconds: 0 } }),
    });
    const { matchID } = (await created.json()) as { matchID: string };
    await joinSeat(server, matchID, '0');
    await joinSeat(server, matchID, '1');
    expect(await server.tableControls.setPaused(matchID, true)).toEqual({ ok: true });
    // The settled clock is saved behind the pause's answer.
    await sleep(100);
    const atPause = await storedClock(server, matchID);
    // Longer than the whole bank: an unpaused clock would have flagged.
    await sleep(1300);
    const state = await storedState(server, matchID);
    expect(state.ctx.gameover).toBeUndefined();
    const stillPaused = await storedClock(server, matchID);
    expect(stillPaused?.banksMs).toEqual(atPause?.banksMs);
    expect(stillPaused?.banksMs['0']).toBeGreaterThan(0);

    expect(await server.tableControls.setPaused(matchID, false)).toEqual({ ok: true });
    // Both seats are to move in the headline and spend what was left: the clock flags them now.
    const over = await storedWhen(server, matchID, (s) => s.ctx.gameover !== undefined, 5000);
    expect(over.ctx.gameover).toMatchObject({ reason: 'time' });
  });

  it('refuses to pause a finished or unknown match with a reason; resuming one that runs changes nothing', async () => {
    const server = await started();
    expect(await server.tableControls.setPaused('no-such-match', true)).toMatchObject({
      ok: false,
      rejection: { code: 'matchNotFound' },
    });
    const { matchID } = await seatedMatch(server);
    expect(await server.tableControls.setPaused(matchID, false)).toEqual({ ok: true });
    expect(server.tableControls.isPaused(matchID)).toBe(false);
    // Ended by an event brought in at the compute-lead track's end (the state set up one step short).
    const state = await storedState(server, matchID);
    const G = gameOf(state);
    G.computeLead = G.params.scoring.leadToWin - 1;
    await server.store.commitState(matchID, { state: { ...state, G: { ...G }, _stateID: 1 }, deltalog: [] });
    expect(await server.tableControls.inject(matchID, { cardId: 'n2-volume' })).toEqual({ ok: true });
    expect((await storedState(server, matchID)).ctx.gameover).toEqual({ winner: '0', reason: 'computeLead' });
    expect(await server.tableControls.setPaused(matchID, true)).toEqual({
      ok: false,
      rejection: { code: 'gameOver', message: 'the game is over' },
    });
  });
});

async function storedClock(server: TestServer, matchID: string): Promise<ClockState | undefined> {
  const stored = await server.store.loadMetadata(matchID);
  return (stored?.metadata.setupData as { clock?: ClockState } | undefined)?.clock;
}
