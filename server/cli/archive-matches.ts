import { appendFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { archiveMatches } from '../lobby/archive.ts';
import { defaultLifecycleTimes } from '../lobby/lifecycle.ts';
import { lifecycleFromEnv, storeOptionsFromEnv } from '../env.ts';
import { openStore } from '../storage/open-store.ts';

/**
 * `npm run -s archive -- --older-than-days N [--archive FILE [--delete]]`: the operator's clean-up of old
 * finished, abandoned and expired matches, on the server's store (DATA_DIR, or DATABASE_URL and
 * DATABASE_SCHEMA). Without --archive it only counts them; --archive appends each whole match as a JSON
 * line to FILE; --delete then removes the archived ones. Nothing else is ever deleted. Compiled to
 * dist/server/archive-matches.js by `npm run build`, so a pruned production install runs it.
 */
const usage =
  'usage: npm run -s archive -- --older-than-days N [--archive FILE [--delete]]\n' +
  '  matches finished, abandoned or expired, with no move for N days: counted, archived, deleted';

function fail(message: string): never {
  process.stderr.write(`archive-matches: ${message}\n${usage}\n`);
  process.exit(2);
}

let values: { 'older-than-days'?: string; archive?: string; delete?: boolean };
try {
  ({ values } = parseArgs({
    options: {
      'older-than-days': { type: 'string' },
      archive: { type: 'string' },
      delete: { type: 'boolean' },
    },
  }));
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
const days = Number(values['older-than-days']);
if (!Number.isFinite(days) || days <= 0) fail('--older-than-days takes a positive number');
const file = values.archive;
if (values.delete === true && file === undefined)
  fail('--delete needs --archive: nothing is deleted unarchived');

const store = await openStore(storeOptionsFromEnv());
try {
  const report = await archiveMatches(store, {
    olderThanMs: days * 86_400_000,
    nowMs: Date.now(),
    times: { ...defaultLifecycleTimes, ...lifecycleFromEnv() },
    ...(file === undefined
      ? {}
      : {
          write: (line: string) => {
            appendFileSync(file, line);
          },
        }),
    remove: values.delete === true,
  });
  process.stdout.write(`${JSON.stringify(report)}\n`);
} finally {
  await store.close();
}
