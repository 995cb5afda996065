import type { LogEntry, State } from 'boardgame.io';
import type { Socket } from 'socket.io-client';
import { io } from 'socket.io-client';
import type { Move, PlayerView } from '../../rules/index.ts';
import type { Bot } from '../../rules/bots/index.ts';
import type { LoadTally } from './tally.ts';
import { legalMovesFromView } from '../../rules/index.ts';
import type { PatchOperation } from '../../server/transport/json-patch.ts';
import { applyJsonPatch } from '../../server/transport/json-patch.ts';
import { wireRejectionSchema } from '../../src/wire.ts';

export interface SeatOptions {
  url: string;
  gameName: string;
  matchID: string;
  seat: '0' | '1';
  credentials: string;
  bot: Bot;
  thinkMs: number;
  tally: LoadTally;
  /** False once the run's time is up: no new moves. */
  isOpen: () => boolean;
  /** No move before this resolves (the measured window opens once every match is seated and synced). */
  started: Promise<void>;
  /**
   * Our server applies a headline chosen while the rival's landed (rules' standsAfterRivalsHeadline);
   * the stock server drops it silently.
   */
  staleHeadlinesStand: boolean;
}

/** A move with no answer for this long is counted as a timeout and the seat re-syncs. */
const answerTimeoutMs = 5000;

/**
 * One seat of a load match: a bare Socket.IO client speaking boardgame.io's protocol. It plays the bot's
 * choice among the legal moves of its own view after `thinkMs`, and times each move from `update` emit
 * to the `update` or `patch` whose deltalog holds it.
 */
export class LoadSeat {
  private readonly socket: Socket;
  private current: State | undefined;
  /** The legal moves of `current`'s view, worked out once per state (patches change it in place). */
  private legal: { stateID: number; moves: Move[] } | undefined;
  private pending: { stateID: number; sentAt: number; moveType: string } | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private finish: (() => void) | undefined;
  readonly finished: Promise<void>;
  private markSynced: (() => void) | undefined;
  /** Resolves on the first state the server sends (the seat's sync). */
  readonly synced: Promise<void>;
  private go = false;
  private firstMove = true;

  constructor(private readonly o: SeatOptions) {
    this.finished = new Promise((resolve) => {
      this.finish = resolve;
    });
    this.synced = new Promise((resolve) => {
      this.markSynced = resolve;
    });
    void o.started.then(() => {
      this.go = true;
      this.schedule();
    });
    this.socket = io(`${o.url}/${o.gameName}`, { forceNew: true, transports: ['websocket'] });
    this.socket.on('connect', () => {
      this.sync();
    });
    this.socket.on('connect_error', () => {
      o.tally.error('connectError');
    });
    this.socket.on('sync', (matchID: unknown, info: { state?: State } | undefined) => {
      if (matchID === o.matchID && info?.state) this.onState(info.state);
    });
    this.socket.on(
      'update',
      (matchID: unknown, state: State | undefined, deltalog: LogEntry[] | undefined) => {
        if (matchID !== o.matchID || !state) return;
        this.acknowledge(deltalog ?? []);
        this.onState(state);
      },
    );
    this.socket.on(
      'patch',
      (
        matchID: unknown,
        prevStateID: unknown,
        _stateID: unknown,
        patch: PatchOperation[] | undefined,
        deltalog: LogEntry[] | undefined,
      ) => {
        if (matchID !== o.matchID || !patch) return;
        this.acknowledge(deltalog ?? []);
        this.onPatch(prevStateID, patch);
      },
    );
    this.socket.on('rejected', (rejection: unknown) => {
      const parsed = wireRejectionSchema.safeParse(rejection);
      const code = parsed.success ? parsed.data.code : 'unknown';
      if (code === 'staleState') o.tally.staleRaces++;
      else o.tally.error(code);
      this.pending = undefined;
      this.schedule();
    });
  }

  /**
   * Called about once a second by the seat's group (one timer for thousands of seats): a move with no
   * answer for too long counts as a timeout and the seat re-syncs.
   */
  checkAnswered(now: number): void {
    if (this.pending && now - this.pending.sentAt > answerTimeoutMs) {
      this.o.tally.error('timeout');
      this.pending = undefined;
      this.sync();
    }
  }

