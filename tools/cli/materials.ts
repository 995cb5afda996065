import { readFileSync, writeFileSync } from 'node:fs';
import { generateClassroomGuide } from '../classroom-materials/generate.ts';

/**
 * `npm run materials` writes the facilitator guide (docs/CLASSROOM.md) from the game's data and
 * docs/BALANCE.md; `npm run materials -- --check` exits 1 when the file on disk differs from a fresh
 * generation.
 */

const target = new URL('../../docs/CLASSROOM.md', import.meta.url);

function readCurrent(): string | undefined {
  try {
    return readFileSync(target, 'utf8');
  } catch {
    return undefined;
  }
}

const guide = generateClassroomGuide();
if (process.argv.includes('--check')) {
  if (readCurrent() !== guide) {
    console.error('docs/CLASSROOM.md is stale: run `npm run materials` to regenerate it.');
    process.exit(1);
  }
  console.log('docs/CLASSROOM.md is up to date.');
} else {
  writeFileSync(target, guide);
  console.log(`Wrote docs/CLASSROOM.md (${guide.split('\n').length} lines).`);
}
