import { appendFileSync, cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { RULES_VERSION } from '../../../rules/index.ts';
import { rulesBundleHash, rulesDir, runningRules } from '../../../server/rules-version/bundle-hash.ts';

const copies: string[] = [];

/** A copy of this checkout's rules/ to edit. */
function copyOfRules(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'rules-copy-'));
  copies.push(dir);
  cpSync(rulesDir, dir, { recursive: true });
  return dir;
}

afterAll(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

describe('rules bundle hash', () => {
  it('is the hash of the files this process runs, with the human version beside it', () => {
    expect(runningRules()).toEqual({ rulesVersion: RULES_VERSION, rulesBundleHash: rulesBundleHash() });
    expect(rulesBundleHash()).toMatch(/^[0-9a-f]{64}$/);
    // Where the files sit does not count, only their paths inside rules/ and their bytes.
    expect(rulesBundleHash(copyOfRules())).toBe(rulesBundleHash());
  });

  it('changes with any edit of code or data, a new file or a removed one', () => {
    const base = rulesBundleHash();
    const code = copyOfRules();
    appendFileSync(path.join(code, 'moves.ts'), '\n');
    expect(rulesBundleHash(code)).not.toBe(base);
    const data = copyOfRules();
    appendFileSync(path.join(data, 'content', 'cards.ts'), '// a card changed\n');
    expect(rulesBundleHash(data)).not.toBe(base);
    const added = copyOfRules();
    writeFileSync(path.join(added, 'content', 'extra.ts'), 'export const x = 1;\n');
    expect(rulesBundleHash(added)).not.toBe(base);
    const removed = copyOfRules();
    rmSync(path.join(removed, 'eras.ts'));
    expect(rulesBundleHash(removed)).not.toBe(base);
  });

  it('leaves out the generated rulebook', () => {
    const copy = copyOfRules();
    appendFileSync(path.join(copy, 'RULEBOOK.md'), '\nregenerated\n');
    expect(rulesBundleHash(copy)).toBe(rulesBundleHash());
  });
});
