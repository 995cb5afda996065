import type { Socket } from 'socket.io';
import type { Seat } from '../authority/seats.ts';
import type { Viewer } from '../authority/views.ts';

/** A socket synced into one match, as one seat or as a spectator (null). */
export interface Binding {
  socket: Socket;
  matchID: string;
  viewer: Viewer;
  /** The id of the last state the socket was sent (sync, update or patch): a patch must start there. */
  lastSentStateID: number;
}

/** Which socket watches which match as whom. A socket is bound to at most one match at a time. */
export class Rooms {
  private readonly bindings = new Map<string, Binding>();
  private readonly rooms = new Map<string, Set<string>>();

  get(socketID: string): Binding | undefined {
    return this.bindings.get(socketID);
  }

  bind(binding: Binding): void {
    this.unbind(binding.socket.id);
    this.bindings.set(binding.socket.id, binding);
    let room = this.rooms.get(binding.matchID);
    if (!room) {
      room = new Set();
      this.rooms.set(binding.matchID, room);
    }
    room.add(binding.socket.id);
  }

  /** Forgets a socket; returns what it was bound to. */
  unbind(socketID: string): Binding | undefined {
    const binding = this.bindings.get(socketID);
    if (!binding) return undefined;
    this.bindings.delete(socketID);
    const room = this.rooms.get(binding.matchID);
    room?.delete(socketID);
    if (room?.size === 0) this.rooms.delete(binding.matchID);
    return binding;
  }

  peers(matchID: string): Binding[] {
    const room = this.rooms.get(matchID);
    if (!room) return [];
    const peers: Binding[] = [];
    for (const id of room) {
      const binding = this.bindings.get(id);
      if (binding) peers.push(binding);
    }
    return peers;
  }

  connectedSeats(matchID: string): Set<Seat> {
    const seated = new Set<Seat>();
    for (const peer of this.peers(matchID)) if (peer.viewer !== null) seated.add(peer.viewer);
    return seated;
  }
}
