import { afterEach, describe, expect, it } from 'vitest';
import { SeatDriver } from './helpers/seat-driver.ts';
import type { TestServer } from './helpers/test-server.ts';
import { postJson, startTestServer } from './helpers/test-server.ts';

let server: TestServer | undefined;
const drivers: SeatDriver[] = [];

afterEach(async () => {
  for (const driver of drivers.splice(0)) driver.stop();
  await server?.drain();
  server = undefined;
});

describe('play against a server-side bot', () => {
  it('a human (stock client) plays a full match against a greedy bot seat', async () => {
    server = await startTestServer({ botThinkMs: 0 });
    const games = `${server.url}/games/silicon-curtain`;
    const created = await postJson(`${games}/create`, {
      numPlayers: 2,
      setupData: { botSeat: '1', bot: 'greedy' },
    });
    expect(created.status).toBe(200);
    const matchID = String(created.body.matchID);
    const listed = (await (await fetch(`${games}/${matchID}`)).json()) as {
      players: { id: number; name?: string }[];
      setupData: Record<string, unknown>;
    };
    expect(listed.players[1]?.name).toBe('Bot (greedy)');
    expect(listed.setupData).toMatchObject({ botSeat: '1', bot: 'greedy' });
    expect(JSON.stringify(listed)).not.toContain('credentials');
    // The human joins the free seat like any other player.
    const joined = await postJson(`${games}/${matchID}/join`, { playerName: 'Human' });
    expect(joined.body.playerID).toBe('0');
    const human = new SeatDriver(server.url, matchID, '0', String(joined.body.playerCredentials), 'human-1');
    drivers.push(human);
    await human.done;
    const state = await server.store.loadState(matchID);
    expect(state?.ctx.gameover).toBeDefined();
    expect(human.illegalRejections()).toEqual([]);
    const journal = await server.store.loadJournal(matchID);
    const bySeat = { '0': 0, '1': 0 };
    for (const entry of journal) if (entry.seat === '0' || entry.seat === '1') bySeat[entry.seat]++;
    expect(bySeat['0']).toBeGreaterThan(3);
    expect(bySeat['1']).toBeGreaterThan(3);
    expect(journal.map((entry) => entry.stateID)).toEqual(
      Array.from({ length: state?._stateID ?? 0 }, (_, i) => i + 1),
    );
  });

  it('the bot seat cannot be joined, and bad bot requests are refused', async () => {
    server = await startTestServer({ botThinkMs: 0 });
    const games = `${server.url}/games/silicon-curtain`;
    const created = await postJson(`${games}/create`, { setupData: { botSeat: '0', bot: 'random' } });
    const matchID = String(created.body.matchID);
    expect((await postJson(`${games}/${matchID}/join`, { playerID: '0', playerName: 'Thief' })).status).toBe(
      409,
    );
    for (const setupData of [
      { botSeat: '2', bot: 'greedy' },
      { botSeat: '__proto__', bot: 'greedy' },
      { botSeat: '1', bot: 'skynet' },
      { botSeat: '1', bot: 'mcts:100000' },
      { botSeat: '1' },
      { bot: 'greedy' },
      { botSeat: '1', bot: 'greedy', seed: 'x' },
    ]) {
      const refused = await postJson(`${games}/create`, { setupData });
      expect(refused.status, JSON.stringify(setupData)).toBe(400);
    }
    const strategies = (await import('../../rules/bots/index.ts')).strategies;
    const china = strategies.find((strategy) => strategy.side === 'china');
    if (china) {
      const wrongSide = await postJson(`${games}/create`, { setupData: { botSeat: '0', bot: china.name } });
      expect(wrongSide.status).toBe(400);
    }
  });
});
