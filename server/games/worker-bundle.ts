import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { compiledEntry } from '../compiled-entry.ts';

/**
 * Worker entry points as one plain-JavaScript file each. A worker under tsx's loader transforms and
 * resolves every module at start and runs about a third slower than the same code bundled, so the game
 * pools (worker.ts) and the bench (tools/sim/bench-worker.ts) bundle their entry with esbuild once per
 * process (a fraction of a second) and cache the output in the temp directory under its content hash: the
 * file always holds exactly the code of this checkout, and two checkouts or two concurrent runs never
 * overwrite each other's bundle.
 */

/** The game pools' worker (worker.ts). */
export const gameWorkerEntry = new URL('./worker.ts', import.meta.url);

/** The tsx-loader bootstrap of worker.ts, used when esbuild cannot bundle (the code run is the same). */
export const tsxWorkerUrl = new URL('./worker-bootstrap.js', import.meta.url);

/** ESM output with CommonJS dependencies inside needs a `require` for their built-in imports. */
const banner =
  "import { createRequire as __createRequire } from 'node:module';\n" +
  'const require = __createRequire(import.meta.url);';

async function buildBundle(entry: URL): Promise<URL> {
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    entryPoints: [fileURLToPath(entry)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    write: false,
    logLevel: 'silent',
    banner: { js: banner },
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error('esbuild produced no bundle');
  const hash = createHash('sha256').update(output.contents).digest('hex').slice(0, 20);
  const dir = join(tmpdir(), 'silicon-curtain-sim');
  const file = join(dir, `${basename(fileURLToPath(entry), '.ts')}-${hash}.mjs`);
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true });
    // Write then rename: a concurrent run never loads a half-written file.
    const partial = `${file}.${process.pid}.partial`;
    writeFileSync(partial, output.contents);
    renameSync(partial, file);
  }
  return pathToFileURL(file);
}

/** Keyed by the entry's href: one bundle per entry file and process. */
const bundles = new Map<string, Promise<URL | null>>();

/** The bundled entry's URL, or null (with a note on stderr) when esbuild cannot bundle it. */
export function bundledWorkerUrl(entry: URL): Promise<URL | null> {
  let bundle = bundles.get(entry.href);
  if (!bundle) {
    bundle = buildBundle(entry).catch((error: unknown) => {
      const reason = error instanceof Error ? error.message : String(error);
      process.stderr.write(
        `sim: bundling ${basename(fileURLToPath(entry))} failed (${reason}); running it under tsx\n`,
      );
      return null;
    });
    bundles.set(entry.href, bundle);
  }
  return bundle;
}

/**
 * The URL the pool starts its workers from: the production build's (dist/server/game-worker.js, no
 * esbuild at run time), else this checkout's bundle, or the tsx bootstrap if bundling fails.
 */
export async function workerUrl(): Promise<URL> {
  return (
    compiledEntry('game-worker.js', import.meta.url) ??
    (await bundledWorkerUrl(gameWorkerEntry)) ??
    tsxWorkerUrl
  );
}
