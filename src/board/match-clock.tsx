import { useEffect, useState } from 'react';
import type { PlayerView } from '../../rules/index.ts';
import { sidesToMoveFromView } from '../../rules/index.ts';
import type { ClockSnapshot } from './clock-view.ts';
import { clockFromSetup, formatClock, timeLeftMs } from './clock-view.ts';

const tickMs = 250;

/** Both sides' time, when the match was created with a clock; nothing otherwise. */
export function MatchClock({
  setupData,
  view,
  paused,
}: {
  setupData: unknown;
  view: PlayerView;
  /** A facilitator's pause: the server settled the banks when it began and runs none until it ends. */
  paused: boolean;
}) {
  const clock: ClockSnapshot | undefined = clockFromSetup(setupData);
  const [nowMs, setNowMs] = useState(() => Date.now());
  const hasClock = clock !== undefined;

  useEffect(() => {
    if (!clock) return undefined;
    const timer = window.setInterval(() => {
      setNowMs(Date.now());
    }, tickMs);
    return () => {
      window.clearInterval(timer);
    };
  }, [hasClock]);

  if (!clock) return null;
  // The clock runs for the sides to move, as the server charges it (server/clock/running.ts).
  const running = clock.flagged || paused ? [] : sidesToMoveFromView(view);
  const left = timeLeftMs(clock, running, nowMs);
  return (
    <div className="clock" aria-label="Clock">
      {(['us', 'china'] as const).map((side) => (
        <span key={side} className={running.includes(side) ? 'running' : undefined}>
          {side === 'us' ? 'US' : 'China'} {formatClock(left[side])}
          {clock.flagged === side ? ' (out of time)' : ''}
        </span>
      ))}
    </div>
  );
}
