import { describe, expect, it } from 'vitest';
import { log, logSettings, matchLog } from '../../server/log.ts';
import { captureLog } from './helpers/log-lines.ts';
import { createMatch, startTestServer } from './helpers/test-server.ts';

describe('the server log (server/log.ts)', () => {
  it.each([
    ['a terminal in development', {}, true, { level: 'info', pretty: true }],
    ['a pipe in development', {}, false, { level: 'info', pretty: false }],
    ['production, even in a terminal', { NODE_ENV: 'production' }, true, { level: 'info', pretty: false }],
    ['LOG_LEVEL', { LOG_LEVEL: 'debug', NODE_ENV: 'production' }, false, { level: 'debug', pretty: false }],
    ['an empty LOG_LEVEL', { LOG_LEVEL: '' }, false, { level: 'info', pretty: false }],
  ])('is set from the environment: %s', (_, env, terminal, settings) => {
    expect(logSettings(env, terminal)).toEqual(settings);
  });

  it('is silent in the tests (vitest.config.ts sets LOG_LEVEL) unless a test captures it', () => {
    expect(log.level).toBe('silent');
  });

  it('refuses an unknown LOG_LEVEL rather than start without logs', () => {
    expect(() => logSettings({ LOG_LEVEL: 'loud' }, false)).toThrow(/LOG_LEVEL must be one of/);
  });

  it('writes JSON lines with the process id, and the match id on every line about a match', () => {
    const captured = captureLog();
    matchLog('match-1').warn({ stateID: 3 }, 'a line about one match');
    log.info('a line about the process');
    captured.stop();
    log.info('after the capture: not captured');
    expect(captured.lines).toHaveLength(2);
    const [aboutMatch, aboutProcess] = captured.lines;
    expect(aboutMatch).toMatchObject({ level: 40, pid: process.pid, matchID: 'match-1', stateID: 3 });
    expect(aboutProcess).toMatchObject({ level: 30, pid: process.pid, msg: 'a line about the process' });
    expect(aboutProcess).not.toHaveProperty('matchID');
  });

  it('says which match a new match is, with its settings', async () => {
    const server = await startTestServer();
    const captured = captureLog();
    try {
      const matchID = await createMatch(server);
      const created = captured.lines.find((line) => line.msg === 'match created');
      expect(created).toMatchObject({ matchID, pid: process.pid, unlisted: false });
    } finally {
      captured.stop();
      await server.drain();
    }
  });
});
