import { useEffect, useState } from 'react';
import type { PlayerView } from '../../rules/index.ts';
import { sidesToMoveFromView } from '../../rules/index.ts';
import { gameName, lobby } from '../lobby/api.ts';
import type { ClockSnapshot } from './clock-view.ts';
import { clockFromSetup, formatClock, timeLeftMs } from './clock-view.ts';

/** Banks are re-read after every move and at least this often (the server keeps the clock). */
const refreshMs = 5000;
const tickMs = 250;

/** Both sides' time, when the match was created with a clock; nothing otherwise. */
export function MatchClock({
  matchID,
  view,
  stateID,
}: {
  matchID: string;
  view: PlayerView;
  stateID: number;
}) {
  const [clock, setClock] = useState<ClockSnapshot | undefined>(undefined);
  const [nowMs, setNowMs] = useState(() => Date.now());

  useEffect(() => {
    let live = true;
    const load = (): void => {
      lobby()
        .getMatch(gameName, matchID)
        .then((match) => {
          if (live) setClock(clockFromSetup(match.setupData));
        })
        .catch(() => {
          // The board keeps the last banks it read; the next refresh tries again.
        });
    };
    load();
    const timer = window.setInterval(load, refreshMs);
    return () => {
      live = false;
      window.clearInterval(timer);
    };
  }, [matchID, stateID]);

  useEffect(() => {
    if (!clock) return undefined;
    const timer = window.setInterval(() => {
      setNowMs(Date.now());
    }, tickMs);
    return () => {
      window.clearInterval(timer);
    };
  }, [clock]);

  if (!clock) return null;
  // The clock runs for the sides to move, as the server charges it (server/clock/running.ts).
  const running = clock.flagged ? [] : sidesToMoveFromView(view);
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
