import { describe, expect, it } from 'vitest';
import { pausedInSetup, tablePaused } from '../../src/board/table-pause.ts';
import type { KeyPress } from '../../src/board/use-shortcuts.ts';
import { shortcutFor } from '../../src/board/use-shortcuts.ts';

const facilitator = (paused: unknown) => ({
  scenarioId: 'baseline',
  facilitator: { paused, turnSeconds: null },
});

describe('a table paused by its facilitator', () => {
  it.each([
    ['a paused class table', facilitator(true), true],
    ['a resumed class table', facilitator(false), false],
    ['a lobby match (no facilitator)', { scenarioId: 'baseline', botSeat: '1' }, false],
    ['a setup not read yet', undefined, false],
    ['a null setup', null, false],
    ['a paused flag that is not true', facilitator('yes'), false],
  ])('%s reads as paused: %s', (_name, setupData, paused) => {
    expect(pausedInSetup(setupData)).toBe(paused);
  });

  it('holds the board on a pause refusal until a newer reading of the setup answers', () => {
    const running = facilitator(false);
    // The refusal came while reading 4 was the latest: the board holds at once.
    expect(tablePaused(running, 4, 4)).toBe(true);
    // Reading 5 (asked for after the refusal) says the table runs: it has the last word.
    expect(tablePaused(running, 5, 4)).toBe(false);
    // ...and if it says paused, the setup holds the board by itself.
    expect(tablePaused(facilitator(true), 5, 4)).toBe(true);
    expect(tablePaused(running, 5, undefined)).toBe(false);
  });
});

describe('keyboard shortcuts', () => {
  const press = (key: string, more: Partial<KeyPress> = {}): KeyPress => ({
    key,
    modified: false,
    inField: false,
    ...more,
  });

  it('pick a card with 1–9 and end the turn with T on a running table', () => {
    expect(shortcutFor(press('1'), false)).toEqual({ kind: 'card', index: 0 });
    expect(shortcutFor(press('9'), false)).toEqual({ kind: 'card', index: 8 });
    expect(shortcutFor(press('t'), false)).toEqual({ kind: 'endTurn' });
    expect(shortcutFor(press('T'), false)).toEqual({ kind: 'endTurn' });
    expect(shortcutFor(press('0'), false)).toBeUndefined();
    expect(shortcutFor(press('1', { modified: true }), false)).toBeUndefined();
    expect(shortcutFor(press('t', { inField: true }), false)).toBeUndefined();
  });

  it.each(['1', '5', '9', 't', 'T'])('do nothing while the table is paused (key %s)', (key) => {
    expect(shortcutFor(press(key), true)).toBeUndefined();
  });
});
