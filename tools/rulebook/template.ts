import { readFileSync } from 'node:fs';

/** The rulebook's prose, with placeholders (tools/rulebook/template.md). */
export function readTemplate(): string {
  return readFileSync(new URL('./template.md', import.meta.url), 'utf8');
}
