import type { Side } from '../../rules/index.ts';
import { botSpecsFor } from '../../rules/bots/index.ts';
import type { SimOptions } from '../../server/games/game-row.ts';
import type { SimSummary } from './run.ts';
import type { Rate } from './summary.ts';

/**
 * A strategy matrix: every US bot against every China bot on the same game seeds (common random numbers).
 * Rows are US bots, columns China bots.
 */

export interface MatrixSpec {
  us: string[];
  china: string[];
}

/** Every bot of the side but MCTS (too slow for a default matrix; name it in --matrix-bots to include it). */
export const defaultMatrixBots = (side: Side): string[] =>
  botSpecsFor(side).filter((spec) => !spec.startsWith('mcts:'));

export interface MatrixCell {
  us: string;
  china: string;
  games: number;
  wins: { us: number; china: number; draw: number };
  usWinRate: Rate;
  fingerprint: string;
}

export interface MatrixResult {
  us: string[];
  china: string[];
  gamesPerCell: number;
  /** cells[row][column]: row = US bot, column = China bot. */
  cells: MatrixCell[][];
}

/** Cell options in row-major order. */
export function matrixCells(base: SimOptions, spec: MatrixSpec): SimOptions[] {
  return spec.us.flatMap((us) => spec.china.map((china) => ({ ...base, us, china })));
}

/** `summaries`: each cell's summary, in the row-major order of `matrixCells`. */
export function summariseMatrix(
  spec: MatrixSpec,
  gamesPerCell: number,
  summaries: readonly SimSummary[],
): MatrixResult {
  const table: MatrixCell[][] = spec.us.map((us, row) =>
    spec.china.map((china, column) => {
      const summary = summaries[row * spec.china.length + column];
      if (!summary) throw new Error(`no summary for the cell ${us} vs ${china}`);
      return {
        us,
        china,
        games: summary.games,
        wins: summary.wins,
        usWinRate: summary.usWinRate,
        fingerprint: summary.fingerprint,
      };
    }),
  );
  return { us: spec.us, china: spec.china, gamesPerCell, cells: table };
}
