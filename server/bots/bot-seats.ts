import { randomBytes } from 'node:crypto';
import type { State } from 'boardgame.io';
import type { Bot } from '../../rules/bots/index.ts';
import { createBot } from '../../rules/bots/index.ts';
import type { PlayerView } from '../../rules/index.ts';
import type { MatchAuthority } from '../authority/authority.ts';
import type { MatchHolds } from '../authority/holds.ts';
import type { Seat } from '../authority/seats.ts';
import { seatEntry } from '../authority/seats.ts';
import { legalMovesFromView } from '../../rules/index.ts';
import type { MatchStore } from '../storage/match-store.ts';
import { botSeatOf, humanJoined } from './bot-setup.ts';
import { matchLog } from '../log.ts';

export interface BotSeatOptions {
  /** Pause before a bot moves, so a human sees the position first (0 in tests). */
  thinkMs: number;
  /** Matches a facilitator paused: their bot seats wait (they are poked again on resume). */
  holds?: MatchHolds;
}

interface Seated {
  seat: Seat;
  bot: Bot;
  /** A turn is being played (or scheduled); `again` asks for another look when it finishes. */
  busy: boolean;
  again: boolean;
}

/**
 * Server-played seats. A bot is a client of the authority like any other: it sees only its seat's
 * filtered view, picks among the legal moves of that view, and its move goes through `authority.move`
 * (credentials, kernel check, compare-and-set commit, broadcast). It looks again after every commit of
 * its match, after the match is created or joined, and for every open match when the server starts; it
 * plays only once a human holds the other seat.
 */
export class BotSeats {
  private readonly seated = new Map<string, Seated>();
  private readonly sleeping = new Map<ReturnType<typeof setTimeout>, () => void>();
  private stopped = false;

  constructor(
    private readonly authority: MatchAuthority,
    private readonly store: MatchStore,
    private readonly options: BotSeatOptions,
  ) {
    authority.onCommit((matchID) => {
      if (this.seated.has(matchID)) this.poke(matchID);
    });
  }

  /** Starts playing the bot seats of every open match (after a restart). */
  async resume(gameName: string): Promise<void> {
    for (const matchID of await this.store.listMatches({ gameName, isGameover: false })) this.poke(matchID);
  }

  /** No more bot moves (the server is shutting down). */
  stop(): void {
    this.stopped = true;
    for (const [timer, wake] of this.sleeping) {
      clearTimeout(timer);
      wake();
    }
    this.sleeping.clear();
  }

  /** Looks at a match and, if its bot seat may move, plays one move (serialised per match). */
  poke(matchID: string): void {
    if (this.stopped) return;
    void this.turn(matchID).catch((error: unknown) => {
      matchLog(matchID).error({ err: error }, 'bot seat failed');
    });
  }

  private async seatOf(matchID: string): Promise<Seated | undefined> {
    const known = this.seated.get(matchID);
    if (known) return known;
    const stored = await this.store.loadMetadata(matchID);
    const setup = stored ? botSeatOf(stored.metadata) : undefined;
    if (!setup) return undefined;
    const seated: Seated = {
      seat: setup.seat,
      bot: createBot(setup.spec, randomBytes(16).toString('hex')),
      busy: false,
      again: false,
    };
    this.seated.set(matchID, seated);
    return seated;
  }

  private async turn(matchID: string): Promise<void> {
    const seated = await this.seatOf(matchID);
    if (!seated) return;
    if (seated.busy) {
      seated.again = true;
      return;
    }
    seated.busy = true;
    try {
      do {
        seated.again = false;
        if (this.options.thinkMs > 0) await this.think();
        if (this.stopped) return;
        await this.playOnce(matchID, seated);
      } while (seated.again && !this.stopped);
    } finally {
      seated.busy = false;
    }
  }

  /** The think pause; cut short (and no move made) when the seats stop. */
  private think(): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.sleeping.delete(timer);
        resolve();
      }, this.options.thinkMs);
      this.sleeping.set(timer, resolve);
    });
  }

  private async playOnce(matchID: string, seated: Seated): Promise<void> {
    const [read, stored] = await Promise.all([
      this.authority.readStored(matchID),
      this.store.loadMetadata(matchID),
    ]);
    if (!read || !stored) return;
    // A migrated match is played from its migrated state; a closed one takes no moves.
    const { state } = read;
    if (state.ctx.gameover !== undefined || read.status === 'closed') {
      this.seated.delete(matchID);
      return;
    }
    // No thinking (the CPU a griefer could make the server spend) before a human holds the other seat.
    if (!humanJoined(stored.metadata, seated.seat)) return;
    // A paused table's bot waits: the resume pokes it.
    if (this.options.holds?.isHeld(matchID) === true) return;
    const credentials = seatEntry(stored.metadata, seated.seat)?.credentials;
    const move = this.choose(seated, state);
    if (!move || typeof credentials !== 'string') return;
    const { type, side: _side, ...fields } = move;
    const outcome = await this.authority.move({
      matchID,
      seat: seated.seat,
      stateID: state._stateID,
      move: { moveType: type, fields, payloadSeat: seated.seat, credentials },
    });
    // A race lost to the human (both choose headlines at once): their commit pokes the bot again.
    // Or paused through another process (several share the store): that process pokes its own bot on resume.
    const quiet = ['staleState', 'shuttingDown', 'outOfTime', 'gameOver', 'paused'];
    if (!outcome.ok && !quiet.includes(outcome.rejection.code))
      matchLog(matchID).error({ rejection: outcome.rejection }, 'bot seat move refused');
  }

  private choose(seated: Seated, state: State) {
    const view = this.authority.filterFor(seated.seat, state).G as PlayerView;
    const legal = legalMovesFromView(view);
    return legal.length === 0 ? undefined : seated.bot.chooseMove(view, legal);
  }
}
