import type { PlayerView, Side } from '../../rules/index.ts';

/**
 * What the player just did, read from two views in a row (the one before an update and the one after):
 * the coach advances on what the match shows happened, so a refused or stale click never counts.
 */

export const tutorialActions = [
  'headlineChosen',
  'cardPlayedForOps',
  'cardPlayedWithoutOps',
  'actionTaken',
  'turnEnded',
  'roundEnded',
] as const;
export type TutorialAction = (typeof tutorialActions)[number];

/** The side spending a card's operations points now, if it is `side`. */
const spendingOps = (view: PlayerView, side: Side): boolean =>
  view.phase === 'action' && view.ops !== null && view.activeSide === side;

/**
 * The actions `side` took between `before` and `after`, in the order they happen in a turn. Several
 * arrive together when an update carries more than one move (the last action spends the points and so
 * ends the turn; the rival's reply can come in the same update).
 */
export function actionsBetween(before: PlayerView, after: PlayerView, side: Side): TutorialAction[] {
  const actions: TutorialAction[] = [];
  // Headlines are revealed only once both are in: a round moving on means this side chose too.
  const headlineWasOpen = before.phase === 'headline' && !before.headlineChosen[side];
  if (
    headlineWasOpen &&
    (after.headlineChosen[side] || after.phase !== 'headline' || after.round !== before.round)
  )
    actions.push('headlineChosen');
  // Only the side on the move can change the game in its turn, and its move writes the first new log
  // line (a card played, an action taken); ending a turn writes none of its own.
  const movedFirst = after.log[before.log.length]?.side === side;
  const itsTurn = before.phase === 'action' && before.activeSide === side && !before.result;
  const wasSpending = spendingOps(before, side);
  // The same card's points still being spent: the turn has not ended.
  const stillSpending = wasSpending && spendingOps(after, side) && after.ops?.cardId === before.ops?.cardId;
  if (itsTurn && !wasSpending && movedFirst)
    actions.push(spendingOps(after, side) ? 'cardPlayedForOps' : 'cardPlayedWithoutOps');
  if (wasSpending && movedFirst) actions.push('actionTaken');
  if (wasSpending && !stillSpending) actions.push('turnEnded');
  if (after.history.length > before.history.length) actions.push('roundEnded');
  return actions;
}
