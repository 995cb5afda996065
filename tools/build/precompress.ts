import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/**
 * Gzip and brotli copies of the built client's text files (`index.html.gz`, `index.html.br`, …), made
 * once at build time at the highest levels, so that the static handler (server/http/static-files.ts)
 * sends the smaller file to a browser that accepts it without compressing anything per request.
 */

const compressible = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.svg',
  '.json',
  '.map',
  '.txt',
  '.md',
  '.xml',
]);

/** Smaller files gain nothing worth a second lookup. */
const minimumBytes = 1024;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

export interface PrecompressTally {
  files: number;
  bytes: number;
  gzipBytes: number;
  brotliBytes: number;
}

/** Writes `<file>.gz` and `<file>.br` beside each compressible file under `dir` when they are smaller. */
export function precompress(dir: string): PrecompressTally {
  const tally: PrecompressTally = { files: 0, bytes: 0, gzipBytes: 0, brotliBytes: 0 };
  for (const file of filesUnder(dir)) {
    if (!compressible.has(path.extname(file))) continue;
    const body = readFileSync(file);
    if (body.length < minimumBytes) continue;
    const gzip = gzipSync(body, { level: 9 });
    const brotli = brotliCompressSync(body, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    });
    tally.files++;
    tally.bytes += body.length;
    if (gzip.length < body.length) {
      writeFileSync(`${file}.gz`, gzip);
      tally.gzipBytes += gzip.length;
    }
    if (brotli.length < body.length) {
      writeFileSync(`${file}.br`, brotli);
      tally.brotliBytes += brotli.length;
    }
  }
  return tally;
}
