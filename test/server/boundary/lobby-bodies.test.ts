import { describe, expect, it } from 'vitest';
import type { RejectionCode } from '../../../server/boundary/rejection.ts';
import { parseClockSettings } from '../../../server/clock/clock.ts';
import { parseJoinBody, parseSeatBody, parseUpdateBody } from '../../../server/lobby/bodies.ts';
import { parseCreateOptions } from '../../../server/lobby/create-options.ts';
import { parseListQuery } from '../../../server/lobby/list-query.ts';

/**
 * The Lobby API's bodies and list query (server/README.md, "Lobby"): each malformed one refused with its
 * code (its HTTP status is the code's) and its words; extra keys ignored where boardgame.io's server
 * ignores them, refused in our own additions (setupData, clock).
 */

type Row = [string, unknown, RejectionCode, string];

const notAnObject = 'the body must be a JSON object';

describe('the create body', () => {
  it.each<Row>([
    ['a list', [], 'malformedMessage', notAnObject],
    [
      'three players',
      { numPlayers: 3 },
      'malformedMessage',
      'numPlayers: Silicon Curtain is a two-player game',
    ],
    ['setupData as text', { setupData: 'x' }, 'malformedMessage', 'setupData must be an object'],
    [
      'a seed in setupData (an extra key)',
      { setupData: { seed: 'mine' } },
      'malformedMessage',
      'setupData takes only scenarioId, botSeat and bot (the server picks the seed)',
    ],
    [
      'a scenario that is a number',
      { setupData: { scenarioId: 5 } },
      'malformedMessage',
      'scenarioId is a string',
    ],
    [
      'bot seat "2"',
      { setupData: { botSeat: '2', bot: 'greedy' } },
      'malformedMessage',
      'botSeat is "0" or "1"',
    ],
    ['a bot without its seat', { setupData: { bot: 'greedy' } }, 'malformedMessage', 'botSeat is "0" or "1"'],
    [
      'a bot seat without its bot',
      { setupData: { botSeat: '1' } },
      'malformedMessage',
      'bot is a bot spec such as "greedy"',
    ],
    [
      'a bot that is a number',
      { setupData: { botSeat: '1', bot: 3 } },
      'malformedMessage',
      'bot is a bot spec such as "greedy"',
    ],
    [
      'a search too costly for the server',
      { setupData: { botSeat: '1', bot: 'mcts:501' } },
      'malformedMessage',
      'setupData.bot: server bots search at most 500 iterations',
    ],
    [
      'a bot of the other side',
      { setupData: { botSeat: '0', bot: 'china-self-reliance' } },
      'malformedMessage',
      'bot "china-self-reliance" plays China, not this side',
    ],
    [
      'a clock that is text',
      { clock: 'blitz' },
      'malformedMessage',
      'clock is { initialSeconds, incrementSeconds }',
    ],
    ['a clock without a bank', { clock: {} }, 'malformedMessage', 'initialSeconds is 0.05 to 86400'],
    [
      'a clock bank as text',
      { clock: { initialSeconds: 'soon' } },
      'malformedMessage',
      'initialSeconds is 0.05 to 86400',
    ],
    [
      'a clock bank over a day',
      { clock: { initialSeconds: 86_401 } },
      'malformedMessage',
      'initialSeconds is 0.05 to 86400',
    ],
    [
      'a negative increment',
      { clock: { initialSeconds: 60, incrementSeconds: -1 } },
      'malformedMessage',
      'incrementSeconds is 0 to 3600',
    ],
    [
      'a clock with an extra key',
      { clock: { initialSeconds: 60, delaySeconds: 5 } },
      'malformedMessage',
      'clock takes only initialSeconds and incrementSeconds',
    ],
  ])('refuses %s', (_, input, code, message) => {
    expect(parseCreateOptions(input)).toEqual({ ok: false, rejection: { code, message } });
  });

  it("takes boardgame.io's body and ours, ignoring keys its server ignores", () => {
    const body = {
      numPlayers: '2',
      setupData: { scenarioId: 'taiwan-crisis', botSeat: '1', bot: 'greedy' },
      unlisted: true,
      clock: { initialSeconds: 60, incrementSeconds: null },
      somethingElse: 1,
    };
    expect(parseCreateOptions(body)).toEqual({
      ok: true,
      value: {
        unlisted: true,
        scenarioId: 'taiwan-crisis',
        bot: { seat: '1', spec: 'greedy' },
        clock: { initialSeconds: 60, incrementSeconds: 0 },
      },
    });
    expect(parseCreateOptions({})).toEqual({ ok: true, value: { unlisted: false } });
  });

  it('reads clock settings alone as the create body does', () => {
    expect(parseClockSettings({ initialSeconds: 0.05 })).toEqual({
      ok: true,
      value: { initialSeconds: 0.05, incrementSeconds: 0 },
    });
  });
});

