import type { MatchAuthority } from '../authority/authority.ts';
import { refused, succeed } from '../boundary/rejection.ts';
import type { PlayServices } from '../bots/services.ts';
import type { MatchStore } from '../storage/match-store.ts';
import { loadSettings, saveSettings, turnSecondsRange } from './facilitator-settings.ts';
import { commitInjection } from './inject-commit.ts';
import type { PausedMatches } from './paused-matches.ts';
import type { ControlOutcome, InjectRequest, TableControls } from './table-controls.ts';
import { TurnTimers } from './turn-timers.ts';
import { matchLog } from '../log.ts';

const done: ControlOutcome = succeed(undefined);

/**
 * The facilitator's hands on a table's match (TableControls), over the authority and its play services:
 * a pause gates moves and holds the bot seat, the clock and the turn timer; an injection is a journaled
 * commit; timed turns make the rulebook's default move. Pause and turn time are kept in the match's
 * metadata and picked up again by `resume` after a restart, before the clocks and bots resume, and by
 * `followStored` when another process changed them.
 */
export class MatchControls implements TableControls {
  private readonly timers: TurnTimers;
  private settingsListener: ((matchID: string) => void) | undefined;

  constructor(
    private readonly authority: MatchAuthority,
    private readonly store: MatchStore,
    private readonly play: Pick<PlayServices, 'bots' | 'clocks'>,
    private readonly paused: PausedMatches,
  ) {
    this.timers = new TurnTimers(authority, store, paused);
    paused.onDiscovered((matchID, isPaused) => {
      void this.follow(matchID, isPaused).catch((error: unknown) => {
        matchLog(matchID).error({ err: error }, 'following the pause failed');
      });
    });
    // Several processes: a match this one holds as paused is looked up again at its next commit (a
    // resume made elsewhere is followed by moves, which this process hears of through the bus).
    if (paused.shared)
      authority.onCommit((matchID) => {
        if (!paused.isHeld(matchID)) return;
        paused.checkHeld(matchID).catch((error: unknown) => {
          matchLog(matchID).error({ err: error }, 'reading the pause failed');
        });
      });
  }

  /** The server's own players of the match follow a pause or a resume: clock, turn timer, bot seat. */
  private async follow(matchID: string, paused: boolean): Promise<void> {
    if (paused) {
      this.play.clocks.hold(matchID);
      this.timers.hold(matchID);
      return;
    }
    await this.play.clocks.release(matchID);
    await this.timers.release(matchID);
    this.play.bots.poke(matchID);
  }

  /** Who hears that this process changed a match's stored settings (its sockets, the other processes). */
  onSettingsChanged(listener: (matchID: string) => void): void {
    this.settingsListener = listener;
  }

  /**
   * Another process changed a match's settings: this process's gate, clock and bot follow the stored pause,
   * and its turn timer the stored turn time (every process times a timed match, as after a restart).
   */
  async followStored(matchID: string): Promise<void> {
    await this.paused.checkHeld(matchID);
    const settings = await loadSettings(this.store, matchID);
    if (settings && settings.turnSeconds !== (this.timers.turnSecondsOf(matchID) ?? null))
      await this.timers.time(matchID, settings.turnSeconds);
  }

  /** After a (re)start: every open match's pause and turn time. Run before the clocks and bots resume. */
  async resume(gameName: string): Promise<void> {
    for (const matchID of await this.store.listMatches({ gameName, isGameover: false })) {
      const settings = await loadSettings(this.store, matchID);
      if (!settings) continue;
      this.paused.mark(matchID, settings.paused);
      if (settings.turnSeconds !== null) await this.timers.time(matchID, settings.turnSeconds);
    }
  }

  stop(): void {
    this.timers.stop();
  }

  isPaused(matchID: string): boolean {
    return this.paused.isHeld(matchID);
  }

  /** Turn time of a timed match in seconds, undefined when untimed (tests, a facilitator's overview). */
  turnSecondsOf(matchID: string): number | undefined {
    return this.timers.turnSecondsOf(matchID);
  }

  /**
   * In the match's queue, so no move lands after the pause is answered: stored first (a restart and the
   * other processes read it), then this process's gate, clock, turn timer and bot seat follow.
   */
  setPaused(matchID: string, paused: boolean): Promise<ControlOutcome> {
    return this.authority.exclusive(matchID, async () => {
      if (paused) {
        const read = await this.authority.readStored(matchID);
        if (!read) return refused('matchNotFound', 'no such match');
        if (read.state.ctx.gameover !== undefined) return refused('gameOver', 'the game is over');
      }
      if (!(await saveSettings(this.store, matchID, { paused })))
        return (await this.store.loadMetadata(matchID))
          ? refused('conflict', 'the table changed under the pause; try again')
          : refused('matchNotFound', 'no such match');
      // Pausing a paused table (or resuming a running one) changes nothing: its clock gains no time.
      if (this.paused.mark(matchID, paused)) await this.follow(matchID, paused);
      this.settingsListener?.(matchID);
      return done;
    });
  }

  inject(matchID: string, request: InjectRequest): Promise<ControlOutcome> {
    return this.authority.exclusive(matchID, () =>
      commitInjection(this.authority, this.store, matchID, request),
    );
  }

  async setTurnSeconds(matchID: string, seconds: number | null): Promise<ControlOutcome> {
    const { min, max } = turnSecondsRange;
    if (
      seconds !== null &&
      (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds < min || seconds > max)
    )
      return refused('badTurnSeconds', `a turn lasts ${min} to ${max} seconds, or null for no limit`);
    const read = await this.authority.readStored(matchID);
    if (!read) return refused('matchNotFound', 'no such match');
    if (seconds !== null && read.state.ctx.gameover !== undefined)
      return refused('gameOver', 'the game is over');
    if (!(await saveSettings(this.store, matchID, { turnSeconds: seconds })))
      return refused('conflict', 'the table changed under the new turn time; try again');
    await this.timers.time(matchID, seconds);
    this.settingsListener?.(matchID);
    return done;
  }
}
