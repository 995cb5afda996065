import { refuse } from '../boundary/rejection.ts';
import type { Rejection } from '../boundary/rejection.ts';
import type { MatchHolds } from '../authority/holds.ts';
import type { MatchStore } from '../storage/match-store.ts';
import { loadSettings } from './facilitator-settings.ts';

/** What a student reads when a move reaches a paused table (the board says "Move refused: …"). */
export const pausedMessage = 'your teacher paused this table';

/**
 * The matches a facilitator paused. In memory for this process (set by its own pauses and read back at
 * start-up); with several processes on one store (`shared`), the stored flag is the truth: the move gate
 * and `checkHeld` read it, so a pause made through another process holds here too.
 */
export class PausedMatches implements MatchHolds {
  private readonly paused = new Set<string>();
  private discovered: ((matchID: string, paused: boolean) => void) | undefined;

  constructor(
    private readonly store: MatchStore,
    /** Several processes share the store: the stored flag is the truth. */
    readonly shared: boolean,
  ) {}

  isHeld(matchID: string): boolean {
    return this.paused.has(matchID);
  }

  /** With a shared store, reads the stored flag; a change made through another process is told on. */
  async checkHeld(matchID: string): Promise<boolean> {
    if (!this.shared) return this.isHeld(matchID);
    const paused = (await loadSettings(this.store, matchID))?.paused === true;
    if (this.mark(matchID, paused)) this.discovered?.(matchID, paused);
    return paused;
  }

  /** Sets this process's flag; true when it changed. */
  mark(matchID: string, paused: boolean): boolean {
    if (this.paused.has(matchID) === paused) return false;
    if (paused) this.paused.add(matchID);
    else this.paused.delete(matchID);
    return true;
  }

  /** Who hears of a pause or resume `checkHeld` found in storage (made through another process). */
  onDiscovered(listener: (matchID: string, paused: boolean) => void): void {
    this.discovered = listener;
  }

  /** The authority's move gate: a paused match takes no move. One process answers from memory, at once. */
  gate(matchID: string): Rejection | undefined | Promise<Rejection | undefined> {
    const refusal = (held: boolean): Rejection | undefined =>
      held ? refuse('paused', pausedMessage) : undefined;
    return this.shared ? this.checkHeld(matchID).then(refusal) : refusal(this.isHeld(matchID));
  }
}
