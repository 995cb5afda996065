import type { MatchAuthority } from '../authority/authority.ts';
import type { Lobby } from '../lobby/lobby.ts';
import type { MatchStore } from '../storage/match-store.ts';
import type { ClassroomStore } from './classroom-store.ts';
import type { ClassroomRoute } from './classroom-routes.ts';
import { classroomRoute } from './classroom-routes.ts';
import { JoinGuard } from './join-guard.ts';
import { SessionDocs } from './session-docs.ts';
import { StudentPresence } from './student-presence.ts';
import type { TableControls } from './table-controls.ts';

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

/** The classroom API wired to the server's parts (server.ts hands it to the router). */
export function classroomServer(parts: ClassroomParts): ClassroomRoute {
  return classroomRoute(
    {
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
    },
    { maxBodyBytes: parts.maxBodyBytes, now: parts.now },
  );
}
