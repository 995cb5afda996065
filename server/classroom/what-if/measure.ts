import type { EndReason } from '../../../rules/index.ts';
import { endReasons, fingerprint } from '../../../rules/index.ts';
import type { GameRow } from '../../games/game-row.ts';
import { median, wilsonInterval } from '../../games/stats.ts';

/** What the preview shows of one batch of bot games: the balance lab's figures, cut to a form's size. */

export interface Measured {
  games: number;
  /** US wins ÷ games (a draw is not a US win). */
  usWinShare: number;
  /** The 95% Wilson score interval of `usWinShare`. */
  interval95: [number, number];
  /** Share of the games that ended for each reason; every reason is present, the shares sum to 1. */
  endReasons: Record<EndReason, number>;
  medianRounds: number;
  /** The lab's run fingerprint of these games (`npm run sim -- --json` prints the same for them). */
  fingerprint: string;
}

export function measure(rows: readonly GameRow[]): Measured {
  const games = rows.length;
  const counts = Object.fromEntries(endReasons.map((reason) => [reason, 0])) as Record<EndReason, number>;
  let usWins = 0;
  for (const row of rows) {
    counts[row.reason] += 1;
    if (row.winner === 'us') usWins++;
  }
  const shares = Object.fromEntries(
    endReasons.map((reason) => [reason, games === 0 ? 0 : counts[reason] / games]),
  ) as Record<EndReason, number>;
  return {
    games,
    usWinShare: games === 0 ? 0 : usWins / games,
    interval95: wilsonInterval(usWins, games),
    endReasons: shares,
    medianRounds: median(rows.map((row) => row.rounds)),
    fingerprint: fingerprint(rows.map((row) => row.fingerprint)),
  };
}
