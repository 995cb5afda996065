import type { Server as HttpServer } from 'node:http';
import type { LogEntry, State } from 'boardgame.io';
import type { Socket } from 'socket.io';
import { Server as IOServer } from 'socket.io';
import type { MatchAuthority } from '../authority/authority.ts';
import { parseClientMove } from '../authority/client-action.ts';
import type { Outcome, Rejection } from '../boundary/rejection.ts';
import type { ClientAddress } from '../http/client-address.ts';
import { refuse } from '../boundary/rejection.ts';
import type { Seat } from '../authority/seats.ts';
import { parseSeat } from '../authority/seats.ts';
import type { PublicPlayer, Viewer } from '../authority/views.ts';
import { publicPlayers, redactLog } from '../authority/views.ts';
import type { ChatNotice, MatchBus, RoomWatcher } from '../bus/match-bus.ts';
import type { MatchStore } from '../storage/match-store.ts';
import { entriesBetween } from '../authority/catch-up.ts';
import { isMatchID } from '../authority/ids.ts';
import type { ChatMessage } from './chat.ts';
import { chatParser } from './chat.ts';
import type { PresenceBus } from './presence.ts';
import { SeatPresence } from './presence.ts';
import type { Limits } from './limits.ts';
import { defaultMaxSocketsPerAddress } from './limits.ts';
import type { DiffMemo, PatchOperation } from './json-patch.ts';
import { diffJson } from './json-patch.ts';
import { socketCompression } from './compression.ts';
import { jitterHeartbeats } from './heartbeat-jitter.ts';
import { encodeEventsAsPlainJson } from './plain-encoder.ts';
import { releaseUpgradeRequests } from './upgrade-requests.ts';
import { connectionAddresses } from './connection-addresses.ts';
import { KeyedLimiter } from './rate-limit.ts';
import { guardMessages, hardLimitFactor } from './message-guard.ts';
import type { Binding } from './rooms.ts';
import { Rooms } from './rooms.ts';
import { log, matchLog } from '../log.ts';

export interface TransportOptions {
  httpServer: HttpServer;
  authority: MatchAuthority;
  store: MatchStore;
  gameName: string;
  limits: Limits;
  isOriginAllowed: (origin: string | undefined) => boolean;
  /** Who opened a connection: its address, or the client a trusted proxy names (http/client-address.ts). */
  clientAddress: ClientAddress;
  /** Several processes: told which matches have sockets here (server/bus/commit-relay.ts). */
  watcher?: RoomWatcher;
  /** Several processes: chat to and from the seats and spectators of a match on the others. */
  chatBus?: Pick<MatchBus, 'publishChat' | 'onChat'>;
  /** Several processes: which seats have a socket on the others (`matchData`'s `isConnected`). */
  presence?: PresenceBus;
}

/** What one viewer of a match is sent for one commit; the patch is computed only when a socket takes it. */
interface ViewerMessages {
  view: State;
  log: LogEntry[];
  patch: () => PatchOperation[];
}

/**
 * Socket.IO speaking boardgame.io's client protocol (events update / sync / chat in; patch / update /
 * sync / matchData / chat out), plus `rejected` ({ matchID, code, message }) for every refused message
 * and `setup` (matchID, { version, setupData }): the match's public setup as the Lobby API shows it, with
 * its metadata version so a client keeps the newest, sent after every sync and when a facilitator changes
 * it (a classroom pause). Every inbound message is authenticated and validated; outbound states are
 * filtered per seat.
 */
export class SocketTransport {
  readonly io: IOServer;
  private readonly rooms = new Rooms();
  private readonly addressLimiter: KeyedLimiter;
  private readonly socketsPerAddress = new Map<string, number>();
  private readonly addressOf: (socket: Socket) => string;
  private readonly presence: SeatPresence;
  private readonly parseChat: (message: unknown) => Outcome<ChatMessage>;
  /** Closing: sockets leaving now tell nobody (the bus and the store close next). */
  private closing = false;

