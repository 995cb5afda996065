/**
 * Entry point of the SQLite writer thread when running from source (the production build starts
 * dist/server/sqlite-writer.js instead). A worker starts without the parent's TypeScript loader (a source
 * checkout's server runs under tsx, the tests under Vitest), so this plain module registers tsx's ESM
 * loader and then imports the TypeScript body.
 */
import { register } from 'tsx/esm/api';

register();
await import('./sqlite-writer-thread.ts');
