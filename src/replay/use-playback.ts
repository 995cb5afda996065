import type { Dispatch } from 'react';
import { useEffect, useReducer } from 'react';
import type { Playback, PlaybackAction } from './stepping.ts';
import { keyAction, startPlayback, stepPlayback } from './stepping.ts';

/**
 * The replay's position, moved by the controls, the keyboard (stepping.ts keyAction) and, while playing,
 * a timer: `intervalMs` between moves, or one move a frame at 0.
 */
export function usePlayback(last: number, intervalMs: number): [Playback, Dispatch<PlaybackAction>] {
  const [playback, dispatch] = useReducer(stepPlayback, last, startPlayback);

  useEffect(() => {
    if (!playback.playing) return undefined;
    if (intervalMs <= 0) {
      const frame = window.requestAnimationFrame(() => {
        dispatch({ type: 'tick' });
      });
      return () => {
        window.cancelAnimationFrame(frame);
      };
    }
    const timer = window.setTimeout(() => {
      dispatch({ type: 'tick' });
    }, intervalMs);
    return () => {
      window.clearTimeout(timer);
    };
  }, [playback.playing, playback.position, intervalMs]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target;
      // A field keeps its keys (the slider steps itself); a focused button keeps space, its click.
      if (
        target instanceof HTMLInputElement ||
        target instanceof HTMLTextAreaElement ||
        target instanceof HTMLSelectElement ||
        (event.key === ' ' && target instanceof HTMLButtonElement)
      )
        return;
      const action = keyAction(event.key);
      if (!action) return;
      event.preventDefault();
      dispatch(action);
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
    };
  }, []);

  return [playback, dispatch];
}
