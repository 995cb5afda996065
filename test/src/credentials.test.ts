import { describe, expect, it } from 'vitest';
import type { KeyValueStore } from '../../src/lobby/credentials.ts';
import { credentialsKey, forgetSeat, loadSeat, saveSeat, savedSeats } from '../../src/lobby/credentials.ts';
import { memoryStore } from './memory-store.ts';

describe('seat credentials in storage', () => {
  it('keeps credentials per match and seat', () => {
    const store = memoryStore();
    saveSeat(store, 'm1', { seat: '0', credentials: 'secret-us', playerName: 'Ada' });
    saveSeat(store, 'm1', { seat: '1', credentials: 'secret-cn', playerName: 'Bo' });
    expect(loadSeat(store, 'm1', '0')).toEqual({ seat: '0', credentials: 'secret-us', playerName: 'Ada' });
    expect(loadSeat(store, 'm1', '1')?.credentials).toBe('secret-cn');
    expect(loadSeat(store, 'm2', '0')).toBeUndefined();
    forgetSeat(store, 'm1', '0');
    expect(loadSeat(store, 'm1', '0')).toBeUndefined();
    expect(loadSeat(store, 'm1', '1')).toBeDefined();
  });

  it('ignores damaged entries and a store that throws', () => {
    const store = memoryStore();
    store.data.set(credentialsKey('m1', '0'), '{not json');
    store.data.set(credentialsKey('m1', '1'), JSON.stringify({ seat: '1', credentials: 7 }));
    expect(loadSeat(store, 'm1', '0')).toBeUndefined();
    expect(loadSeat(store, 'm1', '1')).toBeUndefined();
    const broken: KeyValueStore = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('full');
      },
      removeItem: () => {
        throw new Error('denied');
      },
    };
    expect(loadSeat(broken, 'm1', '0')).toBeUndefined();
    expect(() => {
      saveSeat(broken, 'm1', { seat: '0', credentials: 'x', playerName: 'y' });
      forgetSeat(broken, 'm1', '0');
    }).not.toThrow();
  });
});

describe('the seats this browser holds', () => {
  it('reads the matches and seats back from the storage keys, ignoring other keys', () => {
    expect(
      savedSeats([
        credentialsKey('m1', '0'),
        'other-app:thing',
        credentialsKey('m-2', '1'),
        'silicon-curtain:seat:x:7',
      ]),
    ).toEqual([
      { matchID: 'm1', seat: '0' },
      { matchID: 'm-2', seat: '1' },
    ]);
  });
});
