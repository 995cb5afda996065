import type { LogEntry, State } from 'boardgame.io';
import type { Move, PlayerView, Side } from '../../rules/index.ts';
import {
  isRejection,
  legalMovesFromView,
  parseMove,
  sidesToMoveFromView,
  whyIllegalFromView,
} from '../../rules/index.ts';
import type { Seat } from '../../server/authority/seats.ts';
import type { WireRejection } from '../../src/wire.ts';
import { decisionBudgetMs, withinBudget } from './clock-budget.ts';
import { BotClientError } from './errors.ts';
import type { Decider } from './decider.ts';
import type { Lobby } from './lobby.ts';
import type { BotResult } from './result.ts';
import { resultOf } from './result.ts';
import { SeatSocket } from './seat-socket.ts';

export interface SeatPlay {
  serverUrl: string;
  matchID: string;
  seat: Seat;
  side: Side;
  credentials: string;
  decider: Decider;
  lobby: Lobby;
  /** Whether the match has a clock (then each decision is given a share of the bank). */
  clocked: boolean;
  /** Progress and warnings (stderr in the CLI). */
  say: (line: string) => void;
}

/** Refusals of the seat itself: no retry can help. */
const fatalCodes = new Set(['unauthorized', 'matchNotFound', 'seatMismatch']);
/** The rival moved first, or the server asks to wait a moment: decide again on the latest state. */
const raceCodes = new Set(['staleState', 'conflict']);
const rateLimitRetryMs = 500;
/** A match that takes no moves now (the server draining, a closed rules version) is asked again this often. */
const waitingRetryMs = 5000;
/** The kernel refusing this many moves the view called legal means the bot and server disagree: give up. */
const maxKernelRefusals = 20;

const actionPrefix = 'takeAction:';

/** Our own log entries keep their arguments (the rival's come with `args: null`). */
function moveLabel(entry: LogEntry): string {
  const { type, args } = entry.action.payload as { type: string; args?: unknown };
  const fields: unknown = Array.isArray(args) ? args[0] : undefined;
  const action =
    typeof fields === 'object' && fields !== null ? (fields as { action?: unknown }).action : undefined;
  return type === 'takeAction' && typeof action === 'string' ? `${actionPrefix}${action}` : type;
}

/**
 * Plays one seat to the end: a move whenever the seat's view says it is to move (both seats in the
 * headline phase), chosen by the decider from the view's legal moves, one move in flight at a time.
 */
export class SeatPlayer {
  private readonly socket: SeatSocket;
  private current: State | undefined;
  private seated = new Set<string>();
  /** The move in flight: made at `stateID`, answered by a log entry of ours or a rejection. */
  private pending: { stateID: number; moveType: string } | undefined;
  private deciding = false;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  /**
   * Our committed moves by state id, from every log entry seen (a re-sync repeats some): the takeAction
   * id, else the move type.
   */
  private readonly ownMoves = new Map<number, string>();
  /** The state ids of the rival's committed moves (their entries come without arguments). */
  private readonly rivalMoves = new Set<number>();
  private connections = 0;
  private rejections = 0;
  private kernelRefusals = 0;
  private illegalChoices = 0;
  private waitingSaid = '';
  private settle: { resolve: (result: BotResult) => void; reject: (error: Error) => void } | undefined;
  readonly result: Promise<BotResult>;

  constructor(private readonly o: SeatPlay) {
    this.result = new Promise((resolve, reject) => {
      this.settle = { resolve, reject };
    });
    this.socket = new SeatSocket(o.serverUrl, o.matchID, o.seat, o.credentials, {
      onState: (state, log) => {
        this.onState(state, log);
      },
      onPlayers: (seated) => {
        this.seated = new Set(seated);
        this.schedule();
      },
      onRejected: (rejection) => {
        this.onRejected(rejection);
      },
      onConnection: (event, detail) => {
        if (event === 'connected') this.connections++;
        else {
          o.say(`connection lost (${detail}); reconnecting`);
          // A move in flight may have been lost with the connection: the re-sync says whether it landed.
          this.pending = undefined;
        }
      },
    });
  }

  /** The last state the server sent (the final one once `result` resolved). */
  get lastState(): State | undefined {
    return this.current;
  }

