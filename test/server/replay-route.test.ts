import type { Game } from 'boardgame.io';
import { afterEach, describe, expect, it } from 'vitest';
import { fingerprint, migrateFrom2_0, RULES_VERSION, SiliconCurtain } from '../../rules/index.ts';
import type { GameState, GameStateV2_0 } from '../../rules/index.ts';
import { newMatch } from '../../server/authority/match-factory.ts';
import { matchReplay } from '../../server/lobby/replay.ts';
import { RulesPolicy } from '../../server/rules-version/policy.ts';
import { SqliteStore } from '../../server/storage/sqlite-store.ts';
import { initialGameState, matchSteps, parseMatchReplay } from '../../src/replay/match-input.ts';
import { buildTimeline } from '../../src/replay/timeline.ts';
import { playServerBots } from './helpers/server-moves.ts';
import type { TestServer } from './helpers/test-server.ts';
import { joinSeat, seatedMatch, startTestServer } from './helpers/test-server.ts';

/** `GET /games/silicon-curtain/:id/replay` (server/lobby/replay.ts), read as the replay viewer reads it. */

let server: TestServer | undefined;

afterEach(async () => {
  await server?.drain();
  server = undefined;
});

async function getReplay(url: string, matchID: string) {
  const response = await fetch(`${url}/games/silicon-curtain/${matchID}/replay`);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe("a finished match's replay", () => {
  it('refuses a match still in play, with its reason and nothing of its state', async () => {
    server = await startTestServer();
    const match = await seatedMatch(server);
    const answer = await getReplay(server.url, match.matchID);
    expect(answer).toEqual({
      status: 403,
      body: {
        error: {
          code: 'matchNotFinished',
          message: expect.stringContaining('still being played') as unknown,
        },
      },
    });
  });

  it('refuses an unknown or malformed match id', async () => {
    server = await startTestServer();
    expect((await getReplay(server.url, 'nobody')).status).toBe(404);
    expect((await getReplay(server.url, 'a%20b')).body).toEqual({
      error: { code: 'matchNotFound', message: expect.any(String) as unknown },
    });
  });

  it('serves a finished match, and its journal replays on the rules engine to the stored final state', async () => {
    server = await startTestServer();
    const match = await seatedMatch(server);
    // A facilitator's event among the moves: a journal row of its own, replayed with the rules' injection.
    expect(
      await server.tableControls.inject(match.matchID, { cardId: 'transformer-shortage', atRound: 2 }),
    ).toEqual({ ok: true });
    const moves = await playServerBots(server, match, { us: 'greedy', china: 'random' }, 'route');
    const stored = await server.store.loadState(match.matchID);
    if (!stored) throw new Error('no match');

    const answer = await getReplay(server.url, match.matchID);
    expect(answer.status).toBe(200);
    const replay = parseMatchReplay(answer.body);
    if ('error' in replay) throw new Error(replay.error);
    expect(replay).toMatchObject({
      matchID: match.matchID,
      createdRulesVersion: RULES_VERSION,
      rulesVersion: RULES_VERSION,
      players: { '0': 'Washington', '1': 'Beijing' },
      gameover: stored.ctx.gameover as unknown,
      final: {
        stateID: stored._stateID,
        rulesVersion: RULES_VERSION,
        fingerprint: fingerprint(stored.G),
        log: (stored.G as GameState).log,
      },
    });
    expect(replay.moves).toHaveLength(moves + 1);
    expect(replay.moves[0]).toEqual({
      stateID: 1,
      by: 'facilitator',
      move: { type: 'facilitatorInject', cardId: 'transformer-shortage', atRound: 2 },
    });

    const steps = matchSteps(replay);
    const initial = initialGameState(replay, []);
    if ('error' in steps || 'error' in initial) throw new Error('unreadable');
    const timeline = buildTimeline(initial, steps);
    expect(timeline.stopped).toBeUndefined();
    expect(fingerprint(timeline.states.at(-1))).toBe(replay.final.fingerprint);
  });

  it('serves a match lost on time: its gameover is the clock’s, its journal the moves made before', async () => {
    server = await startTestServer();
    const created = await fetch(`${server.url}/games/silicon-curtain/create`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ numPlayers: 2, clock: { initialSeconds: 1, incrementSeconds: 0 } }),
    });
    const { matchID } = (await created.json()) as { matchID: string };
    const match = {
      matchID,
      credentials: { '0': await joinSeat(server, matchID, '0'), '1': await joinSeat(server, matchID, '1') },
    };
    const G = (await server.store.loadState(matchID))?.G as GameState;
    const headline = await server.authority.move({
      matchID,
      seat: '0',
      stateID: 0,
      move: {
        moveType: 'chooseHeadline',
        fields: { cardId: G.hands.us[0] },
        payloadSeat: '0',
        credentials: match.credentials['0'],
      },
    });
    expect(headline.ok).toBe(true);
    for (let waited = 0; waited < 5000; waited += 50) {
      if ((await server.store.loadMetadata(matchID))?.metadata.gameover !== undefined) break;
      await sleep(50);
    }
    const answer = await getReplay(server.url, matchID);
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      gameover: { winner: '0', reason: 'time', loserOnTime: '1' },
      moves: [{ stateID: 1, by: 'us', move: { type: 'chooseHeadline', side: 'us', cardId: G.hands.us[0] } }],
    });
  });
});

describe('the replay of a match stored under other rules', () => {
  /** A finished match created under `rulesVersion`, its state shaped as `shape` makes it. */
  async function finishedUnder(
    store: SqliteStore,
    matchID: string,
    rulesVersion: string,
    shape: (G: GameState) => unknown,
  ): Promise<unknown> {
    const matchMade = newMatch(SiliconCurtain as Game, {});
    if (!matchMade.ok) throw new Error(matchMade.rejection.message);
    const match = matchMade.value;
    const G = shape(match.initialState.G as GameState);
    expect(
      await store.createMatch(matchID, {
        ...match,
        initialState: { ...match.initialState, G },
        rulesVersion,
      }),
    ).toBe(true);
    const ended = {
      ...match.initialState,
      G,
      _stateID: 1,
      ctx: { ...match.initialState.ctx, gameover: { winner: '0' } },
    };
    await store.commitState(matchID, {
      state: ended,
      deltalog: [],
      patch: { updatedAt: 1, gameover: { winner: '0' } },
      move: { seat: '0', moveType: 'endTurn', fields: {}, at: 1 },
    });
    return G;
  }

  it('fingerprints the final state through the migrations to the running rules, or as stored without', async () => {
    const store = new SqliteStore(':memory:');
    const older = (await finishedUnder(store, 'older', '2.0.0', (G) => {
      const { pendingInjections: _none, ...v2 } = G;
      return v2;
    })) as GameStateV2_0;
    const closed = await finishedUnder(store, 'closed', '0.8.0', (G) => G);
    const rules = new RulesPolicy('2.1.0');

    const migrated = await matchReplay(store, rules, 'older');
    expect(migrated.ok && migrated.value).toMatchObject({
      createdRulesVersion: '2.0.0',
      rulesVersion: '2.0.0',
      final: { rulesVersion: '2.1.0', fingerprint: fingerprint(migrateFrom2_0(older)) },
    });
    const asStored = await matchReplay(store, rules, 'closed');
    expect(asStored.ok && asStored.value).toMatchObject({
      createdRulesVersion: '0.8.0',
      final: { rulesVersion: '0.8.0', fingerprint: fingerprint(closed) },
    });
    await store.close();
  });
});
