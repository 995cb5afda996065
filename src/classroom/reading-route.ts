import type { Side } from '../../rules/index.ts';

/**
 * The classroom's reading pages and their addresses: the debrief (`?debrief=<sessionId>`, or `?debrief`
 * to open a saved export), the side briefings (`?briefing=<scenarioId>&side=us|china`; without a side,
 * both; `?briefing` alone lists them), the glossary (`?glossary`) and the facilitator guide (`?guide`).
 * None of them is a match: the app shows them instead of the lobby.
 */

export type ReadingRoute =
  | { kind: 'debrief'; sessionId: string | undefined }
  | { kind: 'briefing'; scenarioId: string | undefined; side: Side | undefined }
  | { kind: 'glossary' }
  | { kind: 'guide' };

const idPattern = /^[A-Za-z0-9_-]{1,64}$/;

const idOrUndefined = (value: string | null): string | undefined =>
  value !== null && idPattern.test(value) ? value : undefined;

/** The reading page a query string asks for, or undefined when it asks for none of them. */
export function parseReadingRoute(search: string): ReadingRoute | undefined {
  const params = new URLSearchParams(search);
  if (params.has('debrief')) return { kind: 'debrief', sessionId: idOrUndefined(params.get('debrief')) };
  if (params.has('briefing')) {
    const side = params.get('side');
    return {
      kind: 'briefing',
      scenarioId: idOrUndefined(params.get('briefing')),
      side: side === 'us' || side === 'china' ? side : undefined,
    };
  }
  if (params.has('glossary')) return { kind: 'glossary' };
  if (params.has('guide')) return { kind: 'guide' };
  return undefined;
}

/** The query string of a reading page. */
export function readingSearch(route: ReadingRoute): string {
  switch (route.kind) {
    case 'debrief':
      return route.sessionId === undefined ? '?debrief' : `?debrief=${encodeURIComponent(route.sessionId)}`;
    case 'briefing': {
      if (route.scenarioId === undefined) return '?briefing';
      const side = route.side === undefined ? '' : `&side=${route.side}`;
      return `?briefing=${encodeURIComponent(route.scenarioId)}${side}`;
    }
    case 'glossary':
      return '?glossary';
    case 'guide':
      return '?guide';
  }
}
