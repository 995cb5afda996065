import type { KeyValueStore } from '../../src/lobby/credentials.ts';

/** A Map-backed stand-in for the browser's storage, its entries open to a test. */
export function memoryStore(): KeyValueStore & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => {
      data.set(key, value);
    },
    removeItem: (key) => {
      data.delete(key);
    },
  };
}
