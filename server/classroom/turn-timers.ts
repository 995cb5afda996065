import type { LogEntry, State } from 'boardgame.io';
import type { GameState, Move } from '../../rules/index.ts';
import { sideOfPlayerId, timeoutMove } from '../../rules/index.ts';
import type { MatchAuthority } from '../authority/authority.ts';
import type { MatchHolds } from '../authority/holds.ts';
import type { Seat } from '../authority/seats.ts';
import { seatEntry } from '../authority/seats.ts';
import { moversOf, runningSeats } from '../clock/running.ts';
import type { MatchStore } from '../storage/match-store.ts';
import { matchLog } from '../log.ts';

interface Timed {
  turnMs: number;
  /** The committed state the waits below were set at. */
  stateID: number;
  /** Since when each seat to move at that state has been waiting (ms since the epoch). */
  waitingSince: Partial<Record<Seat, number>>;
  timer?: ReturnType<typeof setTimeout>;
}

/** Codes a default move may meet without anything being wrong: a race with the player, or the end. */
const quietRefusals = new Set(['staleState', 'conflict', 'gameOver', 'outOfTime', 'paused', 'shuttingDown']);

/**
 * Timed turns (RULEBOOK §2): when a seat to move has waited its turn time, the server makes the rules'
 * default move (`timeoutMove`) for it, as a bot seat does: its credentials from the metadata, through
 * `authority.move` (kernel check, compare-and-set commit, broadcast). A seat's wait starts when it comes
 * to move and again after each of its moves; during the headline both seats wait at once. Re-armed on
 * every commit and at start-up (then every seat to move starts a fresh wait); a held (paused) match's
 * timer stops, and its resume gives the seats to move a fresh wait.
 */
export class TurnTimers {
  private readonly timed = new Map<string, Timed>();
  private stopped = false;

  constructor(
    private readonly authority: MatchAuthority,
    private readonly store: MatchStore,
    private readonly holds: MatchHolds,
  ) {
    authority.onCommit((matchID, state, deltalog) => {
      this.committed(matchID, state, deltalog);
    });
  }

  /** Times a match's turns (a fresh wait for each seat to move now), or stops timing them (null). */
  async time(matchID: string, turnSeconds: number | null): Promise<void> {
    this.untime(matchID);
    if (turnSeconds === null || this.stopped) return;
    const read = await this.authority.readStored(matchID);
    if (!read || read.status === 'closed' || read.state.ctx.gameover !== undefined || this.stopped) return;
    const entry: Timed = { turnMs: turnSeconds * 1000, stateID: read.state._stateID, waitingSince: {} };
    this.untime(matchID);
    this.timed.set(matchID, entry);
    this.restartWaits(matchID, entry, read.state);
  }

  /** The turn time of a timed match, in seconds (tests, status). */
  turnSecondsOf(matchID: string): number | undefined {
    const entry = this.timed.get(matchID);
    return entry ? entry.turnMs / 1000 : undefined;
  }

  /** Paused: no wait runs out. */
  hold(matchID: string): void {
    clearTimeout(this.timed.get(matchID)?.timer);
  }

  /** Resumed: every seat to move gets a fresh wait. */
  async release(matchID: string): Promise<void> {
    const entry = this.timed.get(matchID);
    if (!entry) return;
    const read = await this.authority.readStored(matchID);
    if (!read || this.timed.get(matchID) !== entry) return;
    this.restartWaits(matchID, entry, read.state);
  }

  stop(): void {
    this.stopped = true;
    for (const entry of this.timed.values()) clearTimeout(entry.timer);
    this.timed.clear();
  }

  private untime(matchID: string): void {
    clearTimeout(this.timed.get(matchID)?.timer);
    this.timed.delete(matchID);
  }

  private restartWaits(matchID: string, entry: Timed, state: State): void {
    const now = Date.now();
    entry.stateID = state._stateID;
    entry.waitingSince = {};
    for (const seat of runningSeats(state)) entry.waitingSince[seat] = now;
    this.arm(matchID, entry);
  }

