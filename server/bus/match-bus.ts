/**
 * The cross-process bus: after a commit, the committing process publishes `{matchID, stateID}` on the
 * match's channel. Only ids travel: subscribers read the state from storage (the single source of
 * truth), so no hidden information ever sits in the bus. Chat travels too (the seats of a match may sit
 * on different processes): it is what a player typed for the other seat, nothing hidden. So does the news
 * that a facilitator changed a match's settings (pause, turn time), as its id alone, to every process.
 */
export interface CommitNotice {
  matchID: string;
  stateID: number;
  /** The publishing process (a process ignores its own notices). */
  origin: string;
}

/** Another process's chat message for a match; `chat` is checked by the receiver like a socket's. */
export interface ChatNotice {
  matchID: string;
  chat: unknown;
}

export interface MatchBus {
  /** A short name for /health and logs ("redis"). */
  readonly kind: string;
  /** This process's id on the bus. */
  readonly origin: string;
  publish(matchID: string, stateID: number): Promise<void>;
  /** Start receiving a match's notices (resolves once the subscription is confirmed). */
  subscribe(matchID: string): Promise<void>;
  unsubscribe(matchID: string): Promise<void>;
  onNotice(handler: (notice: CommitNotice) => void): void;
  /** Sends a chat message to the other processes subscribed to its match. */
  publishChat(matchID: string, chat: unknown): Promise<void>;
  /** Other processes' chat messages for the subscribed matches (never this process's own). */
  onChat(handler: (notice: ChatNotice) => void): void;
  /**
   * Records which seats of a match have a socket on this process (none: forgets it), under a lease
   * this process renews while it lives, and tells the other subscribed processes.
   */
  setPresence(matchID: string, seats: readonly string[]): Promise<void>;
  /** The seats of a match with a socket on the other processes whose lease is live. */
  readPresence(matchID: string): Promise<Set<string>>;
  /** Another process's seats of a subscribed match changed. */
  onPresence(handler: (matchID: string) => void): void;
  /**
   * Tells every other process that a facilitator changed a match's stored settings (pause, turn time): on
   * one channel all processes hear, since a match's turn timer may run where none of its sockets are.
   */
  publishSettings(matchID: string): Promise<void>;
  /** Another process changed a match's settings: read them again from storage. */
  onSettings(handler: (matchID: string) => void): void;
  /** Called whenever the subscription (re)connects: notices sent while it was down are lost. */
  onReconnect(handler: () => void): void;
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

/** Told by the transport when a socket of this process syncs into a match and when it leaves. */
export interface RoomWatcher {
  /** `stateID`: the state the socket's sync reply carried. */
  watch(matchID: string, stateID: number): void;
  unwatch(matchID: string): void;
}
