import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { Seat } from '../../../server/authority/seats.ts';
import { withinBudget } from '../../../tools/bot-client/clock-budget.ts';
import { parseBotArgs } from '../../../tools/bot-client/options.ts';
import { BotClientError } from '../../../tools/bot-client/errors.ts';
import type { SeatPlayer } from '../../../tools/bot-client/play-seat.ts';
import type { BotResult } from '../../../tools/bot-client/result.ts';
import type { RunHooks } from '../../../tools/bot-client/run.ts';
import { runBotClient } from '../../../tools/bot-client/run.ts';
import { botFlags } from '../../server/helpers/bot-flags.ts';
import type { TestServer } from '../../server/helpers/test-server.ts';
import { seatedMatch, startTestServer } from '../../server/helpers/test-server.ts';

let server: TestServer | undefined;
const players: SeatPlayer[] = [];

afterEach(async () => {
  for (const player of players.splice(0)) player.stop();
  await server?.drain();
  server = undefined;
});

/** Runs the bot client in this process with CLI flags; `said` collects its progress lines. */
function play(flags: string[], hooks: RunHooks = {}, said: string[] = []): Promise<BotResult> {
  return runBotClient(parseBotArgs(flags), {
    say: (line) => {
      said.push(line);
    },
    ...hooks,
    onPlayer: (player) => {
      players.push(player);
      hooks.onPlayer?.(player);
    },
  });
}

/** The match ended on the server and every move the bot counted is in the server's journal, in order. */
async function expectFinishedAndKept(running: TestServer, result: BotResult, seat: Seat): Promise<void> {
  const state = await running.store.loadState(result.matchID);
  expect(state?.ctx.gameover).toBeDefined();
  const journal = await running.store.loadJournal(result.matchID);
  // Nothing lost or doubled: one journal row per state id, 1..final.
  expect(journal.map((entry) => entry.stateID)).toEqual(
    Array.from({ length: state?._stateID ?? 0 }, (_, index) => index + 1),
  );
  expect(journal.filter((entry) => entry.seat === seat)).toHaveLength(result.moves);
  expect(result.moves).toBeGreaterThan(0);
  expect(['us', 'china', 'draw']).toContain(result.winner);
  expect(result.rounds).toBeGreaterThan(0);
  expect(result.illegalChoices).toBe(0);
}

