import type { Seat } from '../authority/seats.ts';
import { parseSeat } from '../authority/seats.ts';
import type { MatchBus } from '../bus/match-bus.ts';
import type { Rooms } from './rooms.ts';
import { matchLog } from '../log.ts';

export type PresenceBus = Pick<MatchBus, 'setPresence' | 'readPresence' | 'onPresence'>;

/**
 * Which seats of a match have a socket, for `matchData`'s `isConnected` and the sync reply's players:
 * this process's (its rooms) and, with several processes, the others' (through the bus, under a lease,
 * so that a killed process's seats do not stay connected).
 */
export class SeatPresence {
  constructor(
    private readonly rooms: Rooms,
    private readonly bus?: PresenceBus,
  ) {}

  /** The seats with a socket on other processes (none with one process, or when Redis does not answer). */
  async elsewhere(matchID: string): Promise<Seat[]> {
    if (!this.bus) return [];
    try {
      const seats = await this.bus.readPresence(matchID);
      return [...seats].flatMap((seat) => parseSeat(seat) ?? []);
    } catch (error) {
      matchLog(matchID).error({ err: error }, 'reading the presence failed');
      return [];
    }
  }

  /** Every seat with a socket: this process's now, and the others' as read by `elsewhere`. */
  connected(matchID: string, elsewhere: readonly Seat[]): Set<Seat> {
    return new Set([...this.rooms.connectedSeats(matchID), ...elsewhere]);
  }

  /**
   * Records this process's seats of the match for the others, and tells them. A failure is logged, not
   * thrown: presence is a courtesy, the sync or the leave that changed it stands.
   */
  async publish(matchID: string): Promise<void> {
    try {
      await this.bus?.setPresence(matchID, [...this.rooms.connectedSeats(matchID)]);
    } catch (error) {
      matchLog(matchID).error({ err: error }, 'publishing the presence failed');
    }
  }

  /** Another process's seats of a match changed. */
  onChange(handler: (matchID: string) => void): void {
    this.bus?.onPresence(handler);
  }
}
