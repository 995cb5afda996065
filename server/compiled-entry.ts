import { existsSync } from 'node:fs';

/**
 * A worker thread's compiled entry (`npm run build` writes dist/server/sqlite-writer.js and
 * dist/server/game-worker.js beside dist/server/main.js), found beside the running module: in the
 * compiled server every module's `import.meta.url` is main.js's, so the file is there; in a source
 * checkout (tsx, Vitest, the tools) it is not, and the caller starts the TypeScript entry instead.
 */
export function compiledEntry(fileName: string, moduleUrl: string): URL | undefined {
  const url = new URL(`./${fileName}`, moduleUrl);
  return existsSync(url) ? url : undefined;
}
