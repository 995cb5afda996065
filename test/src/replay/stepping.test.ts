import { describe, expect, it } from 'vitest';
import type { Playback, PlaybackAction } from '../../../src/replay/stepping.ts';
import { keyAction, startPlayback, stepPlayback } from '../../../src/replay/stepping.ts';

const at = (position: number, playing = false, last = 10): Playback => ({ position, last, playing });
const run = (start: Playback, ...actions: PlaybackAction[]): Playback => actions.reduce(stepPlayback, start);

describe('stepping through a replay', () => {
  it('starts before the first move, paused', () => {
    expect(startPlayback(182)).toEqual({ position: 0, last: 182, playing: false });
  });

  it.each([
    ['first', at(5), { type: 'first' }, 0],
    ['previous', at(5), { type: 'previous' }, 4],
    ['next', at(5), { type: 'next' }, 6],
    ['last', at(5), { type: 'last' }, 10],
    ['previous at the start stays', at(0), { type: 'previous' }, 0],
    ['next at the end stays', at(10), { type: 'next' }, 10],
    ['a seek beyond the end', at(5), { type: 'seek', position: 99 }, 10],
    ['a seek before the start', at(5), { type: 'seek', position: -3 }, 0],
    ['a seek between moves', at(5), { type: 'seek', position: 2.6 }, 3],
    ['a seek to nothing', at(5), { type: 'seek', position: Number.NaN }, 0],
  ] as const)('%s', (_title, start, action, position) => {
    expect(stepPlayback(start, action).position).toBe(position);
  });

  it('pauses the player when a move is chosen by hand', () => {
    for (const action of [
      { type: 'first' },
      { type: 'previous' },
      { type: 'next' },
      { type: 'last' },
    ] as const)
      expect(stepPlayback(at(5, true), action).playing).toBe(false);
  });

  it('plays one move a tick and stops at the last move', () => {
    const playing = run(at(7), { type: 'toggle' });
    expect(playing).toEqual(at(7, true));
    expect(run(playing, { type: 'tick' })).toEqual(at(8, true));
    expect(run(playing, { type: 'tick' }, { type: 'tick' }, { type: 'tick' })).toEqual(at(10, false));
    // A tick that arrives after a pause moves nothing.
    expect(run(playing, { type: 'pause' }, { type: 'tick' })).toEqual(at(7));
  });

  it('plays again from the first move when asked to play at the end', () => {
    expect(run(at(10), { type: 'toggle' })).toEqual(at(0, true));
  });

  it('keeps playing through a seek made while playing, unless it lands on the end', () => {
    expect(run(at(3, true), { type: 'seek', position: 6 })).toEqual(at(6, true));
    expect(run(at(3, true), { type: 'seek', position: 10 })).toEqual(at(10, false));
    expect(run(at(3), { type: 'seek', position: 6 })).toEqual(at(6, false));
  });

  it('has nothing to play in a game without moves', () => {
    expect(run(startPlayback(0), { type: 'toggle' }, { type: 'next' })).toEqual(at(0, false, 0));
  });

  it('reads the arrows, Home, End and space, and leaves other keys alone', () => {
    expect(keyAction('ArrowLeft')).toEqual({ type: 'previous' });
    expect(keyAction('ArrowRight')).toEqual({ type: 'next' });
    expect(keyAction('Home')).toEqual({ type: 'first' });
    expect(keyAction('End')).toEqual({ type: 'last' });
    expect(keyAction(' ')).toEqual({ type: 'toggle' });
    expect(keyAction('ArrowUp')).toBeUndefined();
    expect(keyAction('a')).toBeUndefined();
  });
});
