import { useSyncExternalStore } from 'react';

/**
 * How many supply-chain stations fit in a row: one on a phone (a column of stations as wide as the
 * screen, so their words stay large), four on a tablet (one column of board), five on a laptop (beside
 * the "how to win" panel), all seven on a large screen or projector. Rendering without a window (the
 * render tests) takes the desktop layout.
 */
const layouts = [
  { query: '(max-width: 640px)', columns: 1 },
  { query: '(max-width: 1180px)', columns: 4 },
  { query: '(max-width: 1600px)', columns: 5 },
] as const;

const desktopColumns = 7;

function currentColumns(): number {
  if (typeof window === 'undefined' || typeof window.matchMedia !== 'function') return desktopColumns;
  return layouts.find((layout) => window.matchMedia(layout.query).matches)?.columns ?? desktopColumns;
}

function subscribe(onChange: () => void): () => void {
  if (typeof window === 'undefined' || typeof window.matchMedia !== 'function') return () => undefined;
  const lists = layouts.map((layout) => window.matchMedia(layout.query));
  for (const list of lists) list.addEventListener('change', onChange);
  return () => {
    for (const list of lists) list.removeEventListener('change', onChange);
  };
}

export function useColumns(): number {
  return useSyncExternalStore(subscribe, currentColumns, () => desktopColumns);
}
