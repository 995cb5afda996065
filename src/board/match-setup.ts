import type { Side } from '../../rules/index.ts';
import { sideOfPlayerId } from '../../rules/index.ts';

/** The public `setupData` of a match (server/lobby/create-match.ts): which seat, if any, a bot plays. */
export function botSideFromSetup(setupData: unknown): Side | undefined {
  if (typeof setupData !== 'object' || setupData === null) return undefined;
  const seat: unknown = (setupData as { botSeat?: unknown }).botSeat;
  return typeof seat === 'string' ? sideOfPlayerId(seat) : undefined;
}

export interface SeatInfo {
  name: string | undefined;
  connected: boolean | undefined;
  bot: boolean;
}

/** How a seat is labelled on the board: a bot is a bot (never "offline"); an empty seat is open. */
export function seatLabel(seat: SeatInfo): string {
  if (seat.bot) return seat.name ?? 'Bot';
  if (seat.name === undefined) return 'open seat';
  if (seat.connected === undefined) return seat.name;
  return `${seat.name} · ${seat.connected ? 'online' : 'offline'}`;
}
