import { useLayoutEffect, useState } from 'react';
import type { KeyValueStore } from '../lobby/credentials.ts';
import { browserStore } from '../lobby/credentials.ts';

/**
 * Projector mode: the high-contrast look (src/high-contrast.css) switched on by hand for a room's
 * projector, kept by this browser across visits. The same look follows `prefers-contrast: more` on its
 * own, without the switch.
 */

export const projectorModeKey = 'silicon-curtain:projector-mode';

export function loadProjectorMode(store: KeyValueStore): boolean {
  try {
    return store.getItem(projectorModeKey) === 'on';
  } catch {
    return false;
  }
}

export function saveProjectorMode(store: KeyValueStore, on: boolean): void {
  try {
    if (on) store.setItem(projectorModeKey, 'on');
    else store.removeItem(projectorModeKey);
  } catch {
    // Storage disabled: the mode holds until the page is reloaded.
  }
}

/** Whether projector mode is on, and the switch; the page's root carries `data-projector="on"` while it is. */
export function useProjectorMode(): [boolean, (on: boolean) => void] {
  const [on, setOn] = useState(() => loadProjectorMode(browserStore()));
  // Before the browser paints: a reload in projector mode never flashes the ordinary look.
  useLayoutEffect(() => {
    if (on) document.documentElement.dataset.projector = 'on';
    else delete document.documentElement.dataset.projector;
  }, [on]);
  const change = (next: boolean): void => {
    saveProjectorMode(browserStore(), next);
    setOn(next);
  };
  return [on, change];
}
