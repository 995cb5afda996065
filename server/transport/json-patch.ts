import { isObjectRecord } from '../../rules/object-record.ts';

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

const escapeToken = (key: string): string =>
  key.includes('~') || key.includes('/') ? key.replace(/~/g, '~0').replace(/\//g, '~1') : key;

const unescapeToken = (token: string): string =>
  token.includes('~') ? token.replace(/~1/g, '/').replace(/~0/g, '~') : token;

const inArray = (value: unknown): unknown => (value === undefined ? null : value);

/**
 * Subtrees already diffed, by their `after` object: the views of one state for several viewers share
 * most subtrees by reference (a view copies references of public parts), so each is walked once.
 */
export type DiffMemo = Map<object, { before: unknown; operations: PatchOperation[] }>;

/**
 * The operations that turn `before` into `after` (both JSON values). With a memo, subtrees two levels
 * down (a view's `G.sides`, `G.log`, …) are looked up and recorded there.
 */
export function diffJson(before: unknown, after: unknown, memo?: DiffMemo): PatchOperation[] {
  const differ = new Differ(memo);
  differ.value(before, after);
  return differ.operations;
}

const memoDepth = 2;

/** Paths are kept as a stack of escaped tokens and joined only for an operation: most of a state is equal. */
class Differ {
  readonly operations: PatchOperation[] = [];
  private readonly tokens: string[] = [];

  constructor(private readonly memo?: DiffMemo) {}

  value(before: unknown, after: unknown): void {
    if (before === after) return;
    if (this.memo && this.tokens.length === memoDepth && typeof after === 'object' && after !== null) {
      this.memoized(before, after, this.memo);
      return;
    }
    if (Array.isArray(before)) {
      if (Array.isArray(after)) {
        this.array(before, after);
        return;
      }
    } else if (isObjectRecord(before) && isObjectRecord(after)) {
      this.object(before, after);
      return;
    }
    this.operations.push({ op: 'replace', path: this.path(), value: after });
  }

  private memoized(before: unknown, after: object, memo: DiffMemo): void {
    let entry = memo.get(after);
    if (entry === undefined || entry.before !== before) {
      const differ = new Differ();
      differ.value(before, after);
      entry = { before, operations: differ.operations };
      memo.set(after, entry);
    }
    const prefix = this.path();
    for (const operation of entry.operations)
      this.operations.push({ ...operation, path: prefix + operation.path });
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
    const beforeKeys = Object.keys(before);
    const afterKeys = Object.keys(after);
    for (const key of beforeKeys) {
      const old = before[key];
      if (old === undefined) continue;
      const next = Object.hasOwn(after, key) ? after[key] : undefined;
      if (old === next) continue;
      if (next === undefined) this.operations.push({ op: 'remove', path: this.path(escapeToken(key)) });
      else this.child(escapeToken(key), old, next);
    }
    // Same keys in the same order (a state's objects keep their shape): nothing was added.
    if (sameKeys(beforeKeys, afterKeys)) return;
    for (const key of afterKeys) {
      const next = after[key];
      if (next === undefined || (Object.hasOwn(before, key) && before[key] !== undefined)) continue;
      this.operations.push({ op: 'add', path: this.path(escapeToken(key)), value: next });
    }
  }

  private array(before: unknown[], after: unknown[]): void {
    const common = Math.min(before.length, after.length);
    // The identity test first: a log of hundreds of shared entries costs no index strings.
    for (let index = 0; index < common; index++)
      if (before[index] !== after[index])
        this.child(String(index), inArray(before[index]), inArray(after[index]));
    for (let index = common; index < after.length; index++)
      this.operations.push({ op: 'add', path: this.path(String(index)), value: inArray(after[index]) });
    for (let index = before.length - 1; index >= common; index--)
      this.operations.push({ op: 'remove', path: this.path(String(index)) });
  }
}

function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index++) if (a[index] !== b[index]) return false;
  return true;
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
      else if (isObjectRecord(parent) && Object.hasOwn(parent, token)) parent = parent[token];
      else throw new PatchError(`no ${operation.path}`);
    }
    if (Array.isArray(parent)) {
      const index = arrayIndex(last, parent.length, operation.op === 'add');
      if (operation.op === 'add') parent.splice(index, 0, operation.value);
      else if (operation.op === 'remove') parent.splice(index, 1);
      else parent[index] = operation.value;
    } else if (isObjectRecord(parent)) {
      if (operation.op !== 'add' && !Object.hasOwn(parent, last))
        throw new PatchError(`no ${operation.path}`);
      if (operation.op === 'remove') Reflect.deleteProperty(parent, last);
      else if (last !== '__proto__') parent[last] = operation.value;
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
