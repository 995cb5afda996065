import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { rulesBundleHash } from '../../server/rules-version/bundle-hash.ts';

/**
 * The server as plain JavaScript for `npm run build`: the entry point, each worker thread's entry and
 * the operator's commands (backup, archive), one ESM file each under dist/server/, with every npm package left to node_modules
 * (a production install loads them as usual) and nothing of tsx. The workers' file names are the ones the server looks
 * for beside its own module (server/compiled-entry.ts); in a source checkout they do not exist and the
 * workers start from TypeScript as before.
 */

const repoRoot = new URL('../../', import.meta.url);

/** dist/server/<name>.js ← the TypeScript entry. */
export const serverEntries = {
  main: 'server/main.ts',
  'sqlite-writer': 'server/storage/sqlite-writer-thread.ts',
  'game-worker': 'server/games/worker.ts',
  // The operator's SQLite backup (`npm run -s backup -- DEST`), which a pruned install must run too.
  backup: 'server/cli/backup.ts',
  // The operator's archive of old matches (`npm run -s archive -- --older-than-days N …`), likewise.
  'archive-matches': 'server/cli/archive-matches.ts',
} as const;

export const serverOutDir = fileURLToPath(new URL('dist/server/', repoRoot));

/**
 * boardgame.io's subpaths (`boardgame.io/core`, `/internal`) are folders with a package.json of their
 * own and no exports map: tsx and Vite resolve them, Node's ESM loader refuses a folder. The compiled
 * server imports the CommonJS file those package.json files name instead, still from node_modules.
 */
const boardgameSubpaths: esbuild.Plugin = {
  name: 'boardgame.io-subpaths',
  setup(build) {
    build.onResolve({ filter: /^boardgame\.io\/(core|internal)$/ }, ({ path }) => ({
      path: `boardgame.io/dist/cjs/${path.slice('boardgame.io/'.length)}.js`,
      external: true,
    }));
  },
};

/** Builds dist/server/ afresh; the rules' bundle hash is fixed into it (server/rules-version/bundle-hash.ts). */
export async function buildServerBundles(): Promise<string[]> {
  rmSync(serverOutDir, { recursive: true, force: true });
  const result = await esbuild.build({
    absWorkingDir: fileURLToPath(repoRoot),
    entryPoints: Object.entries(serverEntries).map(([out, entry]) => ({ out, in: entry })),
    outdir: serverOutDir,
    bundle: true,
    packages: 'external',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: 'linked',
    metafile: true,
    logLevel: 'warning',
    plugins: [boardgameSubpaths],
    define: { BUILT_RULES_BUNDLE_HASH: JSON.stringify(rulesBundleHash()) },
  });
  return Object.keys(result.metafile.outputs).filter((file) => file.endsWith('.js'));
}
