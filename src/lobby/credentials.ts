import { z } from 'zod';
import type { Seat } from './route.ts';
import { isSeat } from './route.ts';

/** Credentials per match and seat, kept in localStorage so a reload reconnects to the same seat. */
export interface SeatCredentials {
  seat: Seat;
  credentials: string;
  playerName: string;
}

/** The part of `Storage` used here (tests pass a Map-backed one). */
export interface KeyValueStore {
  getItem: (key: string) => string | null;
  setItem: (key: string, value: string) => void;
  removeItem: (key: string) => void;
}

export const credentialsKey = (matchID: string, seat: Seat): string =>
  `silicon-curtain:seat:${matchID}:${seat}`;

/** A saved seat as read back: anything on this origin may have written the browser's storage. */
const savedSeatSchema = z.object({
  seat: z.custom<Seat>(isSeat),
  credentials: z.string(),
  playerName: z.string(),
});

export function loadSeat(store: KeyValueStore, matchID: string, seat: Seat): SeatCredentials | undefined {
  let raw: string | null;
  try {
    raw = store.getItem(credentialsKey(matchID, seat));
  } catch {
    return undefined;
  }
  if (raw === null) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return undefined;
  }
  const parsed = savedSeatSchema.safeParse(json);
  return parsed.success ? parsed.data : undefined;
}

const keyPattern = /^silicon-curtain:seat:([A-Za-z0-9_-]{1,64}):([01])$/;

/** The matches and seats this browser holds credentials for, read from the storage's keys. */
export function savedSeats(keys: Iterable<string>): { matchID: string; seat: Seat }[] {
  const found: { matchID: string; seat: Seat }[] = [];
  for (const key of keys) {
    const match = keyPattern.exec(key);
    const seat = match?.[2];
    if (match?.[1] !== undefined && isSeat(seat)) found.push({ matchID: match[1], seat });
  }
  return found;
}

export function saveSeat(store: KeyValueStore, matchID: string, value: SeatCredentials): void {
  try {
    store.setItem(credentialsKey(matchID, value.seat), JSON.stringify(value));
  } catch {
    // Storage full or disabled: the seat still works until the page is reloaded.
  }
}

export function forgetSeat(store: KeyValueStore, matchID: string, seat: Seat): void {
  try {
    store.removeItem(credentialsKey(matchID, seat));
  } catch {
    // Nothing to forget.
  }
}

/**
 * The browser's localStorage (kept across visits), or its sessionStorage (this tab, across reloads), or a
 * throwaway store when it is unavailable.
 */
export function browserStore(kind: 'localStorage' | 'sessionStorage' = 'localStorage'): KeyValueStore {
  try {
    return window[kind];
  } catch {
    const memory = new Map<string, string>();
    return {
      getItem: (key) => memory.get(key) ?? null,
      setItem: (key, value) => {
        memory.set(key, value);
      },
      removeItem: (key) => {
        memory.delete(key);
      },
    };
  }
}
