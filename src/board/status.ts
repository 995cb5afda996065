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

/**
 * Why the viewer's cards have no buttons now, in words ('' when they have): the hand never sits there
 * silent.
 */
export function handWaitReason(view: PlayerView): string {
  const me = view.viewer === 'spectator' ? undefined : view.viewer;
  if (!me || view.result || view.phase === 'over') return '';
  if (view.phase === 'headline')
    return view.ownHeadline ? 'Your headline is chosen: waiting for your rival’s.' : '';
  if (view.activeSide !== me)
    return `${sideShort(view.activeSide)} is moving: your cards come alive on your turn.`;
  if (view.ops) return 'Spend the operations above, or end the turn, before playing another card.';
  return '';
}

/** Whether the viewer is expected to move now (for the "your move" highlight). */
export function isViewerToMove(view: PlayerView): boolean {
  return view.viewer !== 'spectator' && sidesToMoveFromView(view).includes(view.viewer);
}
