import { useEffect, useRef, useState } from 'react';
import type { PlayerView, Side } from '../../rules/index.ts';
import { browserStore } from '../lobby/credentials.ts';
import { actionsBetween } from './tutorial-actions.ts';
import type { TutorialProgress } from './tutorial-machine.ts';
import { afterAction, afterNext, loadProgress, saveProgress, skipTutorial } from './tutorial-machine.ts';
import type { TutorialStep } from './tutorial-steps.ts';

/**
 * The coach's progress through `steps` in this match: it moves on with what each new view shows the
 * player did, on "Next" and on "Skip", and is kept in this tab's session storage so a reload resumes it.
 */
export function useTutorialProgress(
  steps: readonly TutorialStep[],
  matchID: string,
  view: PlayerView,
  side: Side,
): { progress: TutorialProgress; next: () => void; skip: () => void } {
  const [progress, setProgress] = useState(() =>
    loadProgress(browserStore('sessionStorage'), matchID, steps),
  );
  useEffect(() => {
    saveProgress(browserStore('sessionStorage'), matchID, steps, progress);
  }, [matchID, steps, progress]);

  const seen = useRef(view);
  useEffect(() => {
    const before = seen.current;
    seen.current = view;
    if (before === view) return;
    const actions = actionsBetween(before, view, side);
    if (actions.length > 0)
      setProgress((current) => actions.reduce((at, action) => afterAction(steps, at, action), current));
  }, [steps, view, side]);

  return {
    progress,
    next: () => {
      setProgress((current) => afterNext(steps, current));
    },
    skip: () => {
      setProgress(skipTutorial());
    },
  };
}
