import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** The manuals link only to what is in the repository, and every link and anchor resolves. */

const root = path.resolve(import.meta.dirname, '..');
const markdownFiles = execFileSync('git', ['ls-files', '*.md'], { cwd: root, encoding: 'utf8' })
  .split('\n')
  .filter((file) => file.length > 0 && existsSync(path.join(root, file)));

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
const anchorOf = (heading: string): string =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{Letter}\p{Number} _-]/gu, '')
    .replace(/ /g, '-');

function anchorsIn(file: string): Set<string> {
  const text = readFileSync(file, 'utf8');
  return new Set([...text.matchAll(/^#{1,6} (.+)$/gm)].map(([, heading = '']) => anchorOf(heading)));
}

/** Every inline link's target in a Markdown file, outside code blocks. */
function linksIn(file: string): string[] {
  const text = readFileSync(path.join(root, file), 'utf8').replace(/^```[\s\S]*?^```/gm, '');
  return [...text.matchAll(/\]\(([^)\s]+)\)/g)].map(([, target = '']) => target);
}

describe('links in the Markdown files', () => {
  it.each(markdownFiles)('%s: every relative link and anchor resolves inside the repository', (file) => {
    const broken: string[] = [];
    for (const target of linksIn(file)) {
      if (/^(https?:|mailto:)/.test(target)) continue;
      const [pathPart = '', anchor] = target.split('#');
      const resolved =
        pathPart === '' ? path.join(root, file) : path.resolve(root, path.dirname(file), pathPart);
      if (!resolved.startsWith(`${root}${path.sep}`) && resolved !== root) broken.push(`${target} (outside)`);
      else if (!existsSync(resolved)) broken.push(`${target} (missing)`);
      else if (anchor !== undefined && statSync(resolved).isFile() && !anchorsIn(resolved).has(anchor))
        broken.push(`${target} (no such heading)`);
    }
    expect(broken).toEqual([]);
  });

  it('names no path outside the repository', () => {
    const outside = markdownFiles.filter((file) =>
      readFileSync(path.join(root, file), 'utf8').includes('/work/'),
    );
    expect(outside).toEqual([]);
  });
});
