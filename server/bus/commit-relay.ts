import type { LogEntry, State } from 'boardgame.io';
import { entriesBetween } from '../authority/catch-up.ts';
import type { MatchStore } from '../storage/match-store.ts';
import type { MatchBus, RoomWatcher } from './match-bus.ts';
import { matchLog } from '../log.ts';

/** The authority's side of the relay: tell local sockets about a committed state, never an older one. */
export interface Announcer {
  announce(matchID: string, state: State, deltalog: LogEntry[]): void;
  lastAnnounced(matchID: string): number | undefined;
}

/**
 * Carries other processes' commits to this process's sockets. Subscribes to a match's channel while at
 * least one local socket watches it; on a notice (or right after subscribing, to cover commits made
 * while the subscription was not yet live) it reads the match from storage and announces the stored
 * state if it is newer than what local sockets were told, with the log entries of every commit since.
 * Reading storage, not the notice, means missed or reordered notices only delay a state, never fork it;
 * after a Redis reconnect every watched match is caught up the same way.
 */
export class CommitRelay implements RoomWatcher {
  /** Per watched match: local sockets, and the state the first of them was synced at. */
  private readonly watchers = new Map<string, { sockets: number; seen: number }>();

  constructor(
    private readonly bus: MatchBus,
    private readonly store: MatchStore,
    private readonly announcer: Announcer,
  ) {
    bus.onNotice((notice) => {
      if (notice.origin === bus.origin || !this.watchers.has(notice.matchID)) return;
      const mark = announcer.lastAnnounced(notice.matchID);
      if (mark !== undefined && notice.stateID <= mark) return;
      this.run(notice.matchID);
    });
    bus.onReconnect(() => {
      for (const matchID of this.watchers.keys()) this.run(matchID);
    });
  }

  /** Called by the authority after each local commit. */
  published(matchID: string, stateID: number): void {
    this.bus.publish(matchID, stateID).catch((error: unknown) => {
      matchLog(matchID).error({ err: error, stateID }, 'publishing a commit failed');
    });
  }

  watch(matchID: string, stateID: number): void {
    const watcher = this.watchers.get(matchID);
    if (watcher) {
      watcher.sockets++;
      return;
    }
    this.watchers.set(matchID, { sockets: 1, seen: stateID });
    this.bus.subscribe(matchID).then(
      () => {
        this.run(matchID);
      },
      (error: unknown) => {
        matchLog(matchID).error({ err: error }, 'subscribing failed');
      },
    );
  }

  unwatch(matchID: string): void {
    const watcher = this.watchers.get(matchID);
    if (watcher && watcher.sockets > 1) {
      watcher.sockets--;
      return;
    }
    this.watchers.delete(matchID);
    this.bus.unsubscribe(matchID).catch((error: unknown) => {
      matchLog(matchID).error({ err: error }, 'unsubscribing failed');
    });
  }

  /** Matches with local sockets (tests, /health). */
  get watched(): number {
    return this.watchers.size;
  }

  private run(matchID: string): void {
    this.catchUp(matchID).catch((error: unknown) => {
      matchLog(matchID).error({ err: error }, 'relaying commits failed');
    });
  }

  /**
   * Announces the stored state when it is newer than what local sockets have. The check and the
   * announce run together after the reads, so two concurrent catch-ups never announce out of order.
   */
  async catchUp(matchID: string): Promise<void> {
    const state = await this.store.loadState(matchID);
    if (!state || this.isKnown(matchID, state._stateID)) return;
    const log = await this.store.loadLog(matchID);
    if (this.isKnown(matchID, state._stateID)) return;
    const from = this.floor(matchID) ?? state._stateID - 1;
    this.announcer.announce(matchID, state, entriesBetween(log, from, state._stateID));
  }

  private isKnown(matchID: string, stateID: number): boolean {
    const floor = this.floor(matchID);
    return floor !== undefined && stateID <= floor;
  }

  /** The newest state every local socket has: the last announced, or the first socket's sync. */
  private floor(matchID: string): number | undefined {
    const mark = this.announcer.lastAnnounced(matchID);
    const seen = this.watchers.get(matchID)?.seen;
    if (mark === undefined) return seen;
    return seen === undefined ? mark : Math.max(mark, seen);
  }
}
