import { describe, expect, it } from 'vitest';
import { createGame, observe, sidesToMoveFromView } from '../../rules/index.ts';
import { clockFromSetup, formatClock, timeLeftMs } from '../../src/board/clock-view.ts';

describe('the match clock on the board', () => {
  const setupData = {
    scenarioId: 'baseline-2025',
    clock: {
      initialSeconds: 600,
      incrementSeconds: 5,
      banksMs: { 0: 60_000, 1: 90_000 },
      lastAt: 1_000,
      stateID: 3,
    },
  };

  it('reads the clock the server keeps in setupData, and nothing from a match without one', () => {
    expect(clockFromSetup(setupData)).toEqual({
      banksMs: { us: 60_000, china: 90_000 },
      lastAt: 1_000,
      flagged: undefined,
    });
    expect(clockFromSetup({ scenarioId: 'baseline-2025' })).toBeUndefined();
    expect(clockFromSetup({ clock: { banksMs: { 0: 'x', 1: 1 }, lastAt: 1 } })).toBeUndefined();
    expect(clockFromSetup(null)).toBeUndefined();
    expect(clockFromSetup({ clock: { ...setupData.clock, flagged: '1' } })?.flagged).toBe('china');
  });

  it('runs only the sides to move, and never below zero', () => {
    const clock = clockFromSetup(setupData);
    if (!clock) throw new Error('no clock');
    expect(timeLeftMs(clock, ['us'], 11_000)).toEqual({ us: 50_000, china: 90_000 });
    expect(timeLeftMs(clock, ['us', 'china'], 11_000)).toEqual({ us: 50_000, china: 80_000 });
    expect(timeLeftMs(clock, ['china'], 200_000)).toEqual({ us: 60_000, china: 0 });
    expect(timeLeftMs(clock, [], 0)).toEqual({ us: 60_000, china: 90_000 });
  });

  it('runs both clocks during headlines until each side has chosen', () => {
    const state = createGame({ scenarioId: 'baseline-2025', seed: 'clock' });
    expect(sidesToMoveFromView(observe(state, 'us'))).toEqual(['us', 'china']);
    state.headlines.china = state.hands.china[0] ?? null;
    expect(sidesToMoveFromView(observe(state, 'us'))).toEqual(['us']);
  });

  it('formats minutes and seconds, rounding up', () => {
    expect(formatClock(600_000)).toBe('10:00');
    expect(formatClock(59_001)).toBe('1:00');
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(3_725_000)).toBe('1:02:05');
  });
});