  /** This seat's committed actions by action id (`takeAction` moves), as `npm run sim` counts them. */
  actionCounts(): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const label of this.ownMoves.values())
      if (label.startsWith(actionPrefix)) {
        const action = label.slice(actionPrefix.length);
        counts[action] = (counts[action] ?? 0) + 1;
      }
    return counts;
  }

  /** Moves the server committed so far, this seat's and the rival's, from the log entries it sent. */
  committedMoves(): { own: number; rival: number } {
    return { own: this.ownMoves.size, rival: this.rivalMoves.size };
  }

  /** Cuts the connection as a network failure would (tests of the reconnection). */
  dropConnection(): void {
    this.socket.dropConnection();
  }

  stop(): void {
    clearTimeout(this.retryTimer);
    this.socket.close();
  }

  private finish(outcome: BotResult | BotClientError): void {
    const settle = this.settle;
    this.settle = undefined;
    this.stop();
    if (!settle) return;
    if (outcome instanceof BotClientError) settle.reject(outcome);
    else settle.resolve(outcome);
  }

  private onState(state: State, log: readonly LogEntry[]): void {
    for (const entry of log) {
      if (entry.action.type !== 'MAKE_MOVE') continue;
      if (entry.action.payload.playerID === this.o.seat) this.ownMoves.set(entry._stateID, moveLabel(entry));
      else this.rivalMoves.add(entry._stateID);
    }
    if (this.current && state._stateID < this.current._stateID) return;
    this.current = state;
    const pending = this.pending;
    if (pending && state._stateID > pending.stateID && !this.mayStillLand(state)) this.pending = undefined;
    if (state.ctx.gameover !== undefined) {
      const { matchID, seat, side, decider } = this.o;
      this.finish(
        resultOf(
          state,
          { matchID, seat, side, bot: decider.name },
          {
            moves: this.ownMoves.size,
            reconnects: Math.max(0, this.connections - 1),
            rejections: this.rejections,
            illegalChoices: this.illegalChoices,
          },
        ),
      );
      return;
    }
    this.schedule();
  }

  /**
   * A headline chosen at state N stands when the rival's headline made N+1 meanwhile (rules'
   * standsAfterRivalsHeadline): it is still on its way, not lost.
   */
  private mayStillLand(state: State): boolean {
    const pending = this.pending;
    return (
      pending?.moveType === 'chooseHeadline' &&
      state._stateID === pending.stateID + 1 &&
      (state.G as PlayerView).phase === 'headline'
    );
  }

  private onRejected(rejection: WireRejection): void {
    if (fatalCodes.has(rejection.code)) {
      this.finish(
        new BotClientError(
          `the server refused seat ${this.o.seat} of match ${this.o.matchID}: ${rejection.message} (${rejection.code})`,
        ),
      );
      return;
    }
    this.rejections++;
    this.pending = undefined;
    if (raceCodes.has(rejection.code)) {
      this.schedule();
      return;
    }
    switch (rejection.code) {
      case 'rateLimited':
        this.retryLater(rateLimitRetryMs, false);
        return;
      case 'notSynced':
        this.socket.sync();
        return;
      case 'outOfTime':
      case 'gameOver':
        // The final state is on its way; a sync fetches it if it was missed.
        this.retryLater(waitingRetryMs, true);
        return;
      case 'shuttingDown':
      case 'rulesVersionClosed':
      case 'paused':
        this.wait(`the match takes no moves now: ${rejection.message}`);
        this.retryLater(waitingRetryMs, true);
        return;
      default:
        this.o.say(`move refused: ${rejection.message} (${rejection.code})`);
        if (++this.kernelRefusals > maxKernelRefusals) {
          this.finish(
            new BotClientError(`the server refused ${maxKernelRefusals} moves; last: ${rejection.message}`),
          );
          return;
        }
        this.retryLater(rateLimitRetryMs, true);
    }
  }

  private retryLater(delayMs: number, resync: boolean): void {
    clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => {
      if (resync) this.socket.sync();
      else this.schedule();
    }, delayMs);
  }

  /** Says once why the bot is not moving. */
  private wait(why: string): void {
    if (this.waitingSaid === why) return;
    this.waitingSaid = why;
    this.o.say(`waiting: ${why}`);
  }

  /** Decides and sends a move when the seat is to move and nothing is in flight or being decided. */
  private schedule(): void {
    const state = this.current;
    if (!this.settle || this.deciding || this.pending || !state || state.ctx.gameover !== undefined) return;
    if (this.seated.size < 2) {
      this.wait('the other seat has not been joined yet');
      return;
    }
    const view = state.G as PlayerView;
    if (!sidesToMoveFromView(view).includes(this.o.side)) return;
    const legal = legalMovesFromView(view);
    if (legal.length === 0) return;
    this.waitingSaid = '';
    this.deciding = true;
    this.decide(view, legal)
      .then((move) => {
        this.deciding = false;
        this.sendOnLatest(move);
      })
      .catch((error: unknown) => {
        this.deciding = false;
        this.finish(
          new BotClientError(
            `the bot failed to decide: ${error instanceof Error ? error.message : String(error)}`,
          ),
        );
      });
  }

  /** The decider's move, or the first legal move when it is illegal or late for the clock. */
  private async decide(view: PlayerView, legal: readonly Move[]): Promise<Move> {
    const budgetMs = this.o.clocked
      ? await decisionBudgetMs(this.o.lobby, this.o.matchID, view, this.o.side)
      : undefined;
    const fallback = legal[0];
    if (!fallback) throw new Error('no legal move');
    const chosen = await withinBudget(this.o.decider.decide(view, legal), budgetMs);
    if (chosen === undefined) {
      this.o.say(`no decision within ${Math.round(budgetMs ?? 0)} ms of the clock: playing ${fallback.type}`);
      return fallback;
    }
    // A bot module's answer is untrusted input: the kernel's own move parser reads it, as the server will.
    const parsed = parseMove(chosen);
    if (isRejection(parsed)) return this.illegal(parsed.message, chosen, fallback);
    const why =
      parsed.side === this.o.side ? whyIllegalFromView(view, parsed) : { message: 'not a move of this side' };
    return why === undefined ? parsed : this.illegal(why.message, chosen, fallback);
  }

  private illegal(reason: string, chosen: unknown, fallback: Move): Move {
    this.illegalChoices++;
    this.o.say(
      `the bot chose an illegal move (${reason}): ${JSON.stringify(chosen)}; playing ${fallback.type}`,
    );
    return fallback;
  }

  /**
   * Sends the move at the latest state: the rival may have moved while the bot thought (a headline in
   * the simultaneous phase); the move still goes when it is legal there, else the bot decides again.
   */
  private sendOnLatest(move: Move): void {
    const state = this.current;
    if (!this.settle || !state || state.ctx.gameover !== undefined || this.pending) return;
    const view = state.G as PlayerView;
    if (!sidesToMoveFromView(view).includes(this.o.side) || whyIllegalFromView(view, move) !== undefined) {
      this.schedule();
      return;
    }
    this.pending = { stateID: state._stateID, moveType: move.type };
    this.socket.send(move, state._stateID);
  }
}
