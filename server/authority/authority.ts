import type { RecordableHistogram } from 'node:perf_hooks';
import { createHistogram } from 'node:perf_hooks';
import type { ActionShape, Game, LogEntry, State } from 'boardgame.io';
import { CreateGameReducer, ProcessGameConfig } from 'boardgame.io/internal';
import type { GameState, Move } from '../../rules/index.ts';
import {
  isRejection,
  parseMove,
  sideOfPlayerId,
  SiliconCurtain,
  standsAfterRivalsHeadline,
  whyIllegal,
} from '../../rules/index.ts';
import { HighWater } from '../bus/high-water.ts';
import type { MatchStore } from '../storage/match-store.ts';
import type { ClientMove } from './client-action.ts';
import { defaultCatchUp, logTail } from './catch-up.ts';
import { credentialsMatch } from './credentials.ts';
import type { Outcome, Rejection } from '../boundary/rejection.ts';
import { fail, refuse, refused, succeed } from '../boundary/rejection.ts';
import { KeyedQueue } from './keyed-queue.ts';
import { StateCache } from './state-cache.ts';
import { fastMakeMove } from './fast-move.ts';
import type { Seat } from './seats.ts';
import type { Viewer } from './views.ts';
import { redactLog, stateFilter } from './views.ts';
import type { RulesStatus } from '../rules-version/policy.ts';
import { RulesPolicy } from '../rules-version/policy.ts';

export interface MoveRequest {
  matchID: string;
  /** The seat the socket claims (boardgame.io's outer `playerID`). */
  seat: Seat;
  stateID: number;
  move: ClientMove;
}

/**
 * Called after a move is committed to storage, never before. `previous` is the state the commit was
 * made from, when this process made it (a transport can then send a patch from it).
 */
export type CommitListener = (matchID: string, state: State, deltalog: LogEntry[], previous?: State) => void;

/** Tells other processes about a local commit (server/bus), after the local listeners ran. */
export interface CommitPublisher {
  published(matchID: string, stateID: number): void;
}

/**
 * Refuses a seat's move before the kernel looks at it (undefined lets it through). A gate that must ask
 * storage (a pause made by another process) answers with a promise; the others answer at once.
 */
export type MoveGate = (
  matchID: string,
  seat: Seat,
) => Rejection | undefined | Promise<Rejection | undefined>;

export interface SyncReply {
  state: State;
  initialState: State;
  log: LogEntry[];
}

/**
 * A match's state as the running rules read it: `from` is the rules version it is stored under (a move
 * commits only over that, and leaves the match under the running rules); `closedReason` is set when no
 * migration leads from there, and `state` is then the stored one, for reading only.
 */
export interface ReadState {
  state: State;
  from: string;
  status: RulesStatus;
  closedReason?: string;
}

function reducerRejection(errorType: string): Rejection {
  switch (errorType) {
    case 'action/inactive_player':
      return refuse('inactivePlayer', 'this seat may not act now');
    case 'action/gameover':
      return refuse('gameOver', 'the game is over');
    default:
      return refuse('invalidMove', `the move was refused (${errorType})`);
  }
}

/**
 * The authority: the only writer of match state. Per match, one action at a time: authenticate, check
 * with the kernel, run boardgame.io's reducer (so ctx and flow stay boardgame.io's), commit with
 * compare-and-set, and only then tell the listeners (who broadcast).
 */
/** The client's move as the kernel's, for the seat's side (or why it is not one). */
function kernelMove(seat: Seat, move: ClientMove): Outcome<Move> {
  const side = sideOfPlayerId(seat);
  if (!side) return refused('seatMismatch', 'no such seat');
  const parsed = parseMove({ ...move.fields, type: move.moveType, side });
  return isRejection(parsed) ? fail(parsed) : succeed(parsed);
}

