import { useState } from 'react';
import { MatchClient } from './board/client.tsx';
import { ConnectionNotice } from './board/connection-notice.tsx';
import { browserStore, forgetSeat, loadSeat } from './lobby/credentials.ts';
import { JoinPage } from './lobby/join-page.tsx';
import { LobbyPage } from './lobby/lobby-page.tsx';
import type { Route, Seat } from './lobby/route.ts';
import { parseRoute } from './lobby/route.ts';
import { RulebookOverlay } from './rulebook/rulebook-link.tsx';
import { CreateClassPage } from './classroom/create-class-page.tsx';
import { FacilitatorPage } from './classroom/facilitator-page.tsx';
import { StudentPage } from './classroom/student-page.tsx';

function SeatPage({ matchID, seat }: { matchID: string; seat: Seat }) {
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
      <ConnectionNotice matchID={matchID} />
      <MatchClient matchID={matchID} playerID={seat} credentials={stored.credentials} />
    </>
  );
}

function Page({ route }: { route: Route }) {
  switch (route.kind) {
    case 'lobby':
      return <LobbyPage />;
    case 'seat':
      return <SeatPage matchID={route.matchID} seat={route.seat} />;
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
    case 'classCreate':
      return <CreateClassPage />;
    case 'classDashboard':
      return <FacilitatorPage sessionId={route.sessionId} />;
    case 'classJoin':
      return <StudentPage code={route.code} />;
  }
}

export function App() {
  const route = parseRoute(window.location.search);
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
      </header>
      <RulebookOverlay />
      <main>
        <Page route={route} />
      </main>
    </>
  );
}
