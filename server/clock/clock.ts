import { z } from 'zod';
import type { Seat } from '../authority/seats.ts';
import { parser } from '../boundary/parse.ts';

/** Chess-style clock: a bank per seat, plus an increment after each of the seat's moves. */
export interface ClockSettings {
  initialSeconds: number;
  incrementSeconds: number;
}

/**
 * A match's clock, kept in its public metadata (`setupData.clock`) so that it survives a restart and the
 * Lobby API shows it. Banks are what was left at `lastAt` (ms since the epoch, the last commit).
 */
export interface ClockState extends ClockSettings {
  banksMs: Record<Seat, number>;
  lastAt: number;
  /** The state id the banks were settled at. */
  stateID: number;
  /** The seat whose time ran out (the match is then lost on time). */
  flagged?: Seat;
}

/** `{ initialSeconds: 0.05–86400, incrementSeconds: 0–3600 }` (no increment: 0). */
export const clockSettingsSchema = z.strictObject(
  {
    initialSeconds: z
      .number({ error: 'initialSeconds is 0.05 to 86400' })
      .min(0.05, 'initialSeconds is 0.05 to 86400')
      .max(86_400, 'initialSeconds is 0.05 to 86400'),
    incrementSeconds: z
      .number({ error: 'incrementSeconds is 0 to 3600' })
      .min(0, 'incrementSeconds is 0 to 3600')
      .max(3600, 'incrementSeconds is 0 to 3600')
      .nullish()
      .transform((seconds) => seconds ?? 0),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? 'clock takes only initialSeconds and incrementSeconds'
        : 'clock is { initialSeconds, incrementSeconds }',
  },
);

export const parseClockSettings = parser(clockSettingsSchema);

export function startClock(settings: ClockSettings, now: number): ClockState {
  const bank = settings.initialSeconds * 1000;
  return { ...settings, banksMs: { 0: bank, 1: bank }, lastAt: now, stateID: 0 };
}

/** Banks now: the seats to move have been spending since `lastAt`. */
export function banksAt(clock: ClockState, running: readonly Seat[], now: number): Record<Seat, number> {
  const spent = Math.max(0, now - clock.lastAt);
  return {
    0: clock.banksMs[0] - (running.includes('0') ? spent : 0),
    1: clock.banksMs[1] - (running.includes('1') ? spent : 0),
  };
}

/** The clock after a commit at `now` to `stateID`: running seats are charged, the movers get the increment. */
export function settle(
  clock: ClockState,
  running: readonly Seat[],
  movers: readonly Seat[],
  stateID: number,
  now: number,
): ClockState {
  const banks = banksAt(clock, running, now);
  const increment = clock.incrementSeconds * 1000;
  for (const seat of movers) if (banks[seat] > 0) banks[seat] += increment;
  return { ...clock, banksMs: banks, lastAt: now, stateID };
}

/** The first running seat whose bank is empty at `now`, if any. */
export function flaggedAt(clock: ClockState, running: readonly Seat[], now: number): Seat | undefined {
  const banks = banksAt(clock, running, now);
  return running.find((seat) => banks[seat] <= 0);
}

/** Milliseconds until the first running seat's bank empties (Infinity when nobody runs). */
export function msUntilFlag(clock: ClockState, running: readonly Seat[], now: number): number {
  const banks = banksAt(clock, running, now);
  let soonest = Number.POSITIVE_INFINITY;
  for (const seat of running) soonest = Math.min(soonest, banks[seat]);
  return soonest;
}
