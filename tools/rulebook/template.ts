import { readdirSync, readFileSync } from 'node:fs';

const templateDir = new URL('./template/', import.meta.url);

/**
 * The rulebook's prose, with placeholders: the files of tools/rulebook/template/ in name order (the quick
 * start, §1–8, §9–18), a blank line between one file and the next.
 */
export function readTemplate(): string {
  return readdirSync(templateDir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => readFileSync(new URL(name, templateDir), 'utf8'))
    .join('\n');
}
