import type { GameState } from '../../rules/index.ts';
import type { ReplayStep } from './timeline.ts';
import type { ReplayProps } from './replay-viewer.tsx';
import { ReplayViewer } from './replay-viewer.tsx';
import { useTimeline } from './use-timeline.ts';

/** Replays the steps on the rules engine (a slice a frame, with its progress), then shows the viewer. */
export function TimelineReplay({
  initial,
  steps,
  ...viewer
}: Omit<ReplayProps, 'timeline'> & { initial: GameState; steps: readonly ReplayStep[] }) {
  const progress = useTimeline(initial, steps);
  if (!progress.done)
    return (
      <p className="quiet" role="status">
        Replaying the moves on the rules engine… {progress.steps} of {progress.of}
      </p>
    );
  return <ReplayViewer timeline={progress.timeline} {...viewer} />;
}
