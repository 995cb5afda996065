import { readFileSync, writeFileSync } from 'node:fs';
import { generateRulebook } from '../rulebook/generate.ts';

/**
 * `npm run rulebook` writes rules/RULEBOOK.md from the engine's data; `npm run rulebook -- --check`
 * exits 1 when the file on disk differs from what the engine would generate.
 */

const target = new URL('../../rules/RULEBOOK.md', import.meta.url);

function readCurrent(): string | undefined {
  try {
    return readFileSync(target, 'utf8');
  } catch {
    return undefined;
  }
}

const rulebook = generateRulebook();
if (process.argv.includes('--check')) {
  if (readCurrent() !== rulebook) {
    console.error('rules/RULEBOOK.md is stale: run `npm run rulebook` to regenerate it.');
    process.exit(1);
  }
  console.log('rules/RULEBOOK.md is up to date.');
} else {
  writeFileSync(target, rulebook);
  console.log(`Wrote rules/RULEBOOK.md (${rulebook.split('\n').length} lines).`);
}
