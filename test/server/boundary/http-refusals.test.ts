import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RejectionCode } from '../../../server/boundary/rejection.ts';
import type { Seated, TestServer } from '../helpers/test-server.ts';
import { seatedMatch, startTestServer } from '../helpers/test-server.ts';

/**
 * Every HTTP route refuses the same way: `{error: {code, message}}` and nothing else, with the status of
 * its code (server/boundary/rejection.ts), whether the Lobby API or the classroom API answers.
 */

let server: TestServer;
let match: Seated;

beforeAll(async () => {
  server = await startTestServer();
  match = await seatedMatch(server);
});

afterAll(async () => {
  await server.drain();
});

interface Request {
  method?: string;
  path: (match: Seated) => string;
  body?: unknown;
  raw?: string;
}

const games = '/games/silicon-curtain';

describe('refusals over HTTP', () => {
  it.each<[string, Request, number, RejectionCode]>([
    [
      'a body that is not JSON',
      { path: () => `${games}/create`, raw: '{"numPlayers":' },
      400,
      'malformedMessage',
    ],
    [
      'a body over the size limit',
      { path: () => `${games}/create`, raw: JSON.stringify({ pad: 'x'.repeat(17 * 1024) }) },
      413,
      'messageTooLarge',
    ],
    [
      'a create with a seed',
      { path: () => `${games}/create`, body: { setupData: { seed: 'x' } } },
      400,
      'malformedMessage',
    ],
    ['a create that is a list', { path: () => `${games}/create`, body: [] }, 400, 'malformedMessage'],
    [
      'a join with an oversized name',
      { path: (m) => `${games}/${m.matchID}/join`, body: { playerName: 'x'.repeat(65) } },
      403,
      'invalidName',
    ],
    [
      'a join of seat "2"',
      { path: (m) => `${games}/${m.matchID}/join`, body: { playerName: 'x', playerID: '2' } },
      404,
      'seatMismatch',
    ],
    [
      'a join of a taken seat',
      { path: (m) => `${games}/${m.matchID}/join`, body: { playerName: 'x', playerID: '0' } },
      409,
      'conflict',
    ],
    [
      'a leave of seat "__proto__"',
      { path: (m) => `${games}/${m.matchID}/leave`, body: { playerID: '__proto__' } },
      403,
      'seatForbidden',
    ],
    [
      'a rename with wrong credentials',
      {
        path: (m) => `${games}/${m.matchID}/update`,
        body: { playerID: '0', credentials: 'x', newName: 'y' },
      },
      403,
      'seatForbidden',
    ],
    [
      'a rematch with wrong credentials',
      { path: (m) => `${games}/${m.matchID}/playAgain`, body: { playerID: '1', credentials: 'x' } },
      403,
      'seatForbidden',
    ],
    ['a page 0', { method: 'GET', path: () => `${games}?page=0` }, 400, 'malformedMessage'],
    ['another game', { method: 'GET', path: () => '/games/chess' }, 404, 'gameNotFound'],
    ['an unknown match', { method: 'GET', path: () => `${games}/nope` }, 404, 'matchNotFound'],
    [
      'the replay of a match in play',
      { method: 'GET', path: (m) => `${games}/${m.matchID}/replay` },
      403,
      'matchNotFinished',
    ],
    ['a PUT', { method: 'PUT', path: () => games }, 405, 'methodNotAllowed'],
    [
      'a class without a title',
      { path: () => '/classroom/api/sessions', body: { scenarioId: 'baseline-2025', tables: 1 } },
      400,
      'malformedMessage',
    ],
    [
      'a class body over the size limit',
      { path: () => '/classroom/api/sessions', raw: JSON.stringify({ pad: 'x'.repeat(17 * 1024) }) },
      413,
      'messageTooLarge',
    ],
    [
      'an overview without the key',
      { method: 'GET', path: () => '/classroom/api/sessions/abc' },
      401,
      'unauthorized',
    ],
    ['an unknown classroom route', { method: 'GET', path: () => '/classroom/api/nothing' }, 404, 'notFound'],
  ])('answers %s with the status of its code', async (_, request, status, code) => {
    const method = request.method ?? 'POST';
    const text = request.raw ?? (request.body === undefined ? undefined : JSON.stringify(request.body));
    const response = await fetch(`${server.url}${request.path(match)}`, {
      method,
      headers: { 'content-type': 'application/json' },
      ...(text === undefined ? {} : { body: text }),
    });
    expect(response.status).toBe(status);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(Object.keys(body)).toEqual(['error']);
    expect(Object.keys(body.error)).toEqual(['code', 'message']);
    expect(body.error.code).toBe(code);
    expect(body.error.message.length).toBeGreaterThan(0);
  });
});
