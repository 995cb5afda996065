import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { storeOptionsFromEnv } from '../env.ts';

/**
 * `npm run -s backup -- DEST`: a consistent copy of the SQLite store (DATA_DIR/matches.sqlite: the
 * matches and the classroom's sessions) made through SQLite's online backup API, safe while the server
 * writes; a plain `cp` of a WAL database may copy a torn file. Compiled to dist/server/backup.js by
 * `npm run build`, so a pruned production install runs it. Prints one JSON line; checks the copy before
 * it says so. PostgreSQL is backed up with pg_dump instead (docs/DEPLOY.md).
 */
const usage = 'usage: npm run -s backup -- DEST   (DEST: a new file; DATA_DIR as the server has it)';

function fail(message: string): never {
  process.stderr.write(`backup: ${message}\n${usage}\n`);
  process.exit(2);
}

let destination: string | undefined;
try {
  [destination] = parseArgs({ allowPositionals: true }).positionals;
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
if (destination === undefined) fail('no DEST given');
const { dataDir, databaseUrl } = storeOptionsFromEnv();
if (databaseUrl !== undefined)
  fail('DATABASE_URL is set: the matches are in PostgreSQL, back them up with pg_dump');
const source = path.join(dataDir, 'matches.sqlite');
if (!existsSync(source)) fail(`no store at ${source} (is DATA_DIR the server's?)`);
// The backup API overwrites its destination: a mistyped DEST must never be the live store or another backup.
if (existsSync(destination)) fail(`${destination} exists: nothing was overwritten`);

const live = new Database(source, { fileMustExist: true });
try {
  // All remaining pages in one step: a write by the server between two steps would restart the copy.
  await live.backup(destination, { progress: () => Number.MAX_SAFE_INTEGER });
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
} finally {
  live.close();
}
const copy = new Database(destination, { readonly: true });
try {
  const check = String(copy.pragma('quick_check', { simple: true }));
  const { matches } = copy.prepare('SELECT count(*) AS matches FROM matches').get() as { matches: number };
  if (check !== 'ok') fail(`the copy at ${destination} fails SQLite's quick_check: ${check}`);
  const report = { backup: path.resolve(destination), source, matches, bytes: statSync(destination).size };
  process.stdout.write(`${JSON.stringify(report)}\n`);
} finally {
  copy.close();
}
