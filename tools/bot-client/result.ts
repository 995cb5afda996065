import type { State } from 'boardgame.io';
import type { PlayerView, Side } from '../../rules/index.ts';
import { sideOfPlayerId } from '../../rules/index.ts';
import type { Seat } from '../../server/authority/seats.ts';

/** The one line of JSON the bot client prints when its match ends. */
export interface BotResult {
  matchID: string;
  seat: Seat;
  side: Side;
  bot: string;
  winner: Side | 'draw';
  /** The rules' end reason, or `time` when a clock flagged. */
  reason: string;
  rounds: number;
  /** This seat's moves the server committed (from the log entries it sent back). */
  moves: number;
  reconnects: number;
  /** Moves the server refused (races with the rival's move included). */
  rejections: number;
  /** Choices of the decision function that were not legal (a legal move was played instead). */
  illegalChoices: number;
}

export type MatchCounts = Pick<BotResult, 'moves' | 'reconnects' | 'rejections' | 'illegalChoices'>;

/**
 * The result from the final state: boardgame.io's `ctx.gameover` (`{winner: seat}` or `{draw}`, with the
 * rules' reason, or the clock's `{winner, reason: 'time'}`), the round from the view.
 */
export function resultOf(
  state: State,
  who: { matchID: string; seat: Seat; side: Side; bot: string },
  counts: MatchCounts,
): BotResult {
  const gameover = (state.ctx.gameover ?? {}) as { winner?: unknown; draw?: unknown; reason?: unknown };
  const view = state.G as PlayerView;
  const winnerSide = typeof gameover.winner === 'string' ? sideOfPlayerId(gameover.winner) : undefined;
  return {
    ...who,
    winner: winnerSide ?? view.result?.winner ?? 'draw',
    reason: typeof gameover.reason === 'string' ? gameover.reason : (view.result?.reason ?? 'unknown'),
    rounds: view.result?.round ?? view.round,
    ...counts,
  };
}
