import { describe, expect, it } from 'vitest';
import { parseBotArgs } from '../../../tools/bot-client/options.ts';
import { botFlags } from '../../server/helpers/bot-flags.ts';

/** The bot client checks `--opponent` as the server checks a bot seat, before it makes a match. */

describe("the bot client's --opponent", () => {
  it.each([
    ['mcts:600', '--opponent: server bots search at most 500 iterations'],
    ['us-chokehold', '--opponent: bot "us-chokehold" plays the US, not this side'],
    ['skynet', '--opponent: unknown bot "skynet"'],
  ])('refuses %s with the server’s words', (opponent, words) => {
    expect(() => parseBotArgs(botFlags('http://x', `--create --opponent ${opponent} --bot greedy`))).toThrow(
      words,
    );
  });

  it('takes a bot the server can play opposite the seat', () => {
    const options = parseBotArgs(
      botFlags('http://x', '--create --seat 1 --opponent us-chokehold --bot greedy'),
    );
    expect(options.source).toMatchObject({ kind: 'create', opponent: 'us-chokehold' });
  });
});
