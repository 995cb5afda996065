import { existsSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import sirv from 'sirv';

/**
 * The built client (dist/client/) through sirv: the files are listed once when the server starts and
 * streamed from disk, each with a weak ETag (an unchanged file answers 304), and a browser that accepts
 * brotli or gzip gets the copy compressed at build time (tools/build/precompress.ts). Vite names every
 * file under assets/ by its content hash, so those are cached for a year and never asked again; the
 * rest (index.html first of all) is revalidated on each load, so a new build reaches players at once.
 * Only files under the folder are served: a request is looked up in that list, never joined onto a path.
 */

/** Vite's content-hashed output (build.assetsDir). */
const hashedAssets = '/assets/';
export const hashedAssetCaching = 'public, max-age=31536000, immutable';
export const revalidateCaching = 'no-cache';

/** Text types say their charset (the client's text is not ASCII); sirv's own table decides the rest. */
const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/** The headers set before sirv answers, taken back when it has no such file. */
const ownHeaders = ['cache-control', 'content-type', 'x-content-type-options'] as const;

/** Answers a GET or HEAD from the built client; false (nothing sent) when there is no such file. */
export type StaticFiles = (request: IncomingMessage, response: ServerResponse) => boolean;

/** The built client in `root`, as it is when the server starts ("/" is index.html). */
export function staticFiles(root: string): StaticFiles {
  // A server started without a build (tests, `tsx server/main.ts`) serves the API alone.
  if (!existsSync(root)) return () => false;
  const handler = sirv(root, { etag: true, gzip: true, brotli: true });
  return (request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
    response.setHeader(
      'cache-control',
      pathname.startsWith(hashedAssets) ? hashedAssetCaching : revalidateCaching,
    );
    const type = types[pathname === '/' ? '.html' : path.extname(pathname)];
    if (type !== undefined) response.setHeader('content-type', type);
    response.setHeader('x-content-type-options', 'nosniff');
    // sirv looks the file up synchronously: it has either started the answer or called `next` on return.
    let found = true;
    handler(request, response, () => {
      found = false;
    });
    if (!found) for (const header of ownHeaders) response.removeHeader(header);
    return found;
  };
}