  constructor(private readonly options: TransportOptions) {
    const { limits, isOriginAllowed } = options;
    this.addressLimiter = new KeyedLimiter(limits.perAddress);
    this.parseChat = chatParser(limits.maxChatChars);
    this.io = new IOServer(options.httpServer, {
      serveClient: false,
      maxHttpBufferSize: limits.maxMessageBytes * hardLimitFactor,
      perMessageDeflate: socketCompression,
      // socket.io's defaults: at 10,000 sockets a 10 s interval meant 1,000 pings a second.
      pingInterval: 25_000,
      pingTimeout: 20_000,
      allowRequest: (request, callback) => {
        callback(null, isOriginAllowed(request.headers.origin));
      },
      cors: {
        origin: (origin, callback) => {
          callback(null, isOriginAllowed(origin));
        },
      },
    });
    this.addressOf = connectionAddresses(this.io, options.clientAddress);
    encodeEventsAsPlainJson(this.io);
    jitterHeartbeats(this.io);
    releaseUpgradeRequests(this.io);
    this.io.of(`/${options.gameName}`).on('connection', (socket) => {
      this.attach(socket);
    });
    options.authority.onCommit((matchID, state, deltalog, previous) => {
      this.broadcast(matchID, state, deltalog, previous);
    });
    options.chatBus?.onChat((notice) => {
      this.relayedChat(notice);
    });
    this.presence = new SeatPresence(this.rooms, options.presence);
    this.presence.onChange((matchID) => {
      if (this.rooms.peers(matchID).length > 0) this.tellMatchData(matchID);
    });
  }

  /** Closes every socket (clients are told the server went away) and the Socket.IO server. */
  async close(): Promise<void> {
    this.closing = true;
    await this.io.close();
  }

  /** The seats of a match with a socket synced to them, here or (with REDIS_URL) on another process. */
  async connectedSeats(matchID: string): Promise<Set<Seat>> {
    return this.presence.connected(matchID, await this.presence.elsewhere(matchID));
  }

  /** Drops every transport without a goodbye, as a crash would: clients reconnect on their own. */
  dropAll(): void {
    this.closing = true;
    this.io.engine.close();
  }

  private attach(socket: Socket): void {
    const address = this.addressOf(socket);
    const count = (this.socketsPerAddress.get(address) ?? 0) + 1;
    this.socketsPerAddress.set(address, count);
    socket.on('disconnect', () => {
      const left = (this.socketsPerAddress.get(address) ?? 1) - 1;
      if (left <= 0) this.socketsPerAddress.delete(address);
      else this.socketsPerAddress.set(address, left);
      this.leave(socket.id);
    });
    if (count > (this.options.limits.maxSocketsPerAddress ?? defaultMaxSocketsPerAddress)) {
      this.reject(socket, undefined, refuse('rateLimited', 'too many connections from this address'));
      socket.disconnect(true);
      return;
    }
    guardMessages(socket, {
      limits: this.options.limits,
      addressLimiter: this.addressLimiter,
      address,
      reject: (matchID, rejection) => {
        this.reject(socket, matchID, rejection);
      },
    });
    socket.on('update', (action: unknown, stateID: unknown, matchID: unknown, playerID: unknown) => {
      void this.guard(socket, matchID, () => this.onUpdate(socket, action, stateID, matchID, playerID));
    });
    socket.on('sync', (matchID: unknown, playerID: unknown, credentials: unknown) => {
      void this.guard(socket, matchID, () => this.onSync(socket, matchID, playerID, credentials));
    });
    socket.on('chat', (matchID: unknown, message: unknown, credentials: unknown) => {
      void this.guard(socket, matchID, () => this.onChat(socket, matchID, message, credentials));
    });
  }

  /** Runs a handler; an unexpected failure becomes an `internalError` for that client, never a crash. */
  private async guard(socket: Socket, matchID: unknown, handler: () => Promise<Rejection | undefined>) {
    const id = typeof matchID === 'string' ? matchID : undefined;
    try {
      const rejection = await handler();
      if (rejection) this.reject(socket, id, rejection);
    } catch (error) {
      (id === undefined ? log : matchLog(id)).error({ err: error }, 'socket handler failed');
      this.reject(socket, id, refuse('internalError', 'the server could not handle that message'));
    }
  }

