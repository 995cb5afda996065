import type { LogEntry, State } from 'boardgame.io';
import type { MatchAuthority } from '../authority/authority.ts';
import { refuse } from '../boundary/rejection.ts';
import type { MatchHolds } from '../authority/holds.ts';
import { KeyedQueue } from '../authority/keyed-queue.ts';
import type { Seat } from '../authority/seats.ts';
import type { MatchStore } from '../storage/match-store.ts';
import type { ClockState } from './clock.ts';
import { flaggedAt, msUntilFlag, settle } from './clock.ts';
import { loadClock, saveClock } from './clock-store.ts';
import { moversOf, runningSeats } from './running.ts';
import { matchLog } from '../log.ts';

interface Ticking {
  clock: ClockState;
  /** Seats whose bank runs now (those to move in the last committed state). */
  running: Seat[];
  timer?: ReturnType<typeof setTimeout>;
}

const rival = (seat: Seat): Seat => (seat === '0' ? '1' : '0');

/** How soon a clock paused through another process looks again (it hears of no resume). */
const heldRecheckMs = 1000;

/**
 * Server-enforced chess clocks. In memory while the process runs (settled on every commit, checked
 * before every move), and saved in the match's metadata after every commit, so a restarted server picks
 * each clock up again (`resume`). When a running bank empties, the match ends as a loss on time: the
 * server commits a final state whose `ctx.gameover` is `{ winner, reason: 'time', loserOnTime }`.
 * A held (paused) match's clock stands still: `hold` settles it and no bank runs until `release`.
 */
export class ClockKeeper {
  private readonly ticking = new Map<string, Ticking>();
  private readonly writes = new KeyedQueue();
  private stopped = false;

  constructor(
    private readonly authority: MatchAuthority,
    private readonly store: MatchStore,
    private readonly holds?: MatchHolds,
  ) {
    authority.onCommit((matchID, state, deltalog) => {
      this.committed(matchID, state, deltalog);
    });
    authority.addGate((matchID) => {
      const entry = this.ticking.get(matchID);
      if (!entry || !flaggedAt(entry.clock, entry.running, Date.now())) return undefined;
      this.arm(matchID, entry, 0);
      return refuse('outOfTime', 'a clock has run out: the match is over');
    });
  }

  /** Picks up the clocks of every open match (after a restart). */
  async resume(gameName: string): Promise<void> {
    for (const matchID of await this.store.listMatches({ gameName, isGameover: false }))
      await this.track(matchID);
  }

  /** Starts watching a match's clock, if it has one. */
  async track(matchID: string): Promise<void> {
    if (this.ticking.has(matchID)) return;
    const clock = await loadClock(this.store, matchID);
    if (!clock) return;
    // A match closed by its rules version takes no moves, so no flag either: its clock stands still.
    const read = await this.authority.readStored(matchID);
    if (!read || read.status === 'closed') return;
    const { state } = read;
    if (state.ctx.gameover !== undefined || this.stopped || this.ticking.has(matchID)) return;
    // Held since its last save (the pause settled it then): no bank runs, the downtime included.
    const held = this.holds?.isHeld(matchID) === true;
    const entry: Ticking = { clock, running: held ? [] : runningSeats(state) };
    this.ticking.set(matchID, entry);
    this.arm(matchID, entry, msUntilFlag(clock, entry.running, Date.now()));
  }

  /** The match is paused: its banks are settled now and stop running (saved, so a restart keeps them). */
  hold(matchID: string): void {
    const entry = this.ticking.get(matchID);
    if (!entry) return;
    clearTimeout(entry.timer);
    entry.clock = settle(entry.clock, entry.running, [], entry.clock.stateID, Date.now());
    entry.running = [];
    this.save(matchID, entry.clock);
  }

  /** The match resumes: the banks run again from now, for the seats to move in its current state. */
  async release(matchID: string): Promise<void> {
    const entry = this.ticking.get(matchID);
    if (!entry) return;
    const read = await this.authority.readStored(matchID);
    if (!read || this.ticking.get(matchID) !== entry || this.holds?.isHeld(matchID) === true) return;
    entry.clock = settle(entry.clock, [], [], entry.clock.stateID, Date.now());
    entry.running = runningSeats(read.state);
    this.save(matchID, entry.clock);
    this.arm(matchID, entry, msUntilFlag(entry.clock, entry.running, Date.now()));
  }

