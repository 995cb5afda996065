import { useSyncExternalStore } from 'react';

/**
 * Which rulebook section the page's address asks for: `#rules` opens the rulebook, `#rules-4` at §4;
 * undefined when it is closed. Links anywhere (the glossary, the header) open it by their href alone.
 */
function currentHash(): string {
  return typeof window === 'undefined' ? '' : window.location.hash;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => {
    window.removeEventListener('hashchange', onChange);
  };
}

export function useRulesHash(): string | undefined {
  const hash = useSyncExternalStore(subscribe, currentHash, () => '');
  const match = /^#rules(?:-(.+))?$/.exec(hash);
  return match ? (match[1] ?? '') : undefined;
}

/** Closes the rulebook: the address loses its hash, the page stays where it was. */
export function closeRulebook(): void {
  window.history.pushState(null, '', window.location.pathname + window.location.search);
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}
