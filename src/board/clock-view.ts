import type { Side } from '../../rules/index.ts';

/**
 * The match clock as the Lobby API shows it (public `setupData.clock`, kept by the server; see
 * server/clock/clock.ts): banks at `lastAt`, running for the seats to move since then.
 */
export interface ClockSnapshot {
  banksMs: { us: number; china: number };
  lastAt: number;
  flagged: Side | undefined;
}

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** Reads a match's clock from its setupData; undefined for a match without one (or anything malformed). */
export function clockFromSetup(setupData: unknown): ClockSnapshot | undefined {
  if (typeof setupData !== 'object' || setupData === null) return undefined;
  const clock: unknown = (setupData as { clock?: unknown }).clock;
  if (typeof clock !== 'object' || clock === null) return undefined;
  const { banksMs, lastAt, flagged } = clock as { banksMs?: unknown; lastAt?: unknown; flagged?: unknown };
  if (typeof banksMs !== 'object' || banksMs === null || !isNumber(lastAt)) return undefined;
  const us: unknown = (banksMs as Record<string, unknown>)['0'];
  const china: unknown = (banksMs as Record<string, unknown>)['1'];
  if (!isNumber(us) || !isNumber(china)) return undefined;
  return {
    banksMs: { us, china },
    lastAt,
    flagged: flagged === '0' ? 'us' : flagged === '1' ? 'china' : undefined,
  };
}

/** Time left for each side at `nowMs` (never below zero). */
export function timeLeftMs(
  clock: ClockSnapshot,
  running: readonly Side[],
  nowMs: number,
): { us: number; china: number } {
  const spent = Math.max(0, nowMs - clock.lastAt);
  const left = (side: Side): number =>
    Math.max(0, clock.banksMs[side] - (running.includes(side) ? spent : 0));
  return { us: left('us'), china: left('china') };
}

/** `m:ss`, or `h:mm:ss` from an hour up; whole seconds, rounded up so 0:00 means the flag has fallen. */
export function formatClock(ms: number): string {
  const totalSeconds = Math.ceil(ms / 1000);
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  const mmss = `${String(minutes).padStart(hours > 0 ? 2 : 1, '0')}:${String(seconds).padStart(2, '0')}`;
  return hours > 0 ? `${hours}:${mmss}` : mmss;
}