export class MatchAuthority {
  private readonly game: Game;
  private readonly reduce: ReturnType<typeof CreateGameReducer>;
  private readonly filter: (viewer: Viewer, state: State) => State;
  private readonly queue = new KeyedQueue();
  private readonly listeners: CommitListener[] = [];
  private readonly told = new HighWater();
  private publisher: CommitPublisher | undefined;
  private draining = false;
  private readonly gates: MoveGate[] = [];
  private readonly states: StateCache;
  /**
   * Server time of each accepted move in µs, from `move()` to its commit on disk and its broadcast
   * handed to the sockets (waiting for the match's earlier moves included): what the server adds to a
   * player's round trip, without the network and the client.
   */
  readonly acceptedMoveMicros: RecordableHistogram = createHistogram();
  /** Silicon Curtain's moves without boardgame.io's reducer (same states; fast-move.ts), for that game only. */
  private readonly fastMove: typeof fastMakeMove | undefined;

  /** The running rules' version and the migrations it accepts. */
  readonly rules: RulesPolicy;

  constructor(
    game: Game,
    private readonly store: MatchStore,
    /**
     * `recentMatches`: how many of the last committed matches count as moving often (state-cache.ts);
     * `rules`: the running rules (default: this checkout's version and shipped migrations).
     */
    options: { recentMatches?: number; rules?: RulesPolicy } = {},
  ) {
    this.rules = options.rules ?? new RulesPolicy();
    this.states = new StateCache(options.recentMatches);
    this.fastMove = game === (SiliconCurtain as Game) ? fastMakeMove : undefined;
    this.game = ProcessGameConfig(game);
    this.reduce = CreateGameReducer({ game: this.game });
    this.filter = stateFilter(this.game);
  }

  get isDraining(): boolean {
    return this.draining;
  }

  onCommit(listener: CommitListener): void {
    this.listeners.push(listener);
  }

  /** Several processes: publish every local commit on the bus. */
  publishCommitsTo(publisher: CommitPublisher): void {
    this.publisher = publisher;
  }

  /**
   * Runs the listeners for a committed state unless a newer one of the match was already announced
   * (commits also arrive from other processes through the bus, in any order).
   */
  announce(matchID: string, state: State, deltalog: LogEntry[], previous?: State): void {
    // Every announced state is committed (a local move, a clock flag, or read back after a relay notice).
    this.states.committed(matchID, state);
    if (!this.told.advance(matchID, state._stateID)) return;
    for (const listener of this.listeners) listener(matchID, state, deltalog, previous);
  }

  lastAnnounced(matchID: string): number | undefined {
    return this.told.get(matchID);
  }

  /** A state committed outside `move` (a clock flag): told to the listeners and the bus like a move. */
  committedOutsideMove(matchID: string, state: State, deltalog: LogEntry[]): void {
    this.announce(matchID, state, deltalog);
    this.publisher?.published(matchID, state._stateID);
  }

  /** A check every move must pass before the kernel sees it (server/clock: a flagged match; a paused one). */
  addGate(gate: MoveGate): void {
    this.gates.push(gate);
  }

  /** Runs `task` in the match's queue: no move of that match interleaves with it. */
  exclusive<T>(matchID: string, task: () => Promise<T>): Promise<T> {
    return this.queue.run(matchID, task);
  }

  /** Refuse new work; resolves when every queued action has finished. */
  async drain(): Promise<void> {
    this.draining = true;
    await this.queue.idle();
  }

  filterFor(viewer: Viewer, state: State): State {
    return this.filter(viewer, state);
  }

  /** Checks a seat's credentials for a match (constant time). */
  async authenticate(matchID: string, seat: Seat, credentials: unknown): Promise<Rejection | undefined> {
    const stored = await this.store.loadSeatCredentials(matchID, seat);
    if (stored === undefined) return refuse('matchNotFound', 'no such match');
    if (stored === null) return refuse('unauthorized', `seat ${seat} has not been joined`);
    if (!credentialsMatch(credentials, stored)) return refuse('unauthorized', 'wrong credentials');
    return undefined;
  }

