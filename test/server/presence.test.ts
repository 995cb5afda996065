import type { Socket } from 'socket.io';
import { describe, expect, it, vi } from 'vitest';
import type { PresenceBus } from '../../server/transport/presence.ts';
import { SeatPresence } from '../../server/transport/presence.ts';
import { Rooms } from '../../server/transport/rooms.ts';
import { captureLog } from './helpers/log-lines.ts';

function roomsWithSeat(matchID: string, seat: '0' | '1'): Rooms {
  const rooms = new Rooms();
  rooms.bind({
    socket: { id: `socket-${seat}` } as unknown as Socket,
    matchID,
    viewer: seat,
    lastSentStateID: 0,
  });
  return rooms;
}

describe('SeatPresence', () => {
  it("is this process's seats alone with one process", async () => {
    const presence = new SeatPresence(roomsWithSeat('m', '0'));
    expect(await presence.elsewhere('m')).toEqual([]);
    expect(presence.connected('m', [])).toEqual(new Set(['0']));
    await presence.publish('m');
  });

  it("adds the other processes' seats, keeps only real seats, and publishes this one's", async () => {
    const setPresence = vi.fn(() => Promise.resolve());
    const bus: PresenceBus = {
      setPresence,
      readPresence: () => Promise.resolve(new Set(['1', '7', '__proto__'])),
      onPresence: () => undefined,
    };
    const presence = new SeatPresence(roomsWithSeat('m', '0'), bus);
    const elsewhere = await presence.elsewhere('m');
    expect(elsewhere).toEqual(['1']);
    expect(presence.connected('m', elsewhere)).toEqual(new Set(['0', '1']));
    await presence.publish('m');
    expect(setPresence).toHaveBeenCalledWith('m', ['0']);
  });

  it('does not fail a sync or a leave when Redis does not answer: no seats elsewhere, the write logged', async () => {
    const log = captureLog();
    const bus: PresenceBus = {
      setPresence: () => Promise.reject(new Error('down')),
      readPresence: () => Promise.reject(new Error('down')),
      onPresence: () => undefined,
    };
    const presence = new SeatPresence(roomsWithSeat('m', '1'), bus);
    expect(await presence.elsewhere('m')).toEqual([]);
    await expect(presence.publish('m')).resolves.toBeUndefined();
    log.stop();
    expect(log.lines.map((line) => [line.level, line.matchID, line.msg])).toEqual([
      [50, 'm', 'reading the presence failed'],
      [50, 'm', 'publishing the presence failed'],
    ]);
    expect(log.lines.every((line) => line.err !== undefined)).toBe(true);
  });
});
