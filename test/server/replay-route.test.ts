import { afterEach, describe, expect, it } from 'vitest';
import { fingerprint, RULES_VERSION } from '../../rules/index.ts';
import type { GameState } from '../../rules/index.ts';
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
