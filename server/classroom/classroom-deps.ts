import type { State } from 'boardgame.io';
import type { Outcome } from '../boundary/rejection.ts';
import type { CreateOptions } from '../lobby/create-options.ts';
import type { MatchStore } from '../storage/match-store.ts';
import type { JoinGuard } from './join-guard.ts';
import type { SessionDocs } from './session-docs.ts';
import type { StudentPresence } from './student-presence.ts';
import type { TableControls } from './table-controls.ts';

/** What the classroom uses of the rest of the server (wired in server.ts; doubles in unit tests). */
export interface ClassroomDeps {
  docs: SessionDocs;
  matches: MatchStore;
  /** The lobby's own creation and join paths: tables are ordinary, unlisted matches. */
  lobby: {
    createMatch(options: CreateOptions): Promise<Outcome<{ matchID: string; kernelSeed: string }>>;
    join(matchID: string, body: unknown): Promise<Outcome<unknown>>;
  };
  /** A table's current state as the running rules read it (authority.readStored). */
  readState(matchID: string): Promise<State | undefined>;
  controls: TableControls;
  /** Seats ("0", "1") with a socket synced to them, on any process. */
  connectedSeats(matchID: string): Promise<ReadonlySet<string>>;
  /** Tell the server's bot seats to look at a match (a seat was just handed to a bot). */
  pokeBot(matchID: string): void;
  rulesVersion: string;
  now: () => number;
  joinGuard: JoinGuard;
  students: StudentPresence;
}
