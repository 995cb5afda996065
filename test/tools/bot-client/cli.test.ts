import { execFile } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { botFlags } from '../../server/helpers/bot-flags.ts';
import type { TestServer } from '../../server/helpers/test-server.ts';
import { seatedMatch, startTestServer } from '../../server/helpers/test-server.ts';

let server: TestServer | undefined;

afterEach(async () => {
  await server?.drain();
  server = undefined;
});

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `npm run -s bot -- …` as a child process (asynchronously: the server runs in this process). */
function bot(args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'tools/cli/bot.ts', ...args],
      { encoding: 'utf8', timeout: 60_000 },
      (error, stdout, stderr) => {
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr });
      },
    );
  });
}

describe('npm run bot', () => {
  it('prints one line of JSON with the result and exits 0', async () => {
    server = await startTestServer({ botThinkMs: 0 });
    const run = await bot(botFlags(server.url, '--create --opponent greedy --bot greedy'));
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout.trim().split('\n')).toHaveLength(1);
    const result = JSON.parse(run.stdout) as {
      matchID: string;
      winner: string;
      reason: string;
      moves: number;
    };
    expect(result.moves).toBeGreaterThan(0);
    expect(['us', 'china', 'draw']).toContain(result.winner);
    expect(run.stderr).toContain(`match ${result.matchID}: seat 0 against the server's greedy`);
    const stored = await server.store.loadState(result.matchID);
    expect(stored?.ctx.gameover).toMatchObject({ reason: result.reason });
  });

  it('exits 1 with a clear message on a refused credential', async () => {
    server = await startTestServer();
    const { matchID } = await seatedMatch(server);
    const run = await bot(botFlags(server.url, `--match ${matchID} --seat 0 --credentials x --bot random`));
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      `bot: the server refused seat 0 of match ${matchID}: wrong credentials (unauthorized)\n`,
    );
  });

  it('exits 2 with the usage on a bad flag', async () => {
    const run = await bot(botFlags('http://127.0.0.1:1', '--seat 0 --bot skynet --match m'));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--bot: unknown bot "skynet"');
    expect(run.stderr).toContain('usage:');
  });
});