  /** The sync reply for a viewer: everything filtered, nothing created. */
  async sync(matchID: string, viewer: Viewer, credentials: unknown): Promise<Outcome<SyncReply>> {
    if (viewer !== null) {
      const why = await this.authenticate(matchID, viewer, credentials);
      if (why) return fail(why);
    }
    const [read, initialState, log] = await Promise.all([
      this.readStored(matchID),
      this.store.loadInitialState(matchID),
      this.store.loadLog(matchID),
    ]);
    if (!read || !initialState) return fail(refuse('matchNotFound', 'no such match'));
    const tail = logTail(redactLog(log.slice(-defaultCatchUp.maxEntries), viewer), log.length);
    if (read.status !== 'current') return this.syncUnderOtherRules(read, viewer, tail.log);
    const filtered = this.filter(viewer, read.state);
    // With a partial log, the initial state is not the tail's base: send the current state in its place.
    const initial = tail.complete ? this.filter(viewer, initialState) : filtered;
    return succeed({ state: filtered, initialState: initial, log: tail.log });
  }

  /**
   * The sync reply of a match stored under other rules, through the running rules' views: its initial
   * state is under the rules it was created with, so the current state stands in for it (as for a log
   * tail). A state those views cannot read is refused with the reason, never a crash.
   */
  private syncUnderOtherRules(read: ReadState, viewer: Viewer, log: LogEntry[]): Outcome<SyncReply> {
    try {
      const filtered = this.filter(viewer, read.state);
      return succeed({ state: filtered, initialState: filtered, log });
    } catch {
      const why =
        read.closedReason ?? `this match's rules ${read.from} cannot be shown by rules ${this.rules.version}`;
      return fail(refuse('rulesVersionClosed', why));
    }
  }

  move(request: MoveRequest): Promise<Outcome<State>> {
    if (this.draining) return Promise.resolve(fail(refuse('shuttingDown', 'the server is shutting down')));
    const arrivedAt = performance.now();
    return this.queue
      .run(request.matchID, () => this.applyMove(request))
      .then((outcome) => {
        if (outcome.ok)
          this.acceptedMoveMicros.record(Math.max(1, Math.round((performance.now() - arrivedAt) * 1000)));
        return outcome;
      });
  }

  private async applyMove({ matchID, seat, stateID, move }: MoveRequest): Promise<Outcome<State>> {
    if (move.payloadSeat !== seat)
      return fail(refuse('seatMismatch', 'the move is for another seat than the one authenticated'));
    const why = await this.authenticate(matchID, seat, move.credentials);
    if (why) return fail(why);
    const read = await this.currentState(matchID, stateID);
    if (!read) return fail(refuse('matchNotFound', 'no such match'));
    const { state } = read;
    // A move made before the end is stale, not late: its client has not seen the end yet (a seat that
    // re-chose its headline while its first one stood, and the game ended on the headlines).
    if (state.ctx.gameover !== undefined)
      return fail(
        stateID === state._stateID
          ? refuse('gameOver', 'the game is over')
          : refuse('staleState', `the match is over, at state ${state._stateID}, not ${stateID}`),
      );
    if (read.closedReason !== undefined) return fail(refuse('rulesVersionClosed', read.closedReason));
    for (const gate of this.gates) {
      const answer = gate(matchID, seat);
      const closed = answer instanceof Promise ? await answer : answer;
      if (closed) return fail(closed);
    }
    if (stateID !== state._stateID && !this.standsAfterRivalsCommit(state, stateID, seat, move))
      return fail(refuse('staleState', `the match is at state ${state._stateID}, not ${stateID}`));
    const kernelWhy = this.kernelCheck(state, seat, move);
    if (kernelWhy) return fail(kernelWhy);
    const action: ActionShape.MakeMove = {
      type: 'MAKE_MOVE',
      payload: { type: move.moveType, args: [move.fields], playerID: seat },
    };
    // boardgame.io's reducer counts stage moves in `ctx._activePlayersNumMoves` in place: it gets its own
    // ctx, so `state` stays what was stored and sent (the cache entry and the base of patches).
    const reduced: ReturnType<typeof this.reduce> =
      this.fastMove?.(state, action) ?? this.reduce({ ...state, ctx: structuredClone(state.ctx) }, action);
    const { transients, deltalog, ...next } = reduced;
    if (transients?.error) return fail(reducerRejection(transients.error.type));
    if (next._stateID !== state._stateID + 1) return fail(refuse('invalidMove', 'the move changed nothing'));
    const log = deltalog ?? [];
    const patch =
      next.ctx.gameover === undefined
        ? { updatedAt: Date.now() }
        : { updatedAt: Date.now(), gameover: next.ctx.gameover as unknown };
    const journal = { seat, moveType: move.moveType, fields: move.fields, at: Date.now() };
    const committed = await this.store.commitState(matchID, {
      state: next,
      deltalog: log,
      patch,
      move: journal,
      rules: { from: read.from, to: this.rules.version },
    });
    if (!committed) return this.lostRace(matchID, stateID);
    this.announce(matchID, next, log, state);
    this.publisher?.published(matchID, next._stateID);
    return succeed(next);
  }

