import type { PlayerView, Side } from '../../rules/index.ts';
import { sidesToMoveFromView } from '../../rules/index.ts';
import { clockFromSetup, timeLeftMs } from '../../src/board/clock-view.ts';
import type { Lobby } from './lobby.ts';

/**
 * A decision may take this share of what is left of the seat's bank: the rest is for the moves after
 * it (a match is ~100 moves a seat; each move gives the increment back).
 */
const bankShare = 0.2;
/** Kept back for the round trip and the server's commit, so a move made "in time" lands in time. */
const networkMarginMs = 250;
/** Even a nearly empty bank gets a decision attempt this long before the fallback move. */
const minimumBudgetMs = 20;

/**
 * How long the bot may think before it must move, from the match's clock as the Lobby API shows it
 * (`setupData.clock`, kept by the server); undefined for a match without a clock.
 */
export async function decisionBudgetMs(
  lobby: Lobby,
  matchID: string,
  view: PlayerView,
  side: Side,
): Promise<number | undefined> {
  // A Lobby API that does not answer (a restart, a dropped network) leaves this decision unbudgeted
  // rather than ending the bot: the socket's reconnection carries the match on.
  const match = await lobby.getMatch(matchID).catch(() => undefined);
  const clock = clockFromSetup(match?.setupData);
  if (!clock) return undefined;
  const leftMs = timeLeftMs(clock, sidesToMoveFromView(view), Date.now())[side];
  return Math.max(minimumBudgetMs, leftMs * bankShare - networkMarginMs);
}

/** The decision, or `undefined` once `budgetMs` has passed (a synchronous decision cannot be cut short). */
export async function withinBudget<T>(
  decision: T | Promise<T>,
  budgetMs: number | undefined,
): Promise<T | undefined> {
  if (budgetMs === undefined || !(decision instanceof Promise)) return decision;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => {
      resolve(undefined);
    }, budgetMs);
  });
  try {
    return await Promise.race([decision, late]);
  } finally {
    clearTimeout(timer);
  }
}
