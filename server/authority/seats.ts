import type { MatchMetadata } from '../storage/match-store.ts';

/** The only seats: "0" is the US, "1" is China. Anything else (including "__proto__") is refused. */
export const seats = ['0', '1'] as const;
export type Seat = (typeof seats)[number];

export function parseSeat(value: unknown): Seat | undefined {
  return value === '0' || value === '1' ? value : undefined;
}

export type PlayerMetadata = MatchMetadata['players'][number];

/** A seat's own entry in the metadata (never one inherited through the prototype chain). */
export function seatEntry(metadata: MatchMetadata, seat: Seat): PlayerMetadata | undefined {
  return Object.hasOwn(metadata.players, seat) ? metadata.players[Number(seat)] : undefined;
}
