import type { SpawnSyncReturns } from 'node:child_process';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { rulesBundleHash } from '../../server/rules-version/bundle-hash.ts';
import { SqliteStore } from '../../server/storage/sqlite-store.ts';
import { logLinesOf } from '../server/helpers/log-lines.ts';
import { SeatDriver } from '../server/helpers/seat-driver.ts';
import type { ServerProcess } from '../server/helpers/server-process.ts';
import { untilServing } from '../server/helpers/server-process.ts';
import { postJson } from '../server/helpers/test-server.ts';

/**
 * The production install, as an operator makes it on a fresh machine: this checkout copied without its
 * node_modules or build, `npm ci`, `npm start` (which builds, since there is no dist/ yet), then
 * `npm prune --omit=dev` and `npm run serve`: the compiled server must serve a whole match with none of
 * the dev dependencies (tsx, esbuild, Vite) left. `npm ci` builds better-sqlite3 from source: minutes.
 */

const root = path.resolve(import.meta.dirname, '../..');
/** Not part of a fresh clone: installed, built or written by runs. */
const notCopied = new Set(['node_modules', 'dist', 'data', 'out', 'coverage', '.git']);
const tempDirs: string[] = [];
const scripts: ServerProcess[] = [];
const drivers: SeatDriver[] = [];

function tempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  tempDirs.push(dir);
  return dir;
}

afterAll(() => {
  for (const driver of drivers) driver.stop();
  // A failed test may leave its server running: its whole process group goes.
  for (const script of scripts)
    if (script.child.exitCode === null && script.child.pid !== undefined)
      process.kill(-script.child.pid, 'SIGKILL');
  for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true });
  // The copy holds a whole `npm ci` install: removing it takes longer than a hook's 10 s on a loaded machine.
}, 120_000);

/** The environment of an operator's shell: none of this test run's npm_* or NODE_ENV settings. */
function operatorEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env))
    if (!name.startsWith('npm_') && name !== 'NODE_ENV' && name !== 'VITEST' && name !== 'LOG_LEVEL')
      env[name] = value;
  return { ...env, ...extra };
}

function npm(cwd: string, args: string[]): SpawnSyncReturns<string> {
  const result = spawnSync('npm', args, { cwd, env: operatorEnv(), encoding: 'utf8', timeout: 10 * 60_000 });
  if (result.status !== 0)
    throw new Error(
      `npm ${args.join(' ')} failed (${String(result.status)}):\n${result.stdout}\n${result.stderr}`,
    );
  return result;
}

/** `npm <script>` in its own process group: SIGTERM reaches the server as a terminal's or systemd's would. */
async function startScript(cwd: string, script: 'start' | 'serve', dataDir: string): Promise<ServerProcess> {
  const child = spawn('npm', ['run', script], {
    cwd,
    env: operatorEnv({ PORT: '0', DATA_DIR: dataDir }),
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const server = await untilServing(child);
  scripts.push(server);
  return server;
}

/** SIGTERM to the script's process group; resolves when the server has drained and every process is gone. */
async function stopScript(server: ServerProcess): Promise<void> {
  const closed = new Promise<void>((resolve) => {
    server.child.once('close', () => {
      resolve();
    });
  });
  if (server.child.pid !== undefined) process.kill(-server.child.pid, 'SIGTERM');
  await closed;
  expect(server.output()).toContain('drained');
}

/** index.html revalidated, the hashed script it loads cached for good and sent brotli-compressed. */
async function expectBuiltClient(url: string): Promise<void> {
  const page = await fetch(`${url}/`, { headers: { 'accept-encoding': 'br' } });
  expect(page.headers.get('cache-control')).toBe('no-cache');
  const script = /src="(\/assets\/[^"]+\.js)"/.exec(await page.text())?.[1] ?? 'no script in index.html';
  const asset = await fetch(`${url}${script}`, { headers: { 'accept-encoding': 'br' } });
  expect(asset.status).toBe(200);
  expect(asset.headers.get('content-encoding')).toBe('br');
  expect(asset.headers.get('cache-control')).toContain('immutable');
}