  private async onUpdate(
    socket: Socket,
    action: unknown,
    stateID: unknown,
    matchID: unknown,
    playerID: unknown,
  ): Promise<Rejection | undefined> {
    if (!isMatchID(matchID)) return refuse('malformedMessage', 'bad match id');
    const seat = parseSeat(playerID);
    if (!seat) return refuse('seatMismatch', 'seats are "0" and "1"');
    if (typeof stateID !== 'number' || !Number.isInteger(stateID))
      return refuse('malformedMessage', 'bad state id');
    const binding = this.rooms.get(socket.id);
    if (!binding || binding.matchID !== matchID || binding.viewer !== seat)
      return refuse('notSynced', 'sync this seat on this socket before moving');
    const move = parseClientMove(action);
    if (!move.ok) return move.rejection;
    const outcome = await this.options.authority.move({ matchID, seat, stateID, move: move.value });
    return outcome.ok ? undefined : outcome.rejection;
  }

  private async onSync(
    socket: Socket,
    matchID: unknown,
    playerID: unknown,
    credentials: unknown,
  ): Promise<Rejection | undefined> {
    if (!isMatchID(matchID)) return refuse('matchNotFound', 'no such match');
    let viewer: Viewer = null;
    if (playerID !== null && playerID !== undefined) {
      const seat = parseSeat(playerID);
      if (!seat) return refuse('seatMismatch', 'seats are "0" and "1"');
      viewer = seat;
    }
    const outcome = await this.options.authority.sync(matchID, viewer, credentials);
    if (!outcome.ok) return outcome.rejection;
    // Read before binding: from `bind` to the `sync` emit nothing may await, or a broadcast could reach
    // the socket before its sync (boardgame.io's client throws on an update before the first sync).
    const players = await this.readPlayers(matchID);
    this.leave(socket.id);
    const binding: Binding = { socket, matchID, viewer, lastSentStateID: outcome.value.state._stateID };
    this.rooms.bind(binding);
    this.options.watcher?.watch(matchID, outcome.value.state._stateID);
    socket.emit('sync', matchID, { ...outcome.value, filteredMetadata: players?.() ?? [] });
    if (viewer !== null) await this.presence.publish(matchID);
    // A commit announced after the sync's read and before the bind went to the match's other sockets
    // only: without it this one would wait for a commit that may be its own to make.
    const announced = this.options.authority.lastAnnounced(matchID);
    if (announced !== undefined && announced > binding.lastSentStateID) await this.catchUp(binding);
    await this.sendMatchData(matchID);
    // Read after the bind: a change saved before it is in this reading, one after it is sent to the room.
    await this.sendSetup(matchID, binding);
    return undefined;
  }

  /** A match's setup changed (a facilitator's pause, here or told by the bus): its sockets here are told. */
  setupChanged(matchID: string): void {
    if (this.rooms.peers(matchID).length === 0) return;
    this.sendSetup(matchID).catch((error: unknown) => {
      matchLog(matchID).error({ err: error }, 'sending the setup failed');
    });
  }

  /** The stored setup to the match's sockets (`only`: one just synced, if it still is). */
  private async sendSetup(matchID: string, only?: Binding): Promise<void> {
    const stored = await this.options.store.loadMetadata(matchID);
    if (!stored) return;
    const setupData: unknown = stored.metadata.setupData ?? null;
    const setup = { version: stored.version, setupData };
    const stillBound = only !== undefined && this.rooms.get(only.socket.id) === only;
    for (const peer of only ? (stillBound ? [only] : []) : this.rooms.peers(matchID))
      peer.socket.emit('setup', matchID, setup);
  }

  /** Sends a bound socket the stored state if it is newer than the last one it was sent, with the log since. */
  private async catchUp(binding: Binding): Promise<void> {
    const { socket, matchID, viewer } = binding;
    const [state, log] = await Promise.all([
      this.options.store.loadState(matchID),
      this.options.store.loadLog(matchID),
    ]);
    // A broadcast during the reads may have sent this state or a newer one; the socket may have left.
    if (!state || this.rooms.get(socket.id) !== binding || state._stateID <= binding.lastSentStateID) return;
    const missed = entriesBetween(log, binding.lastSentStateID, state._stateID);
    const { view, log: redacted } = this.messagesFor(viewer, state, missed, new Map());
    socket.emit('update', matchID, view, redacted);
    binding.lastSentStateID = state._stateID;
  }

