import { afterEach, describe, expect, it } from 'vitest';
import { runTournament } from '../../../tools/bot-client/tournament.ts';
import { parseTournamentArgs } from '../../../tools/bot-client/tournament-args.ts';
import { UsageError } from '../../../tools/bot-client/options.ts';
import { botFlags } from '../../server/helpers/bot-flags.ts';
import type { TestServer } from '../../server/helpers/test-server.ts';
import { startTestServer } from '../../server/helpers/test-server.ts';

let server: TestServer | undefined;

afterEach(async () => {
  await server?.drain();
  server = undefined;
});

describe('npm run bot:tournament', () => {
  it('plays N matches of two bot clients and summarises them as sim does', async () => {
    server = await startTestServer();
    const games = 3;
    const options = parseTournamentArgs(
      botFlags(server.url, `--games ${games} --us greedy --china random --concurrency 2 --seed t`),
    );
    const run = await runTournament(options);
    expect(run.errors).toEqual([]);
    expect(run.summary.games).toBe(games);
    expect(run.summary.wins.us + run.summary.wins.china + run.summary.wins.draw).toBe(games);
    expect(run.summary.usWinRate.lo).toBeLessThanOrEqual(run.summary.usWinRate.p);
    expect(Object.keys(run.matchIDs)).toHaveLength(games);
    expect(run.clients.illegalChoices).toBe(0);
    // Every match finished on the server, and the summary's moves and actions are the server's journal.
    const uses: Record<string, Record<string, number>> = { us: {}, china: {} };
    const movesPerGame: number[] = [];
    for (const matchID of Object.values(run.matchIDs)) {
      expect((await server.store.loadState(matchID))?.ctx.gameover).toBeDefined();
      const journal = await server.store.loadJournal(matchID);
      movesPerGame.push(journal.length);
      for (const entry of journal) {
        const action = entry.fields.action;
        if (entry.moveType !== 'takeAction' || typeof action !== 'string') continue;
        const side = entry.seat === '0' ? 'us' : 'china';
        const counts = uses[side] ?? {};
        counts[action] = (counts[action] ?? 0) + 1;
      }
    }
    expect(run.summary.movesPerGame.p95).toBe(Math.max(...movesPerGame));
    for (const side of ['us', 'china'] as const)
      for (const [action, use] of Object.entries(run.summary.actionUsage[side]))
        expect(use.usesPerGame, `${side} ${action}`).toBe(
          Math.round(((uses[side]?.[action] ?? 0) / games) * 100) / 100,
        );
  });

  it('plays one side by the server’s lobby bot with server:BOT, counting its moves from the log', async () => {
    server = await startTestServer({ botThinkMs: 0 });
    const games = 2;
    const sloppy = './test/tools/bot-client/sloppy-bot.ts';
    const options = parseTournamentArgs(
      botFlags(server.url, `--games ${games} --us ${sloppy} --china server:random --concurrency 2 --seed s`),
    );
    const run = await runTournament(options);
    expect(run.errors).toEqual([]);
    expect(run.summary.games).toBe(games);
    const movesPerGame: number[] = [];
    let usMoves = 0;
    for (const matchID of Object.values(run.matchIDs)) {
      const stored = await server.store.loadMetadata(matchID);
      expect(stored?.metadata.setupData).toMatchObject({ botSeat: '1', bot: 'random' });
      expect((await server.store.loadState(matchID))?.ctx.gameover).toBeDefined();
      const journal = await server.store.loadJournal(matchID);
      // The server's bot played its seat: China's moves are in the journal.
      expect(journal.some((entry) => entry.seat === '1')).toBe(true);
      usMoves += journal.filter((entry) => entry.seat === '0').length;
      movesPerGame.push(journal.length);
    }
    // Both seats' moves are counted, the lobby bot's from the log the bot client was sent.
    expect(run.summary.movesPerGame.p95).toBe(Math.max(...movesPerGame));
    // Every choice of the sloppy module was illegal (a field no move has): the client counts each one.
    expect(run.clients.illegalChoices).toBeGreaterThanOrEqual(usMoves);
    expect(usMoves).toBeGreaterThan(0);
  });

  it('refuses bad flags', () => {
    expect(() => parseTournamentArgs(botFlags('http://x', '--games 0 --us greedy --china greedy'))).toThrow(
      UsageError,
    );
    expect(() => parseTournamentArgs(botFlags('http://x', '--games 2 --us us-nope --china greedy'))).toThrow(
      '--us: unknown bot',
    );
    expect(() =>
      parseTournamentArgs(botFlags('http://x', '--games 2 --us greedy --china greedy --concurrency 17')),
    ).toThrow(UsageError);
    expect(() =>
      parseTournamentArgs(botFlags('http://x', '--games 2 --us server:greedy --china server:random')),
    ).toThrow('at most one side');
    expect(() =>
      parseTournamentArgs(botFlags('http://x', '--games 2 --us greedy --china server:./my-bot.ts')),
    ).toThrow('--china: unknown bot');
    expect(
      parseTournamentArgs(botFlags('http://x', '--games 2 --us greedy --china server:mcts:200')).china,
    ).toBe('server:mcts:200');
  });
});
