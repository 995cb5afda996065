import { Client } from 'boardgame.io/client';
import { SocketIO } from 'boardgame.io/multiplayer';
import type { ManagerOptions, Socket, SocketOptions } from 'socket.io-client';
import type { GameState, Move, PlayerView, Side } from '../../../rules/index.ts';
import { SiliconCurtain, legalMoves, sideOfPlayerId } from '../../../rules/index.ts';
import { nextInt, seedRng } from '../../../rules/rng.ts';
import type { Rejected } from './raw-socket.ts';
import { stateFromView } from '../../../rules/index.ts';

type Frame = [string, ...unknown[]];

/**
 * One seat played through boardgame.io's stock Client and Socket.IO transport, choosing uniformly among
 * the kernel's legal moves for its own view (seeded). Records every frame its socket receives.
 */
export class SeatDriver {
  readonly frames: Frame[] = [];
  readonly rejections: Rejected[] = [];

  /** Rejections an honest, fast client may get: a race with the rival, or playing faster than the limit. */
  illegalRejections(): Rejected[] {
    return this.rejections.filter((r) => r.code !== 'staleState' && r.code !== 'rateLimited');
  }
  readonly client: ReturnType<typeof Client<GameState>>;
  /** The stock transport's socket (its engine tells the transport in use). */
  readonly socket: Socket;
  private readonly side: Side;
  private readonly chooser;
  private lastActed = -1;
  private paused = false;
  private doneResolve: (() => void) | undefined;
  readonly done: Promise<void>;
  /** Called with every state the client is shown, before the driver reacts. */
  onState: ((stateID: number) => void) | undefined;

  /** `socketOpts` go to socket.io-client (transports, headers such as a cookie). */
  constructor(
    url: string,
    matchID: string,
    seat: '0' | '1',
    credentials: string,
    seed: string,
    socketOpts: Partial<ManagerOptions & SocketOptions> = {},
  ) {
    const side = sideOfPlayerId(seat);
    if (!side) throw new Error('bad seat');
    this.side = side;
    this.chooser = seedRng(seed);
    this.done = new Promise((resolve) => {
      this.doneResolve = resolve;
    });
    this.client = Client<GameState>({
      game: SiliconCurtain,
      multiplayer: SocketIO({ server: url, socketOpts }),
      matchID,
      playerID: seat,
      credentials,
      debug: false,
    });
    this.client.subscribe((state) => {
      if (!state) return;
      this.onState?.(state._stateID);
      if (state.ctx.gameover !== undefined) {
        this.doneResolve?.();
        return;
      }
      this.act(state._stateID, state.G as unknown as PlayerView);
    });
    this.client.start();
    // The stock transport keeps its socket private; the test reads it to record raw frames.
    const socket = (this.client as unknown as { transport: { socket: Socket } }).transport.socket;
    this.socket = socket;
    socket.onAny((event: string, ...args: unknown[]) => {
      this.frames.push([event, ...args]);
      if (event === 'rejected') this.onRejected(args[0] as Rejected);
      // A (re)sync may follow a move that was lost with the connection: decide again.
      if (event === 'sync') this.retry();
    });
  }

  /** Stops choosing moves (the client stays connected). */
  pause(): void {
    this.paused = true;
  }

  resume(): void {
    this.paused = false;
    this.retry();
  }

  stop(): void {
    this.client.stop();
  }

  private onRejected(rejection: Rejected): void {
    this.rejections.push(rejection);
    if (rejection.code === 'staleState') return;
    if (rejection.code === 'rateLimited') {
      setTimeout(() => {
        this.retry();
      }, 250);
      return;
    }
    this.retry();
  }

  private retry(): void {
    this.lastActed = -1;
    const state = this.client.getState();
    if (state && state.ctx.gameover === undefined) this.act(state._stateID, state.G as unknown as PlayerView);
  }

  private act(stateID: number, view: PlayerView): void {
    if (this.paused || stateID <= this.lastActed) return;
    const legal = legalMoves(stateFromView(view, this.side), this.side);
    const move = legal[nextInt(this.chooser, legal.length)];
    if (!move) return;
    this.lastActed = stateID;
    this.send(move);
  }

  private send(move: Move): void {
    const { type, side: _side, ...fields } = move;
    const makeMove = this.client.moves[type];
    if (!makeMove) throw new Error(`no move ${type}`);
    makeMove(fields);
  }
}
