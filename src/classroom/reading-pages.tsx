import { DebriefPage } from './debrief/debrief-page.tsx';
import { BriefingPage } from './materials/briefing-page.tsx';
import { GlossaryPage } from './materials/glossary-page.tsx';
import { GuidePage } from './materials/guide-page.tsx';
import type { ReadingRoute } from './reading-route.ts';

/** The classroom's reading pages, loaded on demand: none of them is in the board's initial JavaScript. */
export default function ReadingPages({ route }: { route: ReadingRoute }) {
  switch (route.kind) {
    case 'debrief':
      return <DebriefPage sessionId={route.sessionId} />;
    case 'briefing':
      return <BriefingPage scenarioId={route.scenarioId} side={route.side} />;
    case 'glossary':
      return <GlossaryPage />;
    case 'guide':
      return <GuidePage />;
  }
}
