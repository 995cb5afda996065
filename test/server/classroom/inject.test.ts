import { afterEach, describe, expect, it } from 'vitest';
import type { GameState, PlayerView } from '../../../rules/index.ts';
import { fingerprint, RULES_VERSION } from '../../../rules/index.ts';
import { seedRng } from '../../../rules/rng.ts';
import { replayJournal } from '../../../server/classroom/journal-replay.ts';
import { RulesPolicy } from '../../../server/rules-version/policy.ts';
import type { RawClient } from '../helpers/raw-socket.ts';
import { syncedRawClient } from '../helpers/raw-socket.ts';
import { playServerSide } from '../helpers/server-moves.ts';
import type { TestServer } from '../helpers/test-server.ts';
import { seatedMatch, startTestServer } from '../helpers/test-server.ts';
import { gameOf, storedState } from './table-helpers.ts';

/** A facilitator brings a card's event into a table's match (issue 13; RULEBOOK §4). */

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

const lastLine = (view: PlayerView | GameState): string | undefined => view.log.at(-1)?.text;

/** The stored journal replayed on the stored initial state: it must give the stored state. */
async function expectJournalReplays(server: TestServer, matchID: string): Promise<GameState> {
  const [initial, journal, current] = await Promise.all([
    server.store.loadInitialState(matchID),
    server.store.loadJournal(matchID),
    storedState(server, matchID),
  ]);
  if (!initial) throw new Error('no initial state');
  const replayed = replayJournal(gameOf(initial), journal);
  if (!replayed.ok) throw new Error(`replay stopped at ${replayed.stateID}: ${replayed.message}`);
  expect(fingerprint(replayed.state)).toBe(fingerprint(gameOf(current)));
  return replayed.state;
}

describe('bringing an event in', () => {
  it('now: commits it with a journal row, and both seats and a spectator are shown the new state and log line', async () => {
    const server = await started();
    const { matchID, credentials } = await seatedMatch(server);
    const before = gameOf(await storedState(server, matchID));
    const seats = await Promise.all([
      syncedRawClient(server.url, matchID, '0', credentials['0'], clients),
      syncedRawClient(server.url, matchID, '1', credentials['1'], clients),
      syncedRawClient(server.url, matchID, null, undefined, clients),
    ]);
    const shown = seats.map(({ client }) => client.next('state'));

    expect(await server.tableControls.inject(matchID, { cardId: 'chips-and-science-act' })).toEqual({
      ok: true,
    });

    for (const frame of await Promise.all(shown)) {
      const view = (frame[1] as { G: PlayerView; _stateID: number }).G;
      expect((frame[1] as { _stateID: number })._stateID).toBe(1);
      expect(lastLine(view)).toBe('Brought in by the facilitator: CHIPS and Science Act.');
      expect(view.sides.us.budgetBn).toBeCloseTo(before.sides.us.budgetBn + 8);
    }
    const journal = await server.store.loadJournal(matchID);
    expect(journal).toEqual([
      {
        seat: 'facilitator',
        moveType: 'facilitatorInject',
        fields: { cardId: 'chips-and-science-act' },
        at: expect.any(Number) as number,
        stateID: 1,
      },
    ]);
    await expectJournalReplays(server, matchID);
  });

  it('at round N: kept secret until then, resolved at the start of round N, and the journal replays to the same state', async () => {
    const server = await started();
    const match = await seatedMatch(server);
    const { matchID } = match;
    const { client: us } = await syncedRawClient(server.url, matchID, '0', match.credentials['0'], clients);
    const shown = us.next('state');
    expect(
      await server.tableControls.inject(matchID, { cardId: 'transformer-shortage', atRound: 2 }),
    ).toEqual({
      ok: true,
    });
    const [, scheduledState] = await shown;
    // An era 2 card, so nowhere in a round 1 view unless the schedule leaked into it.
    expect(JSON.stringify(scheduledState)).not.toContain('transformer-shortage');
    expect(gameOf(await storedState(server, matchID)).pendingInjections).toEqual([
      { cardId: 'transformer-shortage', atRound: 2 },
    ]);

    // Random legal moves through the authority until round 2 has begun.
    const rng = seedRng('inject-at-round');
    while (gameOf(await storedState(server, matchID)).round < 2) {
      if ((await playServerSide(server, match, rng, 1)) === 0) break;
    }
    const G = gameOf(await storedState(server, matchID));
    expect(G.round).toBe(2);
    expect(G.pendingInjections).toEqual([]);
    expect(G.log.filter((entry) => entry.round === 2).map((entry) => entry.text)).toContain(
      'Brought in by the facilitator: Transformer Shortage.',
    );
    const journal = await server.store.loadJournal(matchID);
    expect(journal[0]).toMatchObject({
      seat: 'facilitator',
      fields: { cardId: 'transformer-shortage', atRound: 2 },
    });
    expect(journal.map((row) => row.stateID)).toEqual(journal.map((_, index) => index + 1));
    await expectJournalReplays(server, matchID);
  });

  it('into a match stored under rules 2.0.0: migrated, and committed under the running rules', async () => {
    const old = await started({ rules: new RulesPolicy('2.0.0') });
    const match = await seatedMatch(old);
    const rng = seedRng('inject-migrated');
    while (gameOf(await storedState(old, match.matchID)).round < 2)
      if ((await playServerSide(old, match, rng, 1)) === 0) break;
    servers.splice(servers.indexOf(old), 1);
    await old.closeNow();
    const server = await started({ dataDir: old.dataDir });
    expect((await server.store.loadMetadata(match.matchID))?.rulesVersion).toBe('2.0.0');

    expect(await server.tableControls.inject(match.matchID, { cardId: 'busan-truce' })).toEqual({ ok: true });
    expect((await server.store.loadMetadata(match.matchID))?.rulesVersion).toBe(RULES_VERSION);
    const G = gameOf(await storedState(server, match.matchID));
    expect(lastLine(G)).toBe('Brought in by the facilitator: The Busan Truce.');
    // The round played under 2.0.0 kept no indicators: a gap, not a guess.
    expect(G.history.map((record) => record.indicators)).toEqual([null]);
    expect(G.pendingInjections).toEqual([]);
  });

  it.each([
    ['an unknown card', 'moon-landing', undefined, 'unknownCard'],
    ['a round that has begun', 'busan-truce', 1, 'roundNotAhead'],
    ['a round after the last', 'busan-truce', 99, 'beyondLastRound'],
  ])('refuses %s with its reason, and commits nothing', async (_what, cardId, atRound, code) => {
    const server = await started();
    const { matchID } = await seatedMatch(server);
    const request = atRound === undefined ? { cardId } : { cardId, atRound };
    const outcome = await server.tableControls.inject(matchID, request);
    expect(outcome).toMatchObject({ ok: false, rejection: { code } });
    expect(outcome.ok ? '' : outcome.rejection.message).not.toBe('');
    expect((await storedState(server, matchID))._stateID).toBe(0);
    expect(await server.store.loadJournal(matchID)).toEqual([]);
  });

  it('refuses an unknown match', async () => {
    const server = await started();
    expect(await server.tableControls.inject('no-such-match', { cardId: 'busan-truce' })).toMatchObject({
      ok: false,
      rejection: { code: 'matchNotFound' },
    });
  });
});
