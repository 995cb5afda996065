import type { LogEntry, State } from 'boardgame.io';
import type { GameState } from '../../rules/index.ts';
import { playerIdBySide, sidesToMove } from '../../rules/index.ts';
import type { Seat } from '../authority/seats.ts';
import { parseSeat } from '../authority/seats.ts';

/** Seats whose clock runs in a state: the side to move, both during headlines, none once it is over. */
export function runningSeats(state: State): Seat[] {
  if (state.ctx.gameover !== undefined) return [];
  return sidesToMove(state.G as GameState).map((side) => playerIdBySide[side]);
}

/** Seats that moved in a commit (its deltalog). */
export function moversOf(deltalog: readonly LogEntry[]): Seat[] {
  const movers = new Set<Seat>();
  for (const entry of deltalog) {
    const seat = parseSeat(entry.action.payload.playerID);
    if (entry.action.type === 'MAKE_MOVE' && seat) movers.add(seat);
  }
  return [...movers];
}
