/**
 * Entry point of a simulation worker thread. A worker starts without the parent's TypeScript loader (the
 * CLI runs under tsx, the tests under Vitest), so this plain module registers tsx's ESM loader and then
 * imports the TypeScript worker body.
 */
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