describe('the join, update, leave and playAgain bodies', () => {
  const name = 'playerName is required (1–64 characters)';

  it.each<[string, (body: unknown) => unknown, unknown, RejectionCode, string]>([
    ['a join that is not an object', parseJoinBody, null, 'malformedMessage', notAnObject],
    ['a join without a name', parseJoinBody, {}, 'invalidName', name],
    ['a join with a blank name', parseJoinBody, { playerName: '   ' }, 'invalidName', name],
    ['a join with an oversized name', parseJoinBody, { playerName: 'x'.repeat(65) }, 'invalidName', name],
    [
      'a join of seat "__proto__"',
      parseJoinBody,
      { playerName: 'a', playerID: '__proto__' },
      'seatMismatch',
      'playerID: seats are "0" and "1"',
    ],
    [
      'an update with nothing to change',
      parseUpdateBody,
      { playerID: '0', credentials: 'c' },
      'invalidName',
      'newName or data is required',
    ],
    [
      'an update to an empty name',
      parseUpdateBody,
      { playerID: '0', credentials: 'c', newName: '' },
      'invalidName',
      'newName is 1–64 characters',
    ],
    [
      'an update of seat "3"',
      parseUpdateBody,
      { playerID: '3', newName: 'a' },
      'seatForbidden',
      'playerID must be "0" or "1"',
    ],
    [
      'a leave without a seat',
      parseSeatBody,
      { credentials: 'c' },
      'seatForbidden',
      'playerID must be "0" or "1"',
    ],
    ['a leave that is a list', parseSeatBody, ['0'], 'malformedMessage', notAnObject],
  ])('refuses %s', (_, parse, input, code, message) => {
    expect(parse(input)).toEqual({ ok: false, rejection: { code, message } });
  });

  it('takes a seat as a number, and ignores keys it does not know', () => {
    expect(parseJoinBody({ playerName: 'Ada', playerID: 1, data: { x: 1 }, extra: true })).toEqual({
      ok: true,
      value: { playerName: 'Ada', playerID: '1', data: { x: 1 } },
    });
  });
});

describe('the list query', () => {
  const query = (text: string) => parseListQuery(new URLSearchParams(text));

  it.each([
    ['page=0', 'page is a whole number from 1'],
    ['page=x', 'page is a whole number from 1'],
    [`page=${'9'.repeat(400)}`, 'page is a whole number from 1'],
    ['limit=0', 'limit is a whole number from 1 to 100'],
    ['limit=101', 'limit is a whole number from 1 to 100'],
    ['limit=2.5', 'limit is a whole number from 1 to 100'],
  ])('refuses %s', (text, message) => {
    expect(query(text)).toEqual({ ok: false, rejection: { code: 'malformedMessage', message } });
  });

  it("reads boardgame.io's filters as leniently as its server, and a page only when asked", () => {
    expect(query('isGameover=maybe&updatedBefore=abc&other=1')).toEqual({
      ok: true,
      value: { filter: {}, page: undefined },
    });
    expect(query('isGameover=true&updatedAfter=15&limit=5')).toEqual({
      ok: true,
      value: { filter: { isGameover: true, updatedAfter: 15 }, page: { page: 1, limit: 5 } },
    });
    expect(query('page=2')).toEqual({ ok: true, value: { filter: {}, page: { page: 2, limit: 20 } } });
  });
});