  /**
   * The match's state for a move made at `stateID`: the cached one when it is at that id or past it (a
   * stale move: the cache holds a committed state and stored ids only grow, so the match is at least there
   * and the move is refused without a read, or applied when it stands after the rival's headline), else
   * (a match that does not move often, or a commit this process did not make) the stored one, which
   * replaces an older cache entry.
   */
  private async currentState(matchID: string, stateID: number): Promise<ReadState | undefined> {
    const cached = this.states.get(matchID);
    if (cached !== undefined && cached._stateID >= stateID)
      return { state: cached, from: this.rules.version, status: 'current' };
    return this.readStored(matchID);
  }

  /**
   * The stored state as the running rules read it (bots and clocks look at it too). Only a state under
   * the running rules is cached: the cache stands for "committed under these rules" (a migrated state is
   * not stored until a move commits it; a closed one never is), and a commit from a cached state checks
   * exactly that.
   */
  async readStored(matchID: string): Promise<ReadState | undefined> {
    const [stored, metadata] = await Promise.all([
      this.store.loadState(matchID),
      this.store.loadMetadata(matchID),
    ]);
    if (!stored || !metadata) {
      this.states.forget(matchID);
      return undefined;
    }
    const from = metadata.rulesVersion;
    const reading = this.rules.read(from);
    if (reading.status === 'current') {
      this.states.read(matchID, stored);
      return { state: stored, from, status: 'current' };
    }
    this.states.forget(matchID);
    if (reading.status === 'closed')
      return { state: stored, from, status: 'closed', closedReason: reading.closedReason };
    return { state: this.rules.migrate(stored, reading.chain), from, status: 'migrated' };
  }

  /**
   * The compare-and-set failed: another process committed first from a state this process had cached.
   * The cache goes; the answer is the one a fresh read would have given (staleState), else conflict.
   */
  private async lostRace(matchID: string, stateID: number): Promise<Outcome<State>> {
    this.states.forget(matchID);
    const stored = await this.store.loadState(matchID);
    if (stored && stored._stateID !== stateID)
      return fail(refuse('staleState', `the match is at state ${stored._stateID}, not ${stateID}`));
    return fail(refuse('conflict', 'another write won; sync and retry'));
  }

  /**
   * A headline chosen one commit ago, when that commit was the rival's headline: both sides choose at
   * once, face down, so it stands (rules: standsAfterRivalsHeadline). Refused as stale, one side of
   * every simultaneous pair lost a race no player could see.
   */
  private standsAfterRivalsCommit(state: State, stateID: number, seat: Seat, move: ClientMove): boolean {
    if (stateID !== state._stateID - 1) return false;
    const parsed = kernelMove(seat, move);
    return parsed.ok && standsAfterRivalsHeadline(state.G as GameState, parsed.value);
  }

  private kernelCheck(state: State, seat: Seat, move: ClientMove): Rejection | undefined {
    const parsed = kernelMove(seat, move);
    if (!parsed.ok) return parsed.rejection;
    return whyIllegal(state.G as GameState, parsed.value);
  }
}
