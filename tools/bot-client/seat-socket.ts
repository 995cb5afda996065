import type { LogEntry, State } from 'boardgame.io';
import type { Socket } from 'socket.io-client';
import { io } from 'socket.io-client';
import { z } from 'zod';
import type { Move } from '../../rules/index.ts';
import type { Seat } from '../../server/authority/seats.ts';
import type { WireRejection } from '../../src/wire.ts';
import { wireRejectionSchema } from '../../src/wire.ts';
import type { PatchOperation } from '../../server/transport/json-patch.ts';
import { applyJsonPatch } from '../../server/transport/json-patch.ts';
import { gameName } from './lobby.ts';

export interface SeatSocketHandlers {
  /** A whole state (sync, update, or a patch applied) with the log entries that came with it. */
  onState(state: State, log: readonly LogEntry[]): void;
  /** Seats with a player name (sync reply and `matchData`). */
  onPlayers(seated: ReadonlySet<string>): void;
  /** A `rejected` event: the server refused one message of this socket (server/README.md, "Protocol"). */
  onRejected(rejection: WireRejection): void;
  onConnection(event: 'connected' | 'lost', detail: string): void;
}

const playersSchema = z.array(z.object({ id: z.number(), name: z.string().optional() }));
/** Only the fields the bot reads are checked; the state itself is what boardgame.io's client would hold. */
const stateSchema = z.looseObject({ _stateID: z.number(), G: z.record(z.string(), z.unknown()) });
const logSchema = z.array(z.looseObject({ _stateID: z.number(), action: z.looseObject({}) }));

/** After the server itself closes the socket (a drain, too many sockets) socket.io does not retry. */
const serverCloseRetryMs = 1000;

function asState(value: unknown): State | undefined {
  return stateSchema.safeParse(value).success ? (value as State) : undefined;
}

function asLog(value: unknown): LogEntry[] {
  return logSchema.safeParse(value).success ? (value as LogEntry[]) : [];
}

/**
 * One seat's Socket.IO connection speaking boardgame.io's protocol to our server: `sync` on every
 * (re)connect, whole states from `sync`/`update`, `patch`es applied to the state held (a patch that does
 * not start there asks for a sync), moves as `update(MAKE_MOVE)`.
 */
export class SeatSocket {
  private readonly socket: Socket;
  private held: State | undefined;
  private closed = false;

  constructor(
    serverUrl: string,
    private readonly matchID: string,
    private readonly seat: Seat,
    private readonly credentials: string,
    private readonly handlers: SeatSocketHandlers,
  ) {
    this.socket = io(`${serverUrl}/${gameName}`, {
      forceNew: true,
      transports: ['websocket'],
      reconnectionDelay: 250,
      reconnectionDelayMax: 5000,
    });
    this.socket.on('connect', () => {
      handlers.onConnection('connected', this.socket.id ?? '');
      this.sync();
    });
    this.socket.on('disconnect', (reason) => {
      if (this.closed) return;
      handlers.onConnection('lost', reason);
      if (reason === 'io server disconnect')
        setTimeout(() => {
          if (!this.closed) this.socket.connect();
        }, serverCloseRetryMs);
    });
    this.socket.on('sync', (id: unknown, info: unknown) => {
      if (id !== matchID || typeof info !== 'object' || info === null) return;
      const { state, log, filteredMetadata } = info as Record<string, unknown>;
      const synced = asState(state);
      if (!synced) return;
      this.held = synced;
      this.tellPlayers(filteredMetadata);
      handlers.onState(synced, asLog(log));
    });
    this.socket.on('update', (id: unknown, state: unknown, deltalog: unknown) => {
      const updated = asState(state);
      if (id !== matchID || !updated) return;
      this.held = updated;
      handlers.onState(updated, asLog(deltalog));
    });
    this.socket.on(
      'patch',
      (id: unknown, previousID: unknown, _nextID: unknown, ops: unknown, deltalog: unknown) => {
        if (id !== matchID || !Array.isArray(ops)) return;
        this.onPatch(previousID, ops as PatchOperation[], asLog(deltalog));
      },
    );
    this.socket.on('matchData', (id: unknown, players: unknown) => {
      if (id === matchID) this.tellPlayers(players);
    });
    this.socket.on('rejected', (rejection: unknown) => {
      const parsed = wireRejectionSchema.safeParse(rejection);
      handlers.onRejected(parsed.success ? parsed.data : { code: 'unknown', message: String(rejection) });
    });
  }

  /** Asks for the whole state again (the answer is a `sync`). */
  sync(): void {
    this.socket.emit('sync', this.matchID, this.seat, this.credentials, 2);
  }

  /** boardgame.io's MAKE_MOVE: the move's fields but its type and side (the server takes the side from the seat). */
  send(move: Move, stateID: number): void {
    const { type, side: _side, ...fields } = move;
    const action = {
      type: 'MAKE_MOVE',
      payload: { type, args: [fields], playerID: this.seat, credentials: this.credentials },
    };
    this.socket.emit('update', action, stateID, this.matchID, this.seat);
  }

  /** Cuts the transport as a network failure would: socket.io reconnects by itself (tests). */
  dropConnection(): void {
    this.socket.io.engine.close();
  }

  close(): void {
    this.closed = true;
    this.socket.close();
  }

  private onPatch(previousID: unknown, ops: PatchOperation[], log: LogEntry[]): void {
    const held = this.held;
    if (held?._stateID !== previousID) {
      this.sync();
      return;
    }
    let next: State | undefined;
    try {
      next = asState(applyJsonPatch(structuredClone(held), ops));
    } catch {
      next = undefined;
    }
    if (!next) {
      this.sync();
      return;
    }
    this.held = next;
    this.handlers.onState(next, log);
  }

  private tellPlayers(players: unknown): void {
    const parsed = playersSchema.safeParse(players);
    if (!parsed.success) return;
    this.handlers.onPlayers(
      new Set(parsed.data.filter((p) => p.name !== undefined).map((p) => String(p.id))),
    );
  }
}
