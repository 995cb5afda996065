import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * The JavaScript a browser downloads before the first page draws (issue 12's budget: ≤ 250 KB gzipped):
 * the built index.html's module entry and the chunks it preloads. Chunks loaded on demand (the charts,
 * the replay, the classroom's pages) are not in it.
 */

export interface InitialJs {
  /** The files, as index.html names them. */
  files: string[];
  gzipBytes: number;
}

/** The built files index.html loads at once: `<script type="module" src>` and `<link rel="modulepreload">`. */
export function initialScripts(indexHtml: string): string[] {
  const tags = indexHtml.match(/<(script|link)\b[^>]*>/g) ?? [];
  return tags.flatMap((tag) => {
    const isEntry = tag.startsWith('<script') && /\btype="module"/.test(tag);
    const isPreload = tag.startsWith('<link') && /\brel="modulepreload"/.test(tag);
    const address = /\b(?:src|href)="([^"]+)"/.exec(tag)?.[1];
    return (isEntry || isPreload) && address !== undefined ? [address] : [];
  });
}

/** The initial scripts of the client built in `clientDir`, gzipped as the server sends them (level 9). */
export function measureInitialJs(clientDir: string): InitialJs {
  const files = initialScripts(readFileSync(path.join(clientDir, 'index.html'), 'utf8'));
  const gzipBytes = files.reduce(
    (sum, file) =>
      sum + gzipSync(readFileSync(path.join(clientDir, file.replace(/^\//, ''))), { level: 9 }).length,
    0,
  );
  return { files, gzipBytes };
}
