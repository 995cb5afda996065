/**
 * Whether dist/ holds the build of the sources beside it. The build (tools/cli/build.ts) writes the
 * hash of its inputs into dist/build-stamp last, so a failed build leaves none; `npm start`
 * (ensure-built.js) builds again when the stamp is missing or the inputs hash differently now. By
 * content, not modification time: a checkout, a copy or `npm prune` (which rewrites package-lock.json
 * unchanged) touches times without changing what the build would make.
 *
 * Plain JavaScript on purpose: it runs in a production install too, where tsx is gone.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Everything the build reads from this repository: the client, the server, the rules, the build itself. */
export const buildInputs = [
  'rules',
  'server',
  'src',
  'tools/build',
  'tools/cli/build.ts',
  'vite.config.ts',
  'package.json',
  'package-lock.json',
];

export const buildStampFile = path.join(root, 'dist', 'build-stamp');

function filesUnder(relative) {
  const absolute = path.join(root, relative);
  if (!existsSync(absolute)) return [];
  if (!statSync(absolute).isDirectory()) return [relative];
  return readdirSync(absolute, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)));
}

/** SHA-256 of every input file's path and bytes, in sorted path order. */
export function buildInputsHash() {
  const hash = createHash('sha256');
  for (const file of buildInputs.flatMap(filesUnder).sort()) {
    const bytes = readFileSync(path.join(root, file));
    hash.update(`${file}\0${bytes.length}\0`);
    hash.update(bytes);
  }
  return hash.digest('hex');
}

/** Records that dist/ is the build of the inputs that hashed to `inputsHash` (taken before building). */
export function writeBuildStamp(inputsHash) {
  writeFileSync(buildStampFile, `${inputsHash}\n`);
}

/** Why dist/ needs building (a sentence), or undefined when it is the build of these sources. */
export function staleReason() {
  if (!existsSync(buildStampFile)) return 'no build yet (dist/build-stamp is missing)';
  if (readFileSync(buildStampFile, 'utf8').trim() !== buildInputsHash())
    return 'the sources changed since the last build';
  return undefined;
}