  private async onChat(
    socket: Socket,
    matchID: unknown,
    message: unknown,
    credentials: unknown,
  ): Promise<Rejection | undefined> {
    if (!isMatchID(matchID)) return refuse('malformedMessage', 'bad match id');
    const binding = this.rooms.get(socket.id);
    if (!binding || binding.matchID !== matchID || binding.viewer === null)
      return refuse('notSynced', 'only a seated player may chat');
    const parsed = this.parseChat(message);
    if (!parsed.ok) return parsed.rejection;
    const chat = parsed.value;
    if (chat.sender !== binding.viewer) return refuse('seatMismatch', 'you can only chat as yourself');
    const why = await this.options.authority.authenticate(matchID, binding.viewer, credentials);
    if (why) return why;
    for (const peer of this.rooms.peers(matchID)) peer.socket.emit('chat', matchID, chat);
    this.options.chatBus?.publishChat(matchID, chat).catch((error: unknown) => {
      matchLog(matchID).error({ err: error }, 'relaying chat failed');
    });
    return undefined;
  }

  /** Another process's chat, to this process's sockets of its match: checked again, as a socket's is. */
  private relayedChat({ matchID, chat }: ChatNotice): void {
    const checked = this.parseChat(chat);
    if (!checked.ok) return;
    for (const peer of this.rooms.peers(matchID)) peer.socket.emit('chat', matchID, checked.value);
  }

  /**
   * Each socket gets the new state filtered for its viewer: as boardgame.io's `patch` event (RFC 6902
   * operations from the state it holds, a few hundred bytes) when it was sent exactly the state this
   * commit was made from, else as a whole `update`. The stock client ignores a patch that does not
   * start at the state it holds and never asks again, so the chain is checked per socket, not assumed.
   */
  private broadcast(matchID: string, state: State, deltalog: LogEntry[], previous?: State): void {
    const views = new Map<Viewer, ViewerMessages>();
    const memo: DiffMemo = new Map();
    for (const peer of this.rooms.peers(matchID)) {
      let messages = views.get(peer.viewer);
      if (!messages) {
        messages = this.messagesFor(peer.viewer, state, deltalog, memo, previous);
        views.set(peer.viewer, messages);
      }
      if (previous && peer.lastSentStateID === previous._stateID)
        peer.socket.emit('patch', matchID, previous._stateID, state._stateID, messages.patch(), messages.log);
      else peer.socket.emit('update', matchID, messages.view, messages.log);
      peer.lastSentStateID = state._stateID;
    }
  }

  private messagesFor(
    viewer: Viewer,
    state: State,
    deltalog: LogEntry[],
    memo: DiffMemo,
    previous?: State,
  ): ViewerMessages {
    const view = this.options.authority.filterFor(viewer, state);
    let patch: PatchOperation[] | undefined;
    return {
      view,
      log: redactLog(deltalog, viewer),
      patch: () => {
        if (!previous) throw new Error('no state to patch from');
        patch ??= diffJson(this.options.authority.filterFor(viewer, previous), view, memo);
        return patch;
      },
    };
  }

  /**
   * Reads a match's players and who is connected elsewhere; the returned function adds the seats
   * connected here when called (after a bind, with no await between). Undefined for an unknown match.
   */
  private async readPlayers(matchID: string): Promise<(() => PublicPlayer[]) | undefined> {
    const [stored, elsewhere] = await Promise.all([
      this.options.store.loadMetadata(matchID),
      this.presence.elsewhere(matchID),
    ]);
    if (!stored) return undefined;
    return () => publicPlayers(stored.metadata, this.presence.connected(matchID, elsewhere));
  }

  private async sendMatchData(matchID: string): Promise<void> {
    const players = (await this.readPlayers(matchID))?.();
    if (!players) return;
    for (const peer of this.rooms.peers(matchID)) peer.socket.emit('matchData', matchID, players);
  }

  private tellMatchData(matchID: string): void {
    this.sendMatchData(matchID).catch((error: unknown) => {
      matchLog(matchID).error({ err: error }, 'sending matchData failed');
    });
  }

  private reject(socket: Socket, matchID: string | undefined, rejection: Rejection): void {
    socket.emit('rejected', { matchID: matchID ?? null, ...rejection });
  }

  /** Unbinds a socket and tells its match when a seat left. */
  private leave(socketID: string): void {
    const binding = this.rooms.unbind(socketID);
    if (binding) this.options.watcher?.unwatch(binding.matchID);
    if (!binding || binding.viewer === null || this.closing) return;
    const { matchID } = binding;
    void this.presence.publish(matchID).then(() => {
      this.tellMatchData(matchID);
    });
  }
}
