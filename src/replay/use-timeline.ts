import { useEffect, useState } from 'react';
import type { GameState } from '../../rules/index.ts';
import type { ReplayStep, Timeline } from './timeline.ts';
import { extendTimeline, startTimeline, timelineDone } from './timeline.ts';

/** Steps replayed between two frames while a timeline is built: a long game never holds the page. */
const stepsPerSlice = 20;

export type TimelineProgress =
  { done: false; steps: number; of: number } | { done: true; timeline: Timeline };

/** Replays `steps` from `initial` on the rules engine a slice a frame; the timeline once complete. */
export function useTimeline(initial: GameState, steps: readonly ReplayStep[]): TimelineProgress {
  const [progress, setProgress] = useState<TimelineProgress>({ done: false, steps: 0, of: steps.length });
  useEffect(() => {
    const timeline = startTimeline(initial, steps);
    let frame = 0;
    const slice = (): void => {
      extendTimeline(timeline, stepsPerSlice);
      if (timelineDone(timeline)) {
        setProgress({ done: true, timeline });
        return;
      }
      setProgress({ done: false, steps: timeline.states.length - 1, of: steps.length });
      frame = window.requestAnimationFrame(slice);
    };
    frame = window.requestAnimationFrame(slice);
    return () => {
      window.cancelAnimationFrame(frame);
    };
  }, [initial, steps]);
  return progress;
}
