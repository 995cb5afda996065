import { fileURLToPath } from 'node:url';
import { buildInputsHash, writeBuildStamp } from '../build/build-stamp.js';
import { measureInitialJs } from '../build/initial-js.ts';
import { precompress } from '../build/precompress.ts';
import { buildServerBundles } from '../build/server-bundles.ts';

/**
 * `npm run build`: the production build in one command. The client (Vite, into dist/client/), its gzip
 * and brotli copies, the server and its worker threads (esbuild, into dist/server/), and last the stamp
 * `npm start` compares with the sources (tools/build/build-stamp.js).
 */

// The client as players get it: Vite builds React's development runtime unless told otherwise, and a
// caller's NODE_ENV (a test runner's "test") must not change what ships.
process.env.NODE_ENV = 'production';
const { build: viteBuild } = await import('vite');

const root = new URL('../../', import.meta.url);
const startedMs = performance.now();
// Hashed before building: a source edited while the build runs makes the next start build again.
const inputsHash = buildInputsHash();
await viteBuild({
  root: fileURLToPath(new URL('src/', root)),
  configFile: fileURLToPath(new URL('vite.config.ts', root)),
  logLevel: 'warn',
});
const clientDir = fileURLToPath(new URL('dist/client/', root));
const tally = precompress(clientDir);
const initial = measureInitialJs(clientDir);
const bundles = await buildServerBundles();
writeBuildStamp(inputsHash);
const kb = (bytes: number): string => `${Math.round(bytes / 1024)} KB`;
console.log(
  `built dist/client (${tally.files} files precompressed: ${kb(tally.bytes)} → gzip ${kb(tally.gzipBytes)}, ` +
    `brotli ${kb(tally.brotliBytes)}) and ${bundles.join(', ')} in ${Math.round(performance.now() - startedMs)} ms`,
);
console.log(`initial JS: ${kb(initial.gzipBytes)} gzipped in ${initial.files.length} files (budget 250 KB)`);
