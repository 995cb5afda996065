import type { LogEntry, Server, State } from 'boardgame.io';

/**
 * The storage contract the server is written against (SQLite, PostgreSQL). Every backend must
 * pass test/server/storage-conformance.ts. All methods are async so that networked backends fit.
 */

/** The class session and table a classroom's match is a game of (server/classroom/). */
export interface ClassTableRef {
  sessionId: string;
  table: number;
}

/**
 * boardgame.io's match metadata, plus `creator`: who created the match as the lobby groups them (a hash of
 * the creating address, lobby/creator.ts), and `classTable`: the class table whose game it is, so that the
 * Lobby API hands that table's rematch to the class. Both are stored with the metadata and never sent to
 * clients, and no request body can set them.
 */
export type MatchMetadata = Server.MatchData & { creator?: string; classTable?: ClassTableRef };

export interface NewMatch {
  initialState: State;
  metadata: MatchMetadata;
  /** The rules version the match is created under (rules/version.ts), stored beside it for good. */
  rulesVersion: string;
}

export interface StoredMetadata {
  metadata: MatchMetadata;
  /** Bumped by every metadata write: the compare-and-set token for `updateMetadata`. */
  version: number;
  /**
   * The rules version the stored state is under: the one it was created with, until a migrated match
   * commits under newer rules. A row stored before versions were recorded reads as
   * PRE_VERSIONING_RULES_VERSION.
   */
  rulesVersion: string;
  /** The rules version the match was created with (its initial state and first moves), never changed. */
  createdRulesVersion: string;
}

/** What a committed move changes besides the state: the match's public bookkeeping. */
export interface MetadataPatch {
  updatedAt: number;
  /** Set once, when the game ends. */
  gameover?: unknown;
}

/** One accepted move, as the server's own journal keeps it (boardgame.io's log cannot be replayed). */
export interface JournalEntry {
  seat: string;
  moveType: string;
  fields: Record<string, unknown>;
  at: number;
}

export interface Commit {
  state: State;
  deltalog: LogEntry[];
  patch?: MetadataPatch;
  move?: JournalEntry;
  /**
   * The rules the commit was made under: it applies only if the stored state is under `from` (also
   * compare-and-set: a state read under other rules is never written over), and the match is then under
   * `to` (a migrated match's first commit moves it to the running rules). Without it the version stays.
   */
  rules?: { from: string; to: string };
}

export interface ListOptions {
  gameName?: string;
  isGameover?: boolean;
  updatedBefore?: number;
  updatedAfter?: number;
}

export interface MatchStore {
  /** A short name for /health and logs ("sqlite", "postgres"). */
  readonly kind: string;
  /** Creates a match; false (and no change) when the id is taken. */
  createMatch(matchID: string, match: NewMatch): Promise<boolean>;
  /** The current state, undefined for an unknown match. */
  loadState(matchID: string): Promise<State | undefined>;
  loadInitialState(matchID: string): Promise<State | undefined>;
  loadMetadata(matchID: string): Promise<StoredMetadata | undefined>;
  /**
   * One seat's stored credentials (the check on every move, without reading and parsing the whole
   * metadata): undefined for an unknown match, null when the seat holds no credentials string.
   */
  loadSeatCredentials(matchID: string, seat: '0' | '1'): Promise<string | null | undefined>;
  /** The whole log, oldest first. */
  loadLog(matchID: string): Promise<LogEntry[]>;
  /**
   * Compare-and-set on `_stateID`: stores `state` only if it is exactly one step after the stored state
   * (`state._stateID === stored._stateID + 1`), appends `deltalog` to the log and `move` to the journal,
   * and applies `patch` to the metadata, all in one transaction. Returns false and changes nothing
   * otherwise.
   */
  commitState(matchID: string, commit: Commit): Promise<boolean>;
  /** The journal of accepted moves, oldest first, with the state id each produced. */
  loadJournal(matchID: string): Promise<(JournalEntry & { stateID: number })[]>;
  /** Compare-and-set on the metadata version. Returns false and changes nothing on a mismatch. */
  updateMetadata(matchID: string, expectedVersion: number, metadata: MatchMetadata): Promise<boolean>;
  /** Unconditional metadata write (boardgame.io's StorageAPI needs it). */
  setMetadata(matchID: string, metadata: MatchMetadata): Promise<boolean>;
  listMatches(options?: ListOptions): Promise<string[]>;
  wipe(matchID: string): Promise<void>;
  /** True when the backend answers a trivial query. */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}
