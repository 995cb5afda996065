/**
 * Where a replay stands and how it moves: first, previous, next, last, a jump from the slider, play and
 * pause. Position 0 is the game before its first move, position `last` the state after the last move.
 * Pure; tested in test/src/replay/stepping.test.ts.
 */

export interface Playback {
  position: number;
  /** The number of moves: the last position. */
  last: number;
  playing: boolean;
}

export type PlaybackAction =
  | { type: 'first' }
  | { type: 'previous' }
  | { type: 'next' }
  | { type: 'last' }
  | { type: 'seek'; position: number }
  | { type: 'toggle' }
  | { type: 'pause' }
  /** The player's timer: one move on, stopping at the end. */
  | { type: 'tick' };

const clamp = (position: number, last: number): number =>
  Number.isFinite(position) ? Math.min(last, Math.max(0, Math.round(position))) : 0;

export const startPlayback = (last: number): Playback => ({
  position: 0,
  last: Math.max(0, last),
  playing: false,
});

/** A step by hand pauses the player: the viewer looks at the move they chose. */
export function stepPlayback(playback: Playback, action: PlaybackAction): Playback {
  const { position, last } = playback;
  const at = (next: number, playing = false): Playback => ({ position: clamp(next, last), last, playing });
  switch (action.type) {
    case 'first':
      return at(0);
    case 'previous':
      return at(position - 1);
    case 'next':
      return at(position + 1);
    case 'last':
      return at(last);
    case 'seek':
      return at(action.position, playback.playing && action.position < last);
    case 'toggle':
      if (playback.playing) return at(position);
      // Play at the end starts again from the first move.
      return last === 0 ? at(position) : at(position >= last ? 0 : position, true);
    case 'pause':
      return at(position);
    case 'tick':
      if (!playback.playing) return playback;
      return at(position + 1, position + 1 < last);
  }
}

/** The keys of the viewer (left and right arrows step, Home and End jump, space plays and pauses). */
export function keyAction(key: string): PlaybackAction | undefined {
  switch (key) {
    case 'ArrowLeft':
      return { type: 'previous' };
    case 'ArrowRight':
      return { type: 'next' };
    case 'Home':
      return { type: 'first' };
    case 'End':
      return { type: 'last' };
    case ' ':
      return { type: 'toggle' };
    default:
      return undefined;
  }
}

/** Playing speeds: milliseconds between moves (0: one move a frame, as fast as the page draws). */
export const playSpeeds = [
  { label: 'Slow', intervalMs: 1200 },
  { label: 'Normal', intervalMs: 500 },
  { label: 'Fast', intervalMs: 150 },
  { label: 'Fastest', intervalMs: 0 },
] as const;
