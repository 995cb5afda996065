import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The house's size rules (docs/STYLE.md): no source file over 400 lines except data, and the server that
 * serves matches kept within its budget of code lines, so a newcomer reads what it is and no more.
 */

const root = fileURLToPath(new URL('..', import.meta.url));
const sourceFolders = ['rules', 'server', 'src', 'tools', 'test'];
const sourceExtensions = ['.ts', '.tsx', '.css', '.js'];
/** Data files, exempt from the 400-line rule (docs/STYLE.md). */
const dataFiles = new Set(['rules/content/cards.ts']);
const maxLinesPerFile = 400;

/** Code lines of the server's match-serving core (docs/STYLE.md, "Size budget of the server"). */
const serverCoreBudgetLines = 5_500;
/** Server folders with a budget of their own: the classroom API, and the game runner the tools share. */
const serverFoldersBudgetedApart = ['server/classroom', 'server/games'];

function sourceFiles(folder: string): string[] {
  return readdirSync(join(root, folder), { withFileTypes: true }).flatMap((entry) => {
    const path = `${folder}/${entry.name}`;
    if (entry.isDirectory()) return sourceFiles(path);
    return sourceExtensions.some((extension) => entry.name.endsWith(extension)) ? [path] : [];
  });
}

/** Lines that are neither blank nor comments (a line opening a block comment counts as comment). */
function codeLines(text: string): number {
  let count = 0;
  let inBlockComment = false;
  for (const rawLine of text.split('\n')) {
    const line = rawLine.trim();
    if (inBlockComment) {
      if (line.includes('*/')) inBlockComment = false;
      continue;
    }
    if (line === '' || line.startsWith('//')) continue;
    if (line.startsWith('/*')) {
      inBlockComment = !line.includes('*/');
      continue;
    }
    count++;
  }
  return count;
}

/** Lines as `wc -l` counts them: a file's last line ends in a newline and opens no further line. */
const lineCount = (path: string): number => readFileSync(join(root, path), 'utf8').split('\n').length - 1;

describe('file sizes (docs/STYLE.md)', () => {
  it('counts code lines without blanks and comments', () => {
    expect(
      codeLines('/**\n * why\n */\nconst a = 1;\n\n// note\nconst b = 2; // trailing\n/* one */\n'),
    ).toBe(2);
  });

  it(`keeps every source file at ${maxLinesPerFile} lines or fewer, except data`, () => {
    const tooLong = sourceFolders
      .flatMap(sourceFiles)
      .filter((path) => !dataFiles.has(path))
      .map((path) => ({ path, lines: lineCount(path) }))
      .filter(({ lines }) => lines > maxLinesPerFile);
    expect(tooLong).toEqual([]);
  });

  it(`keeps the server's match-serving core within ${serverCoreBudgetLines} code lines`, () => {
    const core = sourceFiles('server').filter(
      (path) => !serverFoldersBudgetedApart.some((folder) => path.startsWith(`${folder}/`)),
    );
    expect(core.length).toBeGreaterThan(50);
    const total = core.reduce((sum, path) => sum + codeLines(readFileSync(join(root, path), 'utf8')), 0);
    expect(total).toBeLessThanOrEqual(serverCoreBudgetLines);
  });
});
