import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { RULES_VERSION } from '../../rules/index.ts';

/** The rules' folder of this checkout: the files the running process imported its rules from. */
export const rulesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../rules');

/** Generated from the rules (npm run rulebook), so not part of what they are. */
const notBundled = new Set(['RULEBOOK.md']);

function bundledFiles(dir: string, prefix = ''): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const relative = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
    if (entry.isDirectory()) files.push(...bundledFiles(path.join(dir, entry.name), relative));
    else if (entry.isFile() && !notBundled.has(relative)) files.push(relative);
  }
  return files;
}

/**
 * SHA-256 of every file under `dir` (code and data; not the generated rulebook), each as its relative
 * path and its bytes, in sorted path order: any edit, new or removed file changes it. Computed from the
 * files when asked, never recorded, so it cannot go stale: it is the hash of the files this process runs.
 */
export function rulesBundleHash(dir: string = rulesDir): string {
  const hash = createHash('sha256');
  for (const file of bundledFiles(dir).sort()) {
    const bytes = readFileSync(path.join(dir, file));
    hash.update(`${file}\0${bytes.length}\0`);
    hash.update(bytes);
  }
  return hash.digest('hex');
}

export interface RulesStamp {
  rulesVersion: string;
  rulesBundleHash: string;
}

/**
 * Fixed by the production build (tools/build/server-bundles.ts) to the hash of the rules it compiled in:
 * a compiled server runs those, not whatever rules/ holds now. Undefined when running from source.
 */
declare const BUILT_RULES_BUNDLE_HASH: string | undefined;
const builtRulesBundleHash =
  typeof BUILT_RULES_BUNDLE_HASH === 'string' ? BUILT_RULES_BUNDLE_HASH : undefined;

let running: RulesStamp | undefined;

/** The running rules' version and bundle hash (the files are hashed once per process, or at build). */
export function runningRules(): RulesStamp {
  running ??= { rulesVersion: RULES_VERSION, rulesBundleHash: builtRulesBundleHash ?? rulesBundleHash() };
  return running;
}
