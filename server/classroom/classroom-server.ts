import type { MatchAuthority } from '../authority/authority.ts';
import type { ClassTables, Lobby } from '../lobby/lobby.ts';
import type { MatchStore } from '../storage/match-store.ts';
import type { ClassroomStore } from './classroom-store.ts';
import type { ClassroomRoute } from './classroom-routes.ts';
import { classroomRoute } from './classroom-routes.ts';
import type { ClassroomDeps } from './classroom-deps.ts';
import { JoinGuard } from './join-guard.ts';
import { SessionDocs } from './session-docs.ts';
import { StudentPresence } from './student-presence.ts';
import type { TableControls } from './table-controls.ts';
import { rematchFromLobby } from './table-rematch.ts';

export interface ClassroomParts {
  classroomStore: ClassroomStore;
  matches: MatchStore;
  lobby: Lobby;
  authority: MatchAuthority;
  /** Pause, inject and timed turns on the tables' matches (the server's MatchControls; tests may pass a double). */
  controls: TableControls;
  /** Seats with a synced socket (the transport's presence, which exists once the transport does). */
  connectedSeats: (matchID: string) => Promise<ReadonlySet<string>>;
  pokeBot: (matchID: string) => void;
  now: () => number;
  maxBodyBytes: number;
}

export interface ClassroomServer {
  /** `/classroom/api/...` (server.ts hands it to the router). */
  route: ClassroomRoute;
  /** A class table's rematch asked through the Lobby API (server.ts hands it to the lobby). */
  classTables: ClassTables;
}

/** The classroom API wired to the server's parts. */
export function classroomServer(parts: ClassroomParts): ClassroomServer {
  const deps: ClassroomDeps = {
    docs: new SessionDocs(parts.classroomStore),
    matches: parts.matches,
    lobby: parts.lobby,
    readState: async (matchID) => (await parts.authority.readStored(matchID))?.state,
    controls: parts.controls,
    connectedSeats: parts.connectedSeats,
    pokeBot: parts.pokeBot,
    rulesVersion: parts.authority.rules.version,
    now: parts.now,
    joinGuard: new JoinGuard(undefined, parts.now),
    students: new StudentPresence(parts.now),
  };
  return {
    route: classroomRoute(deps, { maxBodyBytes: parts.maxBodyBytes, now: parts.now }),
    classTables: { rematch: (finishedMatchID, table) => rematchFromLobby(deps, finishedMatchID, table) },
  };
}
