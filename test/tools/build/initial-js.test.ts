import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { initialScripts, measureInitialJs } from '../../../tools/build/initial-js.ts';

/** The build's report of the JavaScript a first page load downloads (issue 12: ≤ 250 KB gzipped). */

const builtIndex = `<!doctype html>
<html lang="en">
  <head>
    <link rel="icon" type="image/svg+xml" href="/assets/icon-1.svg" />
    <script type="module" crossorigin src="/assets/index-1.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/react-1.js">
    <link rel="stylesheet" crossorigin href="/assets/index-1.css">
  </head>
  <body><div id="root"></div></body>
</html>`;

describe('the initial JavaScript', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('is the module entry and the chunks index.html preloads, not the icon, the styles or lazy chunks', () => {
    expect(initialScripts(builtIndex)).toEqual(['/assets/index-1.js', '/assets/react-1.js']);
  });

  it('is measured gzipped, file by file, as the server sends it', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'sc-initial-js-'));
    mkdirSync(path.join(dir, 'assets'));
    const entry = 'console.log("entry");'.repeat(200);
    const react = 'export const react = 1;'.repeat(50);
    writeFileSync(path.join(dir, 'index.html'), builtIndex);
    writeFileSync(path.join(dir, 'assets', 'index-1.js'), entry);
    writeFileSync(path.join(dir, 'assets', 'react-1.js'), react);
    writeFileSync(path.join(dir, 'assets', 'charts-1.js'), 'x'.repeat(100_000));
    const expected = gzipSync(entry, { level: 9 }).length + gzipSync(react, { level: 9 }).length;
    expect(measureInitialJs(dir)).toEqual({
      files: ['/assets/index-1.js', '/assets/react-1.js'],
      gzipBytes: expected,
    });
  });
});
