import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { seedRng } from '../../rules/rng.ts';
import { playServerSide } from './helpers/server-moves.ts';
import type { TestServer } from './helpers/test-server.ts';
import { seatedMatch, startTestServer, tempDataDir } from './helpers/test-server.ts';

/** The operator's SQLite backup (`npm run -s backup -- DEST`), run from source on a live server's store. */

const run = promisify(execFile);
const servers: TestServer[] = [];

afterEach(async () => {
  for (const server of servers.splice(0)) await server.drain();
});

/** The command as `npm run backup` runs it, from source; resolves to its exit code and output. */
async function backup(
  dataDir: string,
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      ['--import', 'tsx', 'server/cli/backup.ts', ...args],
      {
        env: { ...process.env, DATA_DIR: dataDir, ...env },
      },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

/** A match's state id and journal length in a SQLite file (equal in any consistent copy). */
function stateAndJournal(file: string, matchID: string): { stateID: number; journalRows: number } {
  const db = new Database(file, { readonly: true });
  try {
    const { state_id: stateID } = db
      .prepare('SELECT state_id FROM matches WHERE match_id = ?')
      .get(matchID) as {
      state_id: number;
    };
    const { rows } = db
      .prepare('SELECT count(*) AS rows FROM match_moves WHERE match_id = ?')
      .get(matchID) as {
      rows: number;
    };
    return { stateID, journalRows: rows };
  } finally {
    db.close();
  }
}

describe('npm run backup (server/cli/backup.ts)', () => {
  it('copies the store of a running server while it commits moves: a consistent, checked copy', async () => {
    const server = await startTestServer();
    servers.push(server);
    const settled = await seatedMatch(server);
    await playServerSide(server, settled, seedRng('backup-settled'), 30);
    const busy = await seatedMatch(server);
    const destination = path.join(tempDataDir(), 'copy.sqlite');

    // The server commits moves of another match the whole time the command runs.
    let backupDone = false;
    const writing = (async () => {
      let moves = 0;
      const rng = seedRng('backup-busy');
      while (!backupDone && (await playServerSide(server, busy, rng, 1)) === 1) moves++;
      return moves;
    })();
    const result = await backup(server.dataDir, [destination]);
    backupDone = true;
    expect(await writing).toBeGreaterThan(0);

    expect(result).toMatchObject({ code: 0, stderr: '' });
    const report = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(report).toMatchObject({ backup: destination, source: server.dbFile, matches: 2 });
    expect(stateAndJournal(destination, settled.matchID)).toEqual(
      stateAndJournal(server.dbFile, settled.matchID),
    );
    const copied = stateAndJournal(destination, busy.matchID);
    expect(copied.journalRows).toBe(copied.stateID);
  });

  it('never overwrites a file, and sends a PostgreSQL store to pg_dump', async () => {
    const server = await startTestServer();
    servers.push(server);
    await seatedMatch(server);
    const existing = path.join(tempDataDir(), 'existing.sqlite');
    fs.writeFileSync(existing, 'an earlier backup');
    const refused = await backup(server.dataDir, [existing]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('exists: nothing was overwritten');
    expect(fs.readFileSync(existing, 'utf8')).toBe('an earlier backup');

    const live = await backup(server.dataDir, [server.dbFile]);
    expect(live.code).toBe(2);
    const postgres = await backup(server.dataDir, [path.join(tempDataDir(), 'x.sqlite')], {
      DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none',
    });
    expect(postgres).toMatchObject({ code: 2, stdout: '' });
    expect(postgres.stderr).toContain('pg_dump');
  });
});
