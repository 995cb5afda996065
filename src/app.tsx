import type { ReactNode } from 'react';
import { lazy, Suspense, useState } from 'react';
import { MatchClient } from './board/client.tsx';
import { ConnectionNotice } from './board/connection-notice.tsx';
import { ProjectorToggle } from './display/projector-toggle.tsx';
import { browserStore, forgetSeat, loadSeat } from './lobby/credentials.ts';
import { JoinPage } from './lobby/join-page.tsx';
import { LobbyPage } from './lobby/lobby-page.tsx';
import type { Route, Seat } from './lobby/route.ts';
import { parseRoute } from './lobby/route.ts';
import { RulebookOverlay } from './rulebook/rulebook-link.tsx';
import type { ReadingRoute } from './classroom/reading-route.ts';
import { parseReadingRoute } from './classroom/reading-route.ts';

// The classroom's pages load on first use: a player opening a match never downloads them.
const ReadingPages = lazy(() => import('./classroom/reading-pages.tsx'));
const CreateClassPage = lazy(async () => ({
  default: (await import('./classroom/create-class-page.tsx')).CreateClassPage,
}));
const FacilitatorPage = lazy(async () => ({
  default: (await import('./classroom/facilitator-page.tsx')).FacilitatorPage,
}));
const StudentPage = lazy(async () => ({
  default: (await import('./classroom/student-page.tsx')).StudentPage,
}));
const WhatIfPage = lazy(async () => ({ default: (await import('./classroom/what-if-page.tsx')).WhatIfPage }));
// The replay viewer (and the rules' bots it runs for a balance-lab game) loads on first use too.
const ReplayPage = lazy(() => import('./replay/replay-page.tsx'));

function Opening({ children }: { children: ReactNode }) {
  return <Suspense fallback={<p className="quiet">Opening…</p>}>{children}</Suspense>;
}

/** The classroom's debrief, briefings, glossary and guide. */
function ReadingPage({ route }: { route: ReadingRoute }) {
  return (
    <Opening>
      <ReadingPages route={route} />
    </Opening>
  );
}

function SeatPage({ matchID, seat, tutorial }: { matchID: string; seat: Seat; tutorial: boolean }) {
  const [stored, setStored] = useState(() => loadSeat(browserStore(), matchID, seat));
  if (!stored) {
    return (
      <JoinPage
        matchID={matchID}
        seat={seat}
        onJoined={() => {
          setStored(loadSeat(browserStore(), matchID, seat));
        }}
      />
    );
  }
  return (
    <>
      <div className="match-bar">
        <span className="quiet">
          Match {matchID} · playing as {stored.playerName}
        </span>
        <button
          type="button"
          className="link"
          title="Forget this seat's credentials on this device"
          onClick={() => {
            forgetSeat(browserStore(), matchID, seat);
            setStored(undefined);
          }}
        >
          forget seat
        </button>
      </div>
      <ConnectionNotice matchID={matchID} credentials={stored.credentials} />
      <MatchClient matchID={matchID} playerID={seat} credentials={stored.credentials} tutorial={tutorial} />
    </>
  );
}

function Page({ route }: { route: Route }) {
  switch (route.kind) {
    case 'lobby':
      return <LobbyPage />;
    case 'seat':
      return <SeatPage matchID={route.matchID} seat={route.seat} tutorial={route.tutorial === true} />;
    case 'watch':
      return (
        <>
          <div className="match-bar">
            <span className="quiet">Match {route.matchID} · watching</span>
          </div>
          <ConnectionNotice matchID={route.matchID} />
          <MatchClient matchID={route.matchID} />
        </>
      );
    case 'replay':
      return (
        <Opening>
          <ReplayPage matchID={route.matchID} />
        </Opening>
      );
    case 'whatif':
      return (
        <Opening>
          <WhatIfPage />
        </Opening>
      );
    case 'classCreate':
      return (
        <Opening>
          <CreateClassPage />
        </Opening>
      );
    case 'classDashboard':
      return (
        <Opening>
          <FacilitatorPage sessionId={route.sessionId} />
        </Opening>
      );
    case 'classJoin':
      return (
        <Opening>
          <StudentPage code={route.code} />
        </Opening>
      );
  }
}

export function App() {
  const route = parseRoute(window.location.search);
  const reading = parseReadingRoute(window.location.search);
  return (
    <>
      <header className="top">
        <a href="/" className="brand">
          Silicon Curtain
        </a>
        <span className="quiet">the US–China race for AI compute</span>
        <a href="#rules" className="rules-link">
          Rulebook
        </a>
        <ProjectorToggle />
      </header>
      <RulebookOverlay />
      <main>{reading ? <ReadingPage route={reading} /> : <Page route={route} />}</main>
    </>
  );
}
