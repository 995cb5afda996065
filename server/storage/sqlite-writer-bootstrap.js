/**
 * Entry point of the SQLite writer thread. A worker starts without the parent's TypeScript loader (the
 * server runs under tsx, the tests under Vitest), so this plain module registers tsx's ESM loader and
 * then imports the TypeScript body.
 */
import { register } from 'tsx/esm/api';

register();
await import('./sqlite-writer-thread.ts');
