/**
 * The rulebook's Markdown (rules/RULEBOOK.md, generated) as sections of simple blocks, for the in-app
 * reader: headings, paragraphs, lists, tables and quotes, which is all the rulebook uses. Pure; tested
 * in test/src/rulebook.test.ts.
 */

export type Block =
  | { kind: 'heading'; level: 3 | 4; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; ordered: boolean; items: string[] }
  | { kind: 'table'; rows: string[][] }
  | { kind: 'quote'; text: string };

export interface Section {
  /** "4" for "## §4 Cards and events", "quick-start" for "## Quick start": the link's anchor. */
  id: string;
  title: string;
  blocks: Block[];
  /** All of the section's words, lower case: what the search reads. */
  searchText: string;
}

export function sectionId(title: string): string {
  const numbered = /^§(\d+)\b/.exec(title);
  return (
    numbered?.[1] ??
    title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
  );
}

const listItem = /^(\s*)(?:[-*]|(\d+)\.)\s+(.*)$/;

function blocksOf(lines: readonly string[]): Block[] {
  const blocks: Block[] = [];
  let index = 0;
  while (index < lines.length) {
    const line = lines[index] ?? '';
    if (line.trim() === '') {
      index++;
      continue;
    }
    const heading = /^(#{3,4})\s+(.*)$/.exec(line);
    if (heading) {
      blocks.push({ kind: 'heading', level: heading[1] === '###' ? 3 : 4, text: heading[2] ?? '' });
      index++;
      continue;
    }
    const take = (belongs: (candidate: string) => boolean): string[] => {
      const taken: string[] = [];
      while (index < lines.length && belongs(lines[index] ?? '')) taken.push(lines[index++] ?? '');
      return taken;
    };
    if (line.startsWith('|')) {
      const rows = take((candidate) => candidate.startsWith('|'))
        .filter((row) => !/^\|[\s|:-]+\|$/.test(row))
        .map((row) =>
          row
            .slice(1, row.endsWith('|') ? -1 : undefined)
            .split('|')
            .map((cell) => cell.trim()),
        );
      blocks.push({ kind: 'table', rows });
      continue;
    }
    if (line.startsWith('>')) {
      const text = take((candidate) => candidate.startsWith('>'))
        .map((quoted) => quoted.replace(/^>\s?/, ''))
        .join(' ');
      blocks.push({ kind: 'quote', text });
      continue;
    }
    const first = listItem.exec(line);
    if (first) {
      // Items with their continuation lines (indented), nested items folded into their parent.
      const items: string[] = [];
      const taken = take((candidate) => candidate.trim() !== '' && !/^#{1,4}\s/.test(candidate));
      for (const itemLine of taken) {
        const item = listItem.exec(itemLine);
        if (item && (item[1] ?? '').length === 0) items.push(item[3] ?? '');
        else
          items[items.length - 1] =
            `${items[items.length - 1] ?? ''} ${itemLine.trim().replace(/^[-*]\s+/, '· ')}`;
      }
      blocks.push({ kind: 'list', ordered: first[2] !== undefined, items });
      continue;
    }
    const text = take(
      (candidate) => candidate.trim() !== '' && !candidate.startsWith('|') && !/^#{3,4}\s/.test(candidate),
    ).join(' ');
    blocks.push({ kind: 'paragraph', text });
  }
  return blocks;
}

export function parseRulebook(markdown: string): Section[] {
  const sections: Section[] = [];
  const parts = markdown.split(/^## /m).slice(1);
  for (const part of parts) {
    const [titleLine = '', ...body] = part.split('\n');
    const title = titleLine.trim();
    sections.push({
      id: sectionId(title),
      title,
      blocks: blocksOf(body),
      searchText: `${title}\n${body.join('\n')}`.toLowerCase(),
    });
  }
  return sections;
}