  /** A match's clock as it stands (tests, status). */
  clockOf(matchID: string): ClockState | undefined {
    return this.ticking.get(matchID)?.clock;
  }

  stop(): void {
    this.stopped = true;
    for (const entry of this.ticking.values()) clearTimeout(entry.timer);
    this.ticking.clear();
  }

  private committed(matchID: string, state: State, deltalog: LogEntry[]): void {
    const entry = this.ticking.get(matchID);
    if (!entry || state._stateID <= entry.clock.stateID) return;
    const now = Date.now();
    entry.clock = settle(entry.clock, entry.running, moversOf(deltalog), state._stateID, now);
    // A commit while paused (an event the facilitator brought in) starts no bank.
    entry.running = this.holds?.isHeld(matchID) === true ? [] : runningSeats(state);
    this.save(matchID, entry.clock);
    if (state.ctx.gameover !== undefined) {
      clearTimeout(entry.timer);
      this.ticking.delete(matchID);
      return;
    }
    this.arm(matchID, entry, msUntilFlag(entry.clock, entry.running, now));
  }

  private arm(matchID: string, entry: Ticking, inMs: number): void {
    clearTimeout(entry.timer);
    if (!Number.isFinite(inMs) || this.stopped) return;
    entry.timer = setTimeout(
      () => {
        void this.authority
          .exclusive(matchID, () => this.flag(matchID))
          .catch((error: unknown) => {
            matchLog(matchID).error({ err: error }, 'clock failed');
          });
      },
      Math.max(0, inMs) + 1,
    );
  }

  /** In the match's queue: if a running bank is empty, end the match on time. */
  private async flag(matchID: string): Promise<void> {
    const entry = this.ticking.get(matchID);
    if (!entry) return;
    if (!flaggedAt(entry.clock, entry.running, Date.now())) {
      this.arm(matchID, entry, msUntilFlag(entry.clock, entry.running, Date.now()));
      return;
    }
    if (await this.heldElsewhere(matchID, entry)) return;
    const now = Date.now();
    const loser = flaggedAt(entry.clock, entry.running, now);
    if (!loser) {
      this.arm(matchID, entry, msUntilFlag(entry.clock, entry.running, now));
      return;
    }
    const state = await this.store.loadState(matchID);
    if (!state || state.ctx.gameover !== undefined) return;
    const gameover = { winner: rival(loser), reason: 'time', loserOnTime: loser };
    const next: State = { ...state, ctx: { ...state.ctx, gameover }, _stateID: state._stateID + 1 };
    entry.clock = { ...settle(entry.clock, entry.running, [], next._stateID, now), flagged: loser };
    entry.running = [];
    const committed = await this.store.commitState(matchID, {
      state: next,
      deltalog: [],
      patch: { updatedAt: now, gameover },
    });
    if (!committed) return;
    this.save(matchID, entry.clock);
    this.ticking.delete(matchID);
    this.authority.committedOutsideMove(matchID, next, []);
  }

  /**
   * Before a flag, with several processes on one store: a pause made through another process stands
   * (look again later), and a clock that process settled since (at its pause or resume) replaces this
   * process's, whose banks ran through the pause. True when there is nothing to flag now.
   */
  private async heldElsewhere(matchID: string, entry: Ticking): Promise<boolean> {
    if (!this.holds) return false;
    if (await this.holds.checkHeld(matchID)) {
      this.arm(matchID, entry, heldRecheckMs);
      return true;
    }
    const stored = await loadClock(this.store, matchID);
    if (!stored || stored.stateID < entry.clock.stateID || stored.lastAt <= entry.clock.lastAt) return false;
    entry.clock = stored;
    const now = Date.now();
    if (flaggedAt(entry.clock, entry.running, now)) return false;
    this.arm(matchID, entry, msUntilFlag(entry.clock, entry.running, now));
    return true;
  }

  private save(matchID: string, clock: ClockState): void {
    void this.writes
      .run(matchID, () => saveClock(this.store, matchID, clock))
      .catch((error: unknown) => {
        matchLog(matchID).error({ err: error }, 'saving the clock failed');
      });
  }
}
