/**
 * RFC 6902 JSON Patch between two JSON values, for boardgame.io's `patch` event: its stock client
 * applies these with the rfc6902 package. A general diff (rfc6902's own `createPatch`) aligns arrays
 * with an edit-distance table; ours compares arrays index by index and appends or trims at the end.
 * That is linear and right for game states, whose arrays grow at the end (log, history) or are short
 * (hands). Values the two states share by reference are skipped without a walk.
 *
 * JSON semantics: an object key holding `undefined` is absent; `undefined` in an array is `null`.
 */

export type PatchOperation =
  | { op: 'add'; path: string; value: unknown }
  | { op: 'remove'; path: string }
  | { op: 'replace'; path: string; value: unknown };

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const escapeToken = (key: string): string =>
  key.includes('~') || key.includes('/') ? key.replace(/~/g, '~0').replace(/\//g, '~1') : key;

const unescapeToken = (token: string): string => token.replace(/~1/g, '/').replace(/~0/g, '~');

const inArray = (value: unknown): unknown => (value === undefined ? null : value);

/** The operations that turn `before` into `after` (both JSON values). */
export function diffJson(before: unknown, after: unknown): PatchOperation[] {
  const differ = new Differ();
  differ.value(before, after);
  return differ.operations;
}

/** Paths are kept as a stack of escaped tokens and joined only for an operation: most of a state is equal. */
class Differ {
  readonly operations: PatchOperation[] = [];
  private readonly tokens: string[] = [];

  value(before: unknown, after: unknown): void {
    if (before === after) return;
    if (Array.isArray(before)) {
      if (Array.isArray(after)) {
        this.array(before, after);
        return;
      }
    } else if (isObject(before) && isObject(after)) {
      this.object(before, after);
      return;
    }
    this.operations.push({ op: 'replace', path: this.path(), value: after });
  }

  private path(last?: string): string {
    const tokens = last === undefined ? this.tokens : [...this.tokens, last];
    return tokens.length === 0 ? '' : `/${tokens.join('/')}`;
  }

  private child(token: string, before: unknown, after: unknown): void {
    if (before === after) return;
    this.tokens.push(token);
    this.value(before, after);
    this.tokens.pop();
  }

  private object(before: JsonObject, after: JsonObject): void {
    for (const key in before) {
      if (!Object.hasOwn(before, key)) continue;
      const old = before[key];
      if (old === undefined) continue;
      const next = Object.hasOwn(after, key) ? after[key] : undefined;
      if (old === next) continue;
      if (next === undefined) this.operations.push({ op: 'remove', path: this.path(escapeToken(key)) });
      else this.child(escapeToken(key), old, next);
    }
    for (const key in after) {
      if (!Object.hasOwn(after, key)) continue;
      const next = after[key];
      if (next === undefined || (Object.hasOwn(before, key) && before[key] !== undefined)) continue;
      this.operations.push({ op: 'add', path: this.path(escapeToken(key)), value: next });
    }
  }

  private array(before: unknown[], after: unknown[]): void {
    const common = Math.min(before.length, after.length);
    for (let index = 0; index < common; index++)
      this.child(String(index), inArray(before[index]), inArray(after[index]));
    for (let index = common; index < after.length; index++)
      this.operations.push({ op: 'add', path: this.path(String(index)), value: inArray(after[index]) });
    for (let index = before.length - 1; index >= common; index--)
      this.operations.push({ op: 'remove', path: this.path(String(index)) });
  }
}

export class PatchError extends Error {}

function tokens(path: string): string[] {
  if (path === '') return [];
  if (!path.startsWith('/')) throw new PatchError(`bad path ${path}`);
  return path.slice(1).split('/').map(unescapeToken);
}

function arrayIndex(token: string, length: number, appending: boolean): number {
  if (appending && token === '-') return length;
  if (!/^(0|[1-9][0-9]*)$/.test(token)) throw new PatchError(`bad array index ${token}`);
  const index = Number(token);
  if (index > length || (!appending && index === length)) throw new PatchError(`index ${token} out of range`);
  return index;
}

/**
 * Applies operations in place (add, remove, replace) and returns the document (a new one when the
 * root is replaced). Throws PatchError on a path that does not fit the document.
 */
export function applyJsonPatch(document: unknown, operations: readonly PatchOperation[]): unknown {
  let root = document;
  for (const operation of operations) {
    const path = tokens(operation.path);
    const last = path.pop();
    if (last === undefined) {
      if (operation.op === 'remove') throw new PatchError('cannot remove the root');
      root = operation.value;
      continue;
    }
    let parent: unknown = root;
    for (const token of path) {
      if (Array.isArray(parent)) parent = parent[arrayIndex(token, parent.length, false)];
      else if (isObject(parent) && Object.hasOwn(parent, token)) parent = parent[token];
      else throw new PatchError(`no ${operation.path}`);
    }
    if (Array.isArray(parent)) {
      const index = arrayIndex(last, parent.length, operation.op === 'add');
      if (operation.op === 'add') parent.splice(index, 0, operation.value);
      else if (operation.op === 'remove') parent.splice(index, 1);
      else parent[index] = operation.value;
    } else if (isObject(parent)) {
      if (operation.op !== 'add' && !Object.hasOwn(parent, last))
        throw new PatchError(`no ${operation.path}`);
      if (operation.op === 'remove') Reflect.deleteProperty(parent, last);
      // defineProperty: a key named __proto__ stays a plain key, it never reaches the prototype.
      else
        Object.defineProperty(parent, last, {
          value: operation.value,
          writable: true,
          enumerable: true,
          configurable: true,
        });
    } else throw new PatchError(`no ${operation.path}`);
  }
  return root;
}
