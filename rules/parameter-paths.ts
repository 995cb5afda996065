import type { Parameters } from './content/parameters.ts';

/** Parameters are a tree of finite numbers; a leaf is named by its dotted path, e.g. `yieldCap.duv.n7`. */

type Tree = { [key: string]: number | Tree };

function isTree(value: unknown): value is Tree {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every leaf path, in declaration order. */
export function parameterPaths(params: Parameters): string[] {
  const paths: string[] = [];
  const visit = (tree: Tree, prefix: string): void => {
    for (const [key, value] of Object.entries(tree)) {
      const path = prefix ? `${prefix}.${key}` : key;
      if (isTree(value)) visit(value, path);
      else paths.push(path);
    }
  };
  visit(params, '');
  return paths;
}

export function getParameter(params: Parameters, path: string): number | undefined {
  let node: unknown = params;
  for (const key of path.split('.')) {
    if (!isTree(node) || !Object.hasOwn(node, key)) return undefined;
    node = node[key];
  }
  return typeof node === 'number' ? node : undefined;
}

function cloneTree(tree: Tree): Tree {
  const copy: Tree = {};
  for (const [key, value] of Object.entries(tree)) copy[key] = isTree(value) ? cloneTree(value) : value;
  return copy;
}

/** A copy of `params` with the given leaves replaced; an unknown path or a non-finite value throws. */
export function withOverrides(params: Parameters, overrides: Readonly<Record<string, number>>): Parameters {
  const copy = cloneTree(params);
  for (const [path, value] of Object.entries(overrides)) {
    if (!Number.isFinite(value)) throw new Error(`parameter ${path}: ${value} is not a finite number`);
    const keys = path.split('.');
    const leaf = keys.pop();
    let node: Tree = copy;
    for (const key of keys) {
      const next = Object.hasOwn(node, key) ? node[key] : undefined;
      if (!isTree(next)) throw new Error(`unknown parameter: ${path}`);
      node = next;
    }
    if (leaf === undefined || !Object.hasOwn(node, leaf) || typeof node[leaf] !== 'number') {
      throw new Error(`unknown parameter: ${path}`);
    }
    node[leaf] = value;
  }
  return copy as unknown as Parameters;
}
