import { lazy, Suspense } from 'react';
import { closeRulebook, useRulesHash } from './use-rules-hash.ts';

const RulebookReader = lazy(() => import('./rulebook-reader.tsx'));

/** The rulebook over the page while the address asks for it (`#rules…`), loaded on first use. */
export function RulebookOverlay() {
  const sectionId = useRulesHash();
  if (sectionId === undefined) return null;
  return (
    <Suspense fallback={<p className="rulebook quiet">Opening the rulebook…</p>}>
      <RulebookReader sectionId={sectionId} onClose={closeRulebook} />
    </Suspense>
  );
}
