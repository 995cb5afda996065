import { LobbyClient } from 'boardgame.io/client';
import { afterEach, describe, expect, it } from 'vitest';
import type { TestServer } from './helpers/test-server.ts';
import { createMatch, postJson, seatedMatch, startTestServer } from './helpers/test-server.ts';

let server: TestServer | undefined;

afterEach(async () => {
  await server?.drain();
  server = undefined;
});

describe('rematch (playAgain)', () => {
  it('creates one rematch with the same setup, whoever asks and however often', async () => {
    server = await startTestServer({ botThinkMs: 60_000 });
    const games = `${server.url}/games/silicon-curtain`;
    const created = await postJson(`${games}/create`, {
      setupData: { botSeat: '1', bot: 'greedy' },
      clock: { initialSeconds: 600, incrementSeconds: 5 },
    });
    const matchID = String(created.body.matchID);
    const joined = await postJson(`${games}/${matchID}/join`, { playerName: 'Human' });
    const credentials = String(joined.body.playerCredentials);
    // The stock LobbyClient speaks to it.
    const lobby = new LobbyClient({ server: server.url });
    const [a, b] = await Promise.all([
      lobby.playAgain('silicon-curtain', matchID, { playerID: '0', credentials }),
      postJson(`${games}/${matchID}/playAgain`, { playerID: '0', credentials }),
    ]);
    expect(a.nextMatchID).toBe(b.body.nextMatchID);
    const again = await postJson(`${games}/${matchID}/playAgain`, { playerID: '0', credentials });
    expect(again.body.nextMatchID).toBe(a.nextMatchID);
    const next = await lobby.getMatch('silicon-curtain', a.nextMatchID);
    expect(next.setupData).toMatchObject({ scenarioId: 'baseline-2025', botSeat: '1', bot: 'greedy' });
    const clock = (next.setupData as { clock: { initialSeconds: number; banksMs: Record<string, number> } })
      .clock;
    expect(clock.initialSeconds).toBe(600);
    expect(clock.banksMs).toEqual({ 0: 600_000, 1: 600_000 });
    expect(next.players[1]?.name).toBe('Bot (greedy)');
    expect(next.players[0]?.name).toBeUndefined();
    expect((await lobby.getMatch('silicon-curtain', matchID)).nextMatchID).toBe(a.nextMatchID);
    // Exactly one new match was created.
    expect((await server.store.listMatches()).length).toBe(2);
  });

  it('refuses strangers and wrong credentials', async () => {
    server = await startTestServer();
    const match = await seatedMatch(server);
    const games = `${server.url}/games/silicon-curtain`;
    expect(
      (await postJson(`${games}/${match.matchID}/playAgain`, { playerID: '0', credentials: 'x' })).status,
    ).toBe(403);
    expect((await postJson(`${games}/${match.matchID}/playAgain`, { playerID: '__proto__' })).status).toBe(
      403,
    );
    expect((await postJson(`${games}/nope/playAgain`, { playerID: '0', credentials: 'x' })).status).toBe(404);
    expect((await server.store.listMatches()).length).toBe(1);
  });
});

describe('listing open matches with pagination', () => {
  it('pages newest first, skips unlisted matches, and validates page and limit', async () => {
    server = await startTestServer();
    const ids: string[] = [];
    for (let i = 0; i < 7; i++) {
      ids.push(await createMatch(server));
      await new Promise((resolve) => setTimeout(resolve, 3));
    }
    await postJson(`${server.url}/games/silicon-curtain/create`, { unlisted: true });
    const page = async (query: string) => {
      const response = await fetch(`${server?.url ?? ''}/games/silicon-curtain?${query}`);
      return { status: response.status, body: (await response.json()) as Record<string, unknown> };
    };
    const first = await page('isGameover=false&page=1&limit=3');
    const second = await page('isGameover=false&page=2&limit=3');
    const third = await page('isGameover=false&page=3&limit=3');
    const idsOf = (reply: { body: Record<string, unknown> }) =>
      (reply.body.matches as { matchID: string }[]).map((match) => match.matchID);
    const newestFirst = [...ids].reverse();
    expect(idsOf(first)).toEqual(newestFirst.slice(0, 3));
    expect(idsOf(second)).toEqual(newestFirst.slice(3, 6));
    expect(idsOf(third)).toEqual(newestFirst.slice(6));
    expect([first.body.hasMore, second.body.hasMore, third.body.hasMore]).toEqual([true, true, false]);
    for (const bad of ['page=0', 'limit=0', 'limit=101', 'page=x', 'limit=2.5'])
      expect((await page(bad)).status, bad).toBe(400);
    // Without page/limit: boardgame.io's own shape (the LobbyClient's listMatches).
    const all = await new LobbyClient({ server: server.url }).listMatches('silicon-curtain');
    expect(all.matches).toHaveLength(7);
  });
});
