import { useSyncExternalStore } from 'react';

/**
 * Whether the page wears the high-contrast look with its larger type (src/high-contrast.css): projector
 * mode switched on (the root's `data-projector`), or a system that asks for more contrast. The SVG
 * drawings lay their words out for it themselves: CSS can enlarge a drawing's text, not re-wrap it.
 */

const contrastQuery = '(prefers-contrast: more)';

export function largeTypeOn(projectorAttribute: string | undefined, contrastMore: boolean): boolean {
  return projectorAttribute === 'on' || contrastMore;
}

function current(): boolean {
  if (typeof document === 'undefined') return false;
  const contrastMore = typeof window.matchMedia === 'function' && window.matchMedia(contrastQuery).matches;
  return largeTypeOn(document.documentElement.dataset.projector, contrastMore);
}

function subscribe(onChange: () => void): () => void {
  if (typeof document === 'undefined') return () => undefined;
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-projector'] });
  const query = typeof window.matchMedia === 'function' ? window.matchMedia(contrastQuery) : undefined;
  query?.addEventListener('change', onChange);
  return () => {
    observer.disconnect();
    query?.removeEventListener('change', onChange);
  };
}

export function useLargeType(): boolean {
  return useSyncExternalStore(subscribe, current, () => false);
}
