import type { Game, LogEntry, State } from 'boardgame.io';
import { getFilterPlayerView } from 'boardgame.io/internal';
import type { MatchMetadata } from '../storage/match-store.ts';
import type { Seat } from './seats.ts';
import { seats, seatEntry } from './seats.ts';

/** A seat's eyes, or a spectator's (null). */
export type Viewer = Seat | null;

/** Public player info as boardgame.io's client expects it (`filteredMetadata`): never credentials. */
export interface PublicPlayer {
  id: number;
  name?: string;
  isConnected?: boolean;
}

/**
 * Filters a state for one viewer: the Game's `playerView` on G, plugin views (the PRNG state goes), no
 * deltalog, no undo history. Uses boardgame.io's own filter so that plugins stay as the client expects.
 */
export function stateFilter(game: Game): (viewer: Viewer, state: State) => State {
  const filter = getFilterPlayerView(game);
  return (viewer, state) => {
    const data = filter(viewer, { type: 'update', args: ['', { ...state, deltalog: [] }] });
    if (data.type !== 'update') throw new Error('unexpected filter result');
    return data.args[1];
  };
}

/**
 * Every move's arguments are private to the mover (a chosen headline, a card id in hand): other seats and
 * spectators get the entry with `args: null`, as boardgame.io does for moves marked `redact`.
 */
export function redactLog(log: readonly LogEntry[], viewer: Viewer): LogEntry[] {
  return log.map((entry) => {
    const { redact: _redact, ...rest } = entry;
    if (viewer !== null && entry.action.payload.playerID === viewer) return rest;
    return { ...rest, action: { ...entry.action, payload: { ...entry.action.payload, args: null } } };
  });
}

export function publicPlayers(metadata: MatchMetadata, connected: ReadonlySet<Seat>): PublicPlayer[] {
  const players: PublicPlayer[] = [];
  for (const seat of seats) {
    const entry = seatEntry(metadata, seat);
    if (!entry) continue;
    const player: PublicPlayer = { id: entry.id, isConnected: connected.has(seat) };
    if (typeof entry.name === 'string') player.name = entry.name;
    players.push(player);
  }
  return players;
}