  private committed(matchID: string, state: State, deltalog: LogEntry[]): void {
    const entry = this.timed.get(matchID);
    if (!entry || state._stateID <= entry.stateID) return;
    if (state.ctx.gameover !== undefined) {
      this.untime(matchID);
      return;
    }
    const now = Date.now();
    const movers = moversOf(deltalog);
    const waitingSince: Partial<Record<Seat, number>> = {};
    // A seat that still waits keeps its start (the rival's headline does not restart it); a mover starts anew.
    for (const seat of runningSeats(state))
      waitingSince[seat] = movers.includes(seat) ? now : (entry.waitingSince[seat] ?? now);
    entry.stateID = state._stateID;
    entry.waitingSince = waitingSince;
    this.arm(matchID, entry);
  }

  private arm(matchID: string, entry: Timed): void {
    clearTimeout(entry.timer);
    if (this.stopped || this.holds.isHeld(matchID)) return;
    const starts = Object.values(entry.waitingSince);
    if (starts.length === 0) return;
    const dueAt = Math.min(...starts) + entry.turnMs;
    entry.timer = setTimeout(
      () => {
        void this.runOut(matchID, entry).catch((error: unknown) => {
          matchLog(matchID).error({ err: error }, 'turn timer failed');
        });
      },
      Math.max(0, dueAt - Date.now()) + 1,
    );
  }

  /** A wait ran out: the default move for the seat that waited longest, if it is still to move. */
  private async runOut(matchID: string, entry: Timed): Promise<void> {
    if (this.stopped || this.timed.get(matchID) !== entry) return;
    if (await this.holds.checkHeld(matchID)) return;
    const [read, stored] = await Promise.all([
      this.authority.readStored(matchID),
      this.store.loadMetadata(matchID),
    ]);
    if (!read || !stored || read.status === 'closed' || read.state.ctx.gameover !== undefined) return;
    if (this.timed.get(matchID) !== entry) return;
    // Commits this process was not told of (another process made them): the waits start afresh.
    if (read.state._stateID !== entry.stateID) {
      this.restartWaits(matchID, entry, read.state);
      return;
    }
    const now = Date.now();
    const seat = (Object.entries(entry.waitingSince) as [Seat, number][])
      .filter(([, since]) => since + entry.turnMs <= now)
      .sort(([, a], [, b]) => a - b)[0]?.[0];
    if (seat === undefined) {
      this.arm(matchID, entry);
      return;
    }
    const credentials = seatEntry(stored.metadata, seat)?.credentials;
    if (typeof credentials !== 'string') {
      // Nobody holds the seat yet: nothing to time until someone joins (a join is no commit: wait anew).
      entry.waitingSince[seat] = now;
      this.arm(matchID, entry);
      return;
    }
    await this.playDefault(matchID, seat, credentials, read.state);
  }

  /**
   * The default move, and when it played a card for operations, the end of that turn at once (the
   * rulebook's timeout spends no operations).
   */
  private async playDefault(matchID: string, seat: Seat, credentials: string, state: State): Promise<void> {
    const side = sideOfPlayerId(seat);
    if (!side) return;
    let current = state;
    for (let step = 0; step < 2; step++) {
      const move = timeoutMove(current.G as GameState, side);
      if (!move) return;
      const outcome = await this.send(matchID, seat, credentials, current._stateID, move);
      if (!outcome) return;
      current = outcome;
      const spentNothing = move.type === 'playCard' && move.use === 'ops';
      if (!spentNothing) return;
    }
  }

  private async send(
    matchID: string,
    seat: Seat,
    credentials: string,
    stateID: number,
    move: Move,
  ): Promise<State | undefined> {
    const { type, side: _side, ...fields } = move;
    const outcome = await this.authority.move({
      matchID,
      seat,
      stateID,
      move: { moveType: type, fields, payloadSeat: seat, credentials },
    });
    if (outcome.ok) return outcome.value;
    if (!quietRefusals.has(outcome.rejection.code))
      matchLog(matchID).error({ rejection: outcome.rejection }, 'turn timer move refused');
    return undefined;
  }
}
