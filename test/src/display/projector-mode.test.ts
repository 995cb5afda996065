import { describe, expect, it } from 'vitest';
import {
  loadProjectorMode,
  projectorModeKey,
  saveProjectorMode,
} from '../../../src/display/projector-mode.ts';
import { memoryStore } from '../memory-store.ts';

/** Projector mode is this browser's choice, kept across visits; off unless switched on. */
describe('projector mode', () => {
  it('is off in a browser that never switched it on', () => {
    expect(loadProjectorMode(memoryStore())).toBe(false);
  });

  it('stays on once switched on, and leaves nothing behind once switched off', () => {
    const store = memoryStore();
    saveProjectorMode(store, true);
    expect(loadProjectorMode(store)).toBe(true);
    saveProjectorMode(store, false);
    expect(loadProjectorMode(store)).toBe(false);
    expect(store.data.has(projectorModeKey)).toBe(false);
  });

  it('is off where storage refuses to be read', () => {
    const refusing = {
      ...memoryStore(),
      getItem: (): string | null => {
        throw new Error('storage disabled');
      },
    };
    expect(loadProjectorMode(refusing)).toBe(false);
  });
});
