import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * The simulation worker as one plain-JavaScript file. A worker under tsx's loader transforms and resolves
 * every module at start and runs about a third slower than the same code bundled, so the pool bundles
 * worker.ts with esbuild once per process (a fraction of a second) and caches the output in the temp
 * directory under its content hash: the file always holds exactly the code of this checkout, and two
 * checkouts or two concurrent runs never overwrite each other's bundle.
 */

const workerEntry = fileURLToPath(new URL('./worker.ts', import.meta.url));

/** The tsx-loader bootstrap, used when esbuild cannot bundle (the code run is the same either way). */
export const tsxWorkerUrl = new URL('./worker-bootstrap.js', import.meta.url);

/** ESM output with CommonJS dependencies inside needs a `require` for their built-in imports. */
const banner =
  "import { createRequire as __createRequire } from 'node:module';\n" +
  'const require = __createRequire(import.meta.url);';

async function buildBundle(): Promise<URL> {
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    entryPoints: [workerEntry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    write: false,
    logLevel: 'silent',
    banner: { js: banner },
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error('esbuild produced no worker bundle');
  const hash = createHash('sha256').update(output.contents).digest('hex').slice(0, 20);
  const dir = join(tmpdir(), 'silicon-curtain-sim');
  const file = join(dir, `worker-${hash}.mjs`);
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true });
    // Write then rename: a concurrent run never loads a half-written file.
    const partial = `${file}.${process.pid}.partial`;
    writeFileSync(partial, output.contents);
    renameSync(partial, file);
  }
  return pathToFileURL(file);
}

let bundled: Promise<URL> | undefined;

/** The URL the pool starts its workers from: the bundle, or the tsx bootstrap if bundling fails. */
export function workerUrl(): Promise<URL> {
  bundled ??= buildBundle().catch((error: unknown) => {
    const reason = error instanceof Error ? error.message : String(error);
    process.stderr.write(`sim: bundling the worker failed (${reason}); running it under tsx\n`);
    return tsxWorkerUrl;
  });
  return bundled;
}