/** An operator's command as docs/DEPLOY.md types it (`npm run -s <script> -- …`): its one JSON line. */
function operatorCommand(
  cwd: string,
  script: 'backup' | 'archive',
  args: string[],
  dataDir: string,
): unknown {
  const result = spawnSync('npm', ['run', '-s', script, '--', ...args], {
    cwd,
    env: operatorEnv({ DATA_DIR: dataDir }),
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (result.status !== 0)
    throw new Error(
      `npm run ${script} failed (${String(result.status)}):\n${result.stdout}\n${result.stderr}`,
    );
  return JSON.parse(result.stdout);
}

/** The match as the store in `dataDir` holds it: finished, with moves of both seats in its journal. */
async function expectFinishedMatch(dataDir: string, matchID: string): Promise<void> {
  const store = SqliteStore.inDirectory(dataDir);
  await store.ready();
  const state = await store.loadState(matchID);
  const seats = new Set((await store.loadJournal(matchID)).map((entry) => entry.seat));
  await store.close();
  expect(state?.ctx.gameover).toBeDefined();
  expect([...seats].sort()).toEqual(['0', '1']);
}

/** A match against a server-side greedy bot, created through the Lobby API and played over Socket.IO to its end. */
async function playAgainstBot(url: string): Promise<string> {
  const games = `${url}/games/silicon-curtain`;
  const created = await postJson(`${games}/create`, { setupData: { botSeat: '1', bot: 'greedy' } });
  expect(created.status).toBe(200);
  const matchID = String(created.body.matchID);
  const joined = await postJson(`${games}/${matchID}/join`, { playerName: 'Operator' });
  expect(joined.body.playerID).toBe('0');
  const human = new SeatDriver(url, matchID, '0', String(joined.body.playerCredentials), 'prod-1');
  drivers.push(human);
  await human.done;
  drivers.splice(drivers.indexOf(human), 1);
  human.stop();
  expect(human.illegalRejections()).toEqual([]);
  return matchID;
}

describe('the production install', () => {
  it(
    'npm ci && npm start builds and serves; after npm prune --omit=dev, npm run serve plays a match, backup and archive run',
    { timeout: 20 * 60_000 },
    async () => {
      const app = tempDir('sc-prod-app-');
      fs.cpSync(root, app, {
        recursive: true,
        filter: (source) => !notCopied.has(path.relative(root, source).split(path.sep)[0] ?? ''),
      });
      npm(app, ['ci', '--no-audit', '--no-fund', '--prefer-offline']);

      // README's first command on a fresh clone: nothing is built yet, so `npm start` builds first.
      const first = await startScript(app, 'start', tempDir('sc-prod-data-'));
      expect(first.output()).toContain('no build yet');
      expect((await fetch(`${first.url}/health`)).status).toBe(200);
      await stopScript(first);

      npm(app, ['prune', '--omit=dev', '--no-audit', '--no-fund']);
      for (const devOnly of ['tsx', 'esbuild', 'vite', 'vitest'])
        expect(fs.existsSync(path.join(app, 'node_modules', devOnly)), devOnly).toBe(false);
      // The build still matches its sources, so `npm start` would not try to build without Vite.
      const check = spawnSync('node', ['tools/build/ensure-built.js'], { cwd: app, env: operatorEnv() });
      expect(check.status).toBe(0);

      const dataDir = tempDir('sc-prod-data-');
      const server = await startScript(app, 'serve', dataDir);
      const health = (await (await fetch(`${server.url}/health`)).json()) as {
        ok: boolean;
        rules: { bundleHash: string };
      };
      expect(health.ok).toBe(true);
      // The compiled server reports the rules compiled into it: this checkout's.
      expect(health.rules.bundleHash).toBe(rulesBundleHash());
      await expectBuiltClient(server.url);
      const matchID = await playAgainstBot(server.url);
      await stopScript(server);
      // Its log: JSON lines (npm's own banner aside), the match's with its id.
      const created = logLinesOf(server.output()).find((line) => line.msg === 'match created');
      expect(created).toMatchObject({ matchID, level: 30 });
      expect(created?.pid).toEqual(expect.any(Number));

      // What the server wrote before it drained: a finished match, moves of both seats in the journal.
      await expectFinishedMatch(dataDir, matchID);

      // The nightly backup: a copy that opens as the store, with the match in it.
      const backupDir = tempDir('sc-prod-backup-');
      const backupFile = path.join(backupDir, 'matches.sqlite');
      expect(operatorCommand(app, 'backup', [backupFile], dataDir)).toMatchObject({
        backup: backupFile,
        matches: 1,
      });
      await expectFinishedMatch(backupDir, matchID);

      // The archive of old finished matches: 1e-6 days is 86 ms, and the server wrote last before it drained.
      await sleep(100);
      const olderThan = ['--older-than-days', '0.000001'];
      expect(operatorCommand(app, 'archive', olderThan, dataDir)).toEqual({
        chosen: { finished: 1 },
        archived: 0,
        deleted: 0,
      });
      const archiveFile = path.join(tempDir('sc-prod-archive-'), 'matches.jsonl');
      const archiveArgs = [...olderThan, '--archive', archiveFile, '--delete'];
      expect(operatorCommand(app, 'archive', archiveArgs, dataDir)).toEqual({
        chosen: { finished: 1 },
        archived: 1,
        deleted: 1,
      });
      const lines = fs.readFileSync(archiveFile, 'utf8').trim().split('\n');
      expect(lines).toHaveLength(1);
      const archived = JSON.parse(lines[0] ?? '') as {
        matchID: string;
        lifecycle: string;
        state: { ctx: { gameover?: unknown } };
        journal: { seat: string }[];
      };
      expect(archived).toMatchObject({ matchID, lifecycle: 'finished' });
      expect(archived.state.ctx.gameover).toBeDefined();
      expect(new Set(archived.journal.map((entry) => entry.seat))).toEqual(new Set(['0', '1']));
      // Gone from the store once archived; the backup still has it.
      const store = SqliteStore.inDirectory(dataDir);
      await store.ready();
      const left = await store.listMatches();
      await store.close();
      expect(left).toEqual([]);
    },
  );
});
