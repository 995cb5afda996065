import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRulebook, sectionId } from '../../src/rulebook/parse-rulebook.ts';

/** The in-app rulebook reads the generated rulebook itself (rules/RULEBOOK.md). */
const markdown = readFileSync(path.resolve(import.meta.dirname, '../../rules/RULEBOOK.md'), 'utf8');

describe('the rulebook in the app', () => {
  const sections = parseRulebook(markdown);

  it('has the quick start and every numbered section, each anchored by its number', () => {
    expect(sections[0]?.id).toBe('quick-start');
    const numbered = sections
      .filter((section) => /^\d+$/.test(section.id))
      .map((section) => Number(section.id));
    expect(numbered).toEqual(Array.from({ length: numbered.length }, (_, index) => index + 1));
    expect(numbered.length).toBeGreaterThanOrEqual(18);
    expect(sectionId('§14 Scoring and victory')).toBe('14');
  });

  it('reads lists, tables and paragraphs, with no Markdown table rule left in a row', () => {
    const overview = sections.find((section) => section.id === '1');
    const table = overview?.blocks.find((block) => block.kind === 'table');
    expect(table?.kind === 'table' ? table.rows[0] : []).toContain('The essay says');
    const all = JSON.stringify(sections.map((section) => section.blocks));
    expect(all).not.toMatch(/\|\s*-{3,}/);
    const quickStart = sections[0];
    expect(quickStart?.blocks.some((block) => block.kind === 'list' && block.ordered)).toBe(true);
  });

  it('finds shelving where the rules explain it', () => {
    const found = sections.filter((section) => section.searchText.includes('shelve'));
    expect(found.map((section) => section.id)).toContain('4');
  });
});