  close(): void {
    if (this.timer) clearTimeout(this.timer);
    this.socket.close();
    this.finish?.();
  }

  private acknowledge(deltalog: readonly LogEntry[]): void {
    const pending = this.pending;
    if (!pending) return;
    // The seat's one move in flight: made at pending.stateID, or applied one state later (a headline
    // chosen while the rival's landed stands: rules' standsAfterRivalsHeadline).
    const mine = deltalog.find(
      (entry) =>
        entry._stateID >= pending.stateID &&
        entry.action.type === 'MAKE_MOVE' &&
        entry.action.payload.playerID === this.o.seat,
    );
    if (!mine || this.o.tally.closed) return;
    const now = performance.now();
    if (now >= this.o.tally.measureFromMs) {
      this.o.tally.roundTripsMs.push(now - pending.sentAt);
      this.o.tally.acknowledgedAtMs.push(now);
    }
    this.o.tally.acknowledged.push({ matchID: this.o.matchID, seat: this.o.seat, stateID: mine._stateID });
    this.pending = undefined;
  }

  /** (Re)joins the seat: the server answers with the whole state. */
  private sync(): void {
    this.socket.emit('sync', this.o.matchID, this.o.seat, this.o.credentials, 2);
  }

  /** A patch applies to the state held, in place; one that does not (the server's bug) means a re-sync. */
  private onPatch(prevStateID: unknown, patch: PatchOperation[]): void {
    const held = this.current;
    if (held?._stateID !== prevStateID) {
      this.o.tally.error('patchGap');
      this.sync();
      return;
    }
    try {
      this.onState(applyJsonPatch(held, patch) as State);
    } catch {
      this.current = undefined;
      this.o.tally.error('badPatch');
      this.sync();
    }
  }

  private onState(state: State): void {
    if (this.current && state._stateID < this.current._stateID) return;
    this.current = state;
    this.markSynced?.();
    // A newer state without our move: the rival won a race. Ours was dropped (the stock server), or is
    // on its way (a headline, on ours: it stands after the rival's).
    if (this.pending && state._stateID > this.pending.stateID && !this.mayStillLand(state))
      this.pending = undefined;
    if (state.ctx.gameover !== undefined) {
      this.finish?.();
      return;
    }
    this.schedule();
  }

  private mayStillLand(state: State): boolean {
    const pending = this.pending;
    return (
      this.o.staleHeadlinesStand &&
      pending?.moveType === 'chooseHeadline' &&
      state._stateID === pending.stateID + 1 &&
      (state.G as PlayerView).phase === 'headline'
    );
  }

  private schedule(): void {
    if (!this.go || this.timer || this.pending || !this.current) return;
    if (this.legalMoves(this.current).length === 0) return;
    // The first think is a random part of thinkMs, so that thousands of seats synced together do not all
    // move in the same millisecond (people do not). After that a think is drawn from 0.5–1.5 × thinkMs
    // (mean thinkMs): people do not think for a constant time, and with a constant one every burst (all
    // the answers a server stall held back) came back as a burst of moves one thinkMs later, forever.
    const thinkMs = this.o.thinkMs * (this.firstMove ? Math.random() : 0.5 + Math.random());
    this.firstMove = false;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.play();
    }, thinkMs);
  }

  private play(): void {
    const state = this.current;
    if (!state || this.pending || !this.o.isOpen() || state.ctx.gameover !== undefined) return;
    const legal = this.legalMoves(state);
    if (legal.length === 0) return;
    const { type, side: _side, ...fields } = this.o.bot.chooseMove(state.G as PlayerView, legal);
    const action = {
      type: 'MAKE_MOVE',
      payload: { type, args: [fields], playerID: this.o.seat, credentials: this.o.credentials },
    };
    this.pending = { stateID: state._stateID, sentAt: performance.now(), moveType: type };
    this.o.tally.sent++;
    this.socket.emit('update', action, state._stateID, this.o.matchID, this.o.seat);
  }

  private legalMoves(state: State): Move[] {
    if (this.legal?.stateID !== state._stateID)
      this.legal = { stateID: state._stateID, moves: legalMovesFromView(state.G as PlayerView) };
    return this.legal.moves;
  }
}
