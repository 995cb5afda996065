import type { Node } from '../../rules/index.ts';
import { cardById, defaultParameters, getParameter, nodes } from '../../rules/index.ts';
import { nodeLabel } from './labels.ts';
import { billions, formatNumber, percent, times } from './markdown.ts';

/**
 * Fills a template's placeholders: `{{param:path}}` (a default parameter), `{{pct:path}}`, `{{x:path}}`,
 * `{{bn:path}}` (the same as a percentage, a multiplier or $Bn), `{{node:n7}}`, `{{card:id}}` (a title),
 * `{{value:name}}` and `{{table:name}}` (from the given registries), `{{cards:era1}}`. An unknown
 * placeholder throws: the rulebook never prints a stale name.
 */

export interface Registries {
  values: Readonly<Record<string, string>>;
  blocks: Readonly<Record<string, () => string>>;
  cards: (era: string) => string;
}

const placeholder = /\{\{(\w+):([\w.-]+)\}\}/g;

function param(path: string): number {
  const value = getParameter(defaultParameters, path);
  if (value === undefined) throw new Error(`unknown parameter in the rulebook template: ${path}`);
  return value;
}

function lookup<T>(registry: Readonly<Record<string, T>>, name: string, kind: string): T {
  if (!Object.hasOwn(registry, name)) throw new Error(`unknown ${kind} in the rulebook template: ${name}`);
  const found = registry[name];
  if (found === undefined) throw new Error(`unknown ${kind} in the rulebook template: ${name}`);
  return found;
}

function resolve(kind: string, arg: string, registries: Registries): string {
  switch (kind) {
    case 'param':
      return formatNumber(param(arg));
    case 'pct':
      return percent(param(arg));
    case 'x':
      return times(param(arg));
    case 'bn':
      return billions(param(arg));
    case 'node': {
      const node = nodes.find((candidate: Node) => candidate === arg);
      if (node === undefined) throw new Error(`unknown node in the rulebook template: ${arg}`);
      return nodeLabel[node];
    }
    case 'card':
      return cardById(arg).title;
    case 'value':
      return lookup(registries.values, arg, 'value');
    case 'table':
      return lookup(registries.blocks, arg, 'table')();
    case 'cards':
      return registries.cards(arg);
    default:
      throw new Error(`unknown placeholder kind in the rulebook template: ${kind}`);
  }
}

/** Fills placeholders until none is left (generated blocks may hold placeholders of their own). */
export function renderTemplate(template: string, registries: Registries): string {
  let text = template;
  for (let pass = 0; pass < 3 && text.includes('{{'); pass++) {
    text = text.replace(placeholder, (_match, kind: string, arg: string) => resolve(kind, arg, registries));
  }
  const left = /\{\{[^}]*\}\}/.exec(text);
  if (left) throw new Error(`malformed placeholder in the rulebook template: ${left[0]}`);
  return text;
}
