import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashedAssetCaching, revalidateCaching } from '../../server/http/static-files.ts';
import { precompress } from '../../tools/build/precompress.ts';
import type { TestServer } from './helpers/test-server.ts';
import { startTestServer, tempDataDir } from './helpers/test-server.ts';

/** A built client in miniature: index.html, a hashed script with its precompressed copies, a secret beside it. */
const indexHtml =
  '<!doctype html><title>Silicon Curtain</title><script src="/assets/index-AbC123.js"></script>';
const script = `export const side = 'US–China';\n${'console.log("a line of the client");\n'.repeat(200)}`;

let server: TestServer;
let clientDir: string;

beforeAll(async () => {
  const root = tempDataDir();
  clientDir = path.join(root, 'client');
  fs.mkdirSync(path.join(clientDir, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(clientDir, 'index.html'), indexHtml);
  fs.writeFileSync(path.join(clientDir, 'assets', 'index-AbC123.js'), script);
  fs.writeFileSync(path.join(clientDir, '.env'), 'SECRET=1');
  fs.writeFileSync(path.join(root, 'outside.txt'), 'not for the web');
  precompress(clientDir);
  server = await startTestServer({ dataDir: path.join(root, 'data'), clientDir });
});

afterAll(async () => {
  await server.drain();
});

interface RawAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** A request sent as written (fetch would normalise `..` away and decompress the body). */
function raw(pathname: string, headers: Record<string, string> = {}, method = 'GET'): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const request = http.request(`${server.url}/`, { path: pathname, method, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) });
      });
    });
    request.on('error', reject);
    request.end();
  });
}

describe('the built client (server/http/static-files.ts)', () => {
  it('serves index.html at "/" to be revalidated on every load, as UTF-8 text, not sniffed', async () => {
    const page = await raw('/?guide');
    expect(page.status).toBe(200);
    expect(page.body.toString()).toBe(indexHtml);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['cache-control']).toBe(revalidateCaching);
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.headers.etag).toMatch(/^W\/"/);
  });

  it('answers 304 with no body to a browser that holds the current ETag, and 200 to a stale one', async () => {
    const etag = String((await raw('/')).headers.etag);
    const unchanged = await raw('/', { 'if-none-match': etag });
    expect(unchanged.status).toBe(304);
    expect(unchanged.body.length).toBe(0);
    expect(unchanged.headers['cache-control']).toBe(revalidateCaching);
    const stale = await raw('/', { 'if-none-match': 'W/"1-1"' });
    expect(stale.status).toBe(200);
  });

  it("caches Vite's hashed assets for a year as immutable", async () => {
    const asset = await raw('/assets/index-AbC123.js');
    expect(asset.status).toBe(200);
    expect(asset.headers['cache-control']).toBe(hashedAssetCaching);
    expect(asset.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(asset.body.toString()).toBe(script);
  });

  it.each([
    ['br, gzip', 'br', brotliDecompressSync],
    ['gzip', 'gzip', gunzipSync],
  ])(
    'sends the copy compressed at build time to a browser accepting %s',
    async (accepted, encoding, decode) => {
      const asset = await raw('/assets/index-AbC123.js', { 'accept-encoding': accepted });
      expect(asset.headers['content-encoding']).toBe(encoding);
      expect(asset.headers.vary).toBe('Accept-Encoding');
      expect(asset.headers['content-type']).toBe('text/javascript; charset=utf-8');
      expect(asset.body.length).toBeLessThan(Buffer.byteLength(script));
      expect(decode(asset.body).toString()).toBe(script);
    },
  );

  it('answers HEAD with the headers alone', async () => {
    const head = await raw('/', {}, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.headers['content-length']).toBe(String(Buffer.byteLength(indexHtml)));
    expect(head.body.length).toBe(0);
  });

  it.each([
    '/../outside.txt',
    '/..%2foutside.txt',
    '/%2e%2e/outside.txt',
    '/assets/../../outside.txt',
    '/.env',
    '/no-such-page',
  ])('refuses %s with the JSON 404, no file and without the caching of a file', async (pathname) => {
    const answer = await raw(pathname);
    expect(answer.status).toBe(404);
    expect(answer.headers['content-type']).toContain('application/json');
    expect([hashedAssetCaching, revalidateCaching]).not.toContain(answer.headers['cache-control']);
    expect(answer.body.toString()).not.toContain('not for the web');
    expect(answer.body.toString()).not.toContain('SECRET');
  });
});
