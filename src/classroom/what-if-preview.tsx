/**
 * Placeholder for the what-if preview (the bots' measured effect of the form's parameters), which another
 * slice writes in this file with this signature: until then it shows nothing.
 */
export function WhatIfPreview(_props: { scenarioId: string; overrides: Record<string, number> }) {
  return null;
}
