import { describe, expect, it } from 'vitest';
import type { SetupNotice } from '../../src/board/table-pause.ts';
import {
  latestSetupNotice,
  onSetupNotice,
  pausedInSetup,
  publishSetupNotice,
  tablePaused,
} from '../../src/board/table-pause.ts';
import type { KeyPress } from '../../src/board/use-shortcuts.ts';
import { shortcutFor } from '../../src/board/use-shortcuts.ts';

const facilitator = (paused: unknown) => ({
  scenarioId: 'baseline',
  facilitator: { paused, turnSeconds: null },
});

const notice = (version: number, setupData: unknown): SetupNotice => ({ matchID: 'm', version, setupData });

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

  it('holds the board on a pause refusal until the next notice from the socket answers', () => {
    const running = notice(4, facilitator(false));
    // The refusal came while notice 4 was the latest: the board holds at once.
    expect(tablePaused(running, { under: running })).toBe(true);
    // Notice 5 (pushed after the refusal) says the table runs: it has the last word.
    expect(tablePaused(notice(5, facilitator(false)), { under: running })).toBe(false);
    // ...and if it says paused, the notice holds the board by itself.
    expect(tablePaused(notice(5, facilitator(true)), { under: running })).toBe(true);
    // A refusal before any notice came holds until the first one.
    expect(tablePaused(undefined, { under: undefined })).toBe(true);
    expect(tablePaused(running, { under: undefined })).toBe(false);
    expect(tablePaused(running, undefined)).toBe(false);
  });

  it('keeps the newest notice of each match, whatever order the socket brings them in', () => {
    const seen: (boolean | undefined)[] = [];
    const stop = onSetupNotice(() => {
      seen.push(pausedInSetup(latestSetupNotice('t1')?.setupData));
    });
    publishSetupNotice('t1', { version: 7, setupData: facilitator(true) });
    // An older reading (sent before the pause was saved) arriving late changes nothing.
    publishSetupNotice('t1', { version: 6, setupData: facilitator(false) });
    expect(pausedInSetup(latestSetupNotice('t1')?.setupData)).toBe(true);
    publishSetupNotice('t1', { version: 9, setupData: facilitator(false) });
    publishSetupNotice('t2', { version: 1, setupData: facilitator(true) });
    // Malformed notices are ignored.
    publishSetupNotice('t1', { version: 'ten', setupData: facilitator(true) });
    publishSetupNotice(undefined, { version: 10, setupData: facilitator(true) });
    stop();
    expect(seen).toEqual([true, false, false]);
    expect(latestSetupNotice('t1')?.version).toBe(9);
    expect(pausedInSetup(latestSetupNotice('t2')?.setupData)).toBe(true);
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
