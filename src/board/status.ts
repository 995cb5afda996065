import type { PlayerView } from '../../rules/index.ts';
import { sidesToMoveFromView } from '../../rules/index.ts';
import { sideShort } from './format.ts';

/** The one-line status above the board: round, year, phase and whose move it is. */
export function turnStatus(view: PlayerView): string {
  const when = `Round ${view.round}, ${view.year}`;
  if (view.result || view.phase === 'over') return `${when}: the game is over`;
  const me = view.viewer === 'spectator' ? undefined : view.viewer;
  if (view.phase === 'headline') {
    const waiting = sidesToMoveFromView(view);
    if (me && waiting.includes(me)) return `${when}, headlines: choose your headline card`;
    return `${when}, headlines: waiting for ${waiting.map(sideShort).join(' and ') || 'the reveal'}`;
  }
  const active = view.activeSide;
  const left = view.actionRoundsLeft[active];
  const rounds = `${left} action round${left === 1 ? '' : 's'} left`;
  if (me === active) {
    return view.ops
      ? `${when}: your move, ${view.ops.opsRemaining} operations to spend (${rounds})`
      : `${when}: your move, play a card (${rounds})`;
  }
  return `${when}: ${sideShort(active)} to move (${rounds})`;
}

/** Whether the viewer is expected to move now (for the "your move" highlight). */
export function isViewerToMove(view: PlayerView): boolean {
  return view.viewer !== 'spectator' && sidesToMoveFromView(view).includes(view.viewer);
}