describe('the bot client', () => {
  it('plays a whole match against the lobby bot', async () => {
    server = await startTestServer({ botThinkMs: 0 });
    const flags = botFlags(server.url, '--create --opponent greedy --bot greedy --seed g1');
    const result = await play(flags);
    expect(result).toMatchObject({ seat: '0', side: 'us', bot: 'greedy', reconnects: 0 });
    await expectFinishedAndKept(server, result, '0');
  });

  it('two bot clients play each other; the second joins the free seat from the invite', async () => {
    server = await startTestServer();
    const said: string[] = [];
    const first = play(botFlags(server.url, '--create --seat 1 --bot random --seed r1'), {}, said);
    await expect.poll(() => said.find((line) => line.includes('invite'))).toBeDefined();
    const matchID = /match (\S+):/.exec(said.find((line) => line.includes('invite')) ?? '')?.[1] ?? '';
    const second = await play(botFlags(server.url, `--match ${matchID} --seat 0 --bot greedy`));
    const china = await first;
    expect(said).toContain('waiting: the other seat has not been joined yet');
    expect(china.matchID).toBe(matchID);
    expect([china.winner, china.reason, china.rounds]).toEqual([second.winner, second.reason, second.rounds]);
    await expectFinishedAndKept(server, china, '1');
    await expectFinishedAndKept(server, second, '0');
  });

  it('recovers a dropped socket mid-match and finishes with nothing lost', async () => {
    server = await startTestServer({ botThinkMs: 0 });
    const running = server;
    let player: SeatPlayer | undefined;
    let drops = 0;
    // Cut the connection twice, right after commits: a move of ours may be in flight.
    running.authority.onCommit((_matchID, state) => {
      if (state._stateID === 12 || state._stateID === 40) {
        drops++;
        player?.dropConnection();
      }
    });
    const said: string[] = [];
    const flags = botFlags(running.url, '--create --opponent greedy --bot greedy --seed d1');
    const result = await play(
      flags,
      {
        onPlayer: (seatPlayer) => {
          player = seatPlayer;
        },
      },
      said,
    );
    expect(drops).toBe(2);
    expect(result.reconnects).toBe(2);
    expect(said.filter((line) => line.startsWith('connection lost'))).toHaveLength(2);
    await expectFinishedAndKept(running, result, '0');
  });

  it('carries on after the server crashes and restarts on the same data', async () => {
    const first = await startTestServer({ botThinkMs: 0 });
    let crashed: (() => void) | undefined;
    const crash = new Promise<void>((resolve) => {
      crashed = resolve;
    });
    first.authority.onCommit((_matchID, state) => {
      if (state._stateID === 20) crashed?.();
    });
    const said: string[] = [];
    const playing = play(botFlags(first.url, '--create --opponent greedy --bot greedy --seed c1'), {}, said);
    // Just after a commit (not inside its listener), with the bot's next move in flight or not.
    await crash;
    await first.closeNow();
    server = await startTestServer({ botThinkMs: 0, dataDir: first.dataDir, port: first.port });
    const result = await playing;
    expect(result.reconnects).toBeGreaterThanOrEqual(1);
    await expectFinishedAndKept(server, result, '0');
  });

  it('obeys a clock: the match ends by the rules, not on time', async () => {
    server = await startTestServer({ botThinkMs: 0 });
    const flags = botFlags(server.url, '--create --opponent greedy --bot greedy --clock 60+1');
    const result = await play(flags);
    expect(result.reason).not.toBe('time');
    await expectFinishedAndKept(server, result, '0');
    const match = (await (await fetch(`${server.url}/games/silicon-curtain/${result.matchID}`)).json()) as {
      setupData: { clock?: { flagged?: string } };
    };
    expect(match.setupData.clock).toBeDefined();
    expect(match.setupData.clock?.flagged).toBeUndefined();
  });

  it('refuses a wrong credential and an unknown match with a clear error', async () => {
    server = await startTestServer();
    const { matchID } = await seatedMatch(server);
    const wrong = botFlags(server.url, `--match ${matchID} --seat 1 --credentials nope --bot random`);
    await expect(play(wrong)).rejects.toThrow(
      new BotClientError(`the server refused seat 1 of match ${matchID}: wrong credentials (unauthorized)`),
    );
    const unknown = botFlags(server.url, '--match nosuchmatch --seat 0 --bot random');
    await expect(play(unknown)).rejects.toThrow('no match "nosuchmatch" on this server');
    // A bot module that does not load is refused before any match is opened.
    await expect(play(botFlags(server.url, '--create --bot ./no-such-bot.ts'))).rejects.toThrow(
      './no-such-bot.ts: the bot module did not load',
    );
    const unreachable = play(botFlags('http://127.0.0.1:1', '--create --bot random'));
    await expect(unreachable).rejects.toBeInstanceOf(BotClientError);
    await expect(unreachable).rejects.toThrow('no answer from http://127.0.0.1:1: ');
  });

  it('plays the example bot of docs/BOTS.md', async () => {
    server = await startTestServer({ botThinkMs: 0 });
    const flags = botFlags(server.url, '--create --opponent random --bot ./docs/examples/first-bot.ts');
    const result = await play(flags);
    expect(result.bot).toBe('./docs/examples/first-bot.ts');
    // The example shown in docs/BOTS.md is this file's function, word for word.
    const example = fs.readFileSync('docs/examples/first-bot.ts', 'utf8');
    expect(fs.readFileSync('docs/BOTS.md', 'utf8')).toContain(
      example.slice(example.indexOf('export default')),
    );
    await expectFinishedAndKept(server, result, '0');
  });

  it("hands a module bot its own seat's view only, never the rival's hand or the deck", async () => {
    server = await startTestServer({ botThinkMs: 0 });
    const { seenViews } = await import('../../server/helpers/spy-bot.ts');
    const result = await play(
      botFlags(server.url, '--create --seat 1 --opponent random --bot ./test/server/helpers/spy-bot.ts'),
    );
    await expectFinishedAndKept(server, result, '1');
    expect(seenViews.length).toBeGreaterThanOrEqual(result.moves);
    for (const view of seenViews) {
      expect(view.viewer).toBe('china');
      for (const hidden of ['hands', 'deck', 'rng', 'headlines']) expect(view).not.toHaveProperty(hidden);
      expect(view.hand).toHaveLength(view.handCounts.china);
    }
  });

  it("reads a module bot's move with the kernel's parser, as the server would, and falls back when it refuses", async () => {
    server = await startTestServer({ botThinkMs: 0 });
    const said: string[] = [];
    const flags = botFlags(
      server.url,
      '--create --opponent random --bot ./test/tools/bot-client/sloppy-bot.ts',
    );
    const result = await play(flags, {}, said);
    expect(result.moves).toBeGreaterThan(0);
    expect(result.illegalChoices).toBeGreaterThanOrEqual(result.moves);
    expect(said.some((line) => line.includes('(unexpected field: note)'))).toBe(true);
    expect((await server.store.loadState(result.matchID))?.ctx.gameover).toBeDefined();
  });

  it('gives an asynchronous decision its clock budget, then falls back', async () => {
    expect(await withinBudget(Promise.resolve('fast'), 1000)).toBe('fast');
    expect(await withinBudget(new Promise(() => undefined), 20)).toBeUndefined();
    expect(await withinBudget('sync', 0)).toBe('sync');
  });
});
