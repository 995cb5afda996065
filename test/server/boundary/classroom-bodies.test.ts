import { describe, expect, it } from 'vitest';
import type { Outcome, RejectionCode } from '../../../server/boundary/rejection.ts';
import {
  parseCreateSession,
  parseInject,
  parseJoin,
  parsePause,
  parseProposal,
  parseSeats,
  parseTurnSeconds,
} from '../../../server/classroom/requests.ts';
import { parseWhatIfRequest } from '../../../server/classroom/what-if/request.ts';

/**
 * The classroom API's bodies (server/classroom/README.md) and the what-if preview's: each takes exactly
 * its keys, and each malformed one is refused with its code and its words.
 */

const session = { title: 'Period 3', scenarioId: 'baseline-2025', tables: 2 };
const notAnObject = 'the body must be a JSON object';

describe('the classroom bodies', () => {
  it.each<[string, (body: unknown) => Outcome<unknown>, unknown, string]>([
    ['a session that is text', parseCreateSession, 'class', notAnObject],
    ['a session without a title', parseCreateSession, { ...session, title: undefined }, 'title must be text'],
    [
      'an oversized title',
      parseCreateSession,
      { ...session, title: 'x'.repeat(81) },
      'title is at most 80 characters',
    ],
    [
      'a title on two lines',
      parseCreateSession,
      { ...session, title: 'a\nb' },
      'title must be plain text on one line',
    ],
    ['tables as text', parseCreateSession, { ...session, tables: '2' }, 'tables is a number'],
    [
      'a session with a seed (an extra key)',
      parseCreateSession,
      { ...session, seed: 'x' },
      'Unrecognized key: "seed"',
    ],
    [
      'a bot fill for a third side',
      parseCreateSession,
      { ...session, botFill: { russia: 'greedy' } },
      'botFill: Unrecognized key: "russia"',
    ],
    [
      'a bot fill of the wrong side',
      parseCreateSession,
      { ...session, botFill: { china: 'us-chokehold' } },
      'botFill.china: bot "us-chokehold" plays the US, not this side',
    ],
    [
      'a bot fill that is a number',
      parseCreateSession,
      { ...session, botFill: { us: 5 } },
      'botFill.us: a bot is a bot spec such as "greedy"',
    ],
    [
      'an unknown parameter',
      parseCreateSession,
      { ...session, overrides: { 'no.such': 1 } },
      'unknown parameter: no.such',
    ],
    [
      'seats that are neither a list nor a draw',
      parseSeats,
      { draw: false },
      'seats takes {assignments: [{studentId, table, side}]} or {draw: true}',
    ],
    [
      'an oversized student id',
      parseSeats,
      { assignments: [{ studentId: 'x'.repeat(65), table: 1, side: 'us' }] },
      'assignments.0.studentId: Too big: expected string to have <=64 characters',
    ],
    [
      'an assignment with an extra key',
      parseSeats,
      { assignments: [{ studentId: 'a', table: 1, side: 'us', seat: 2 }] },
      'assignments.0: Unrecognized key: "seat"',
    ],
    ['a pause without paused', parsePause, { tables: 'all' }, 'paused is true or false'],
    [
      'a pause of no tables',
      parsePause,
      { tables: [], paused: true },
      'tables: Too small: expected array to have >=1 items',
    ],
    [
      'a pause of "some" tables',
      parsePause,
      { tables: 'some', paused: true },
      'tables is "all" or a list of table numbers',
    ],
    [
      'a pause with an extra key',
      parsePause,
      { tables: 'all', paused: true, at: 1 },
      'Unrecognized key: "at"',
    ],
    ['an unknown card', parseInject, { tables: 'all', cardId: 'no-such-card' }, 'cardId: unknown card'],
    [
      'a round that is a fraction',
      parseInject,
      { tables: 'all', cardId: 'december-package', atRound: 1.5 },
      'atRound is a whole round number',
    ],
    [
      'a turn time as text',
      parseTurnSeconds,
      { seconds: '60' },
      'seconds: turnSeconds must be a number of seconds or null',
    ],
    ['a turn time under 15 s', parseTurnSeconds, { seconds: 14 }, 'seconds: turnSeconds is at least 15'],
    [
      'an oversized join code',
      parseJoin,
      { code: 'x'.repeat(33), name: 'Ada' },
      'code is at most 32 characters',
    ],
    [
      'a name with a control character',
      parseJoin,
      { code: 'ABCDEF', name: 'A\u0007da' },
      'name must be plain text on one line',
    ],
    [
      'a join with a token (an extra key)',
      parseJoin,
      { code: 'ABCDEF', name: 'Ada', token: 'x' },
      'Unrecognized key: "token"',
    ],
    ['an oversized proposal', parseProposal, { text: 'x'.repeat(301) }, 'text is at most 300 characters'],
    ['a blank proposal', parseProposal, { text: '   ' }, 'text must not be empty'],
  ])('refuses %s', (_, parse, input, message) => {
    expect(parse(input)).toEqual({ ok: false, rejection: { code: 'malformedMessage', message } });
  });
});

describe('the what-if body', () => {
  const bounds = { defaultGames: 300, minGames: 10, maxGames: 400 };

  it.each<[string, unknown, RejectionCode, string]>([
    ['a list', [], 'invalidRequest', notAnObject],
    [
      'an extra key',
      { scenarioId: 'baseline-2025', seed: 1 },
      'invalidRequest',
      'the body takes only scenarioId, overrides and games',
    ],
    [
      'games as text',
      { scenarioId: 'baseline-2025', games: '20' },
      'invalidRequest',
      'games must be a whole number from 10 to 400',
    ],
    [
      'overrides as text',
      { scenarioId: 'baseline-2025', overrides: 'x' },
      'invalidOverrides',
      'overrides must be an object of parameter paths to numbers',
    ],
    [
      'an oversized unknown scenario (cut in the message)',
      { scenarioId: 'x'.repeat(300) },
      'unknownScenario',
      `scenarioId: unknown scenario: ${'x'.repeat(40)}…`,
    ],
  ])('refuses %s', (_, input, code, message) => {
    expect(parseWhatIfRequest(input, bounds)).toEqual({ ok: false, rejection: { code, message } });
  });
});
