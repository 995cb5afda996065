import type { EndReason, GameResult, GameState, Side, SideState } from '../../rules/index.ts';
import { fingerprint } from '../../rules/fingerprint.ts';
import type { ActionCounts, ActionRounds } from './play-game.ts';
import { playGame } from './play-game.ts';
import { gameSeed } from './seeds.ts';

/** One game of a run, played from its index, reduced to a plain row (what a worker posts back). */

export interface SimOptions {
  games: number;
  seed: string;
  scenarioId: string;
  us: string;
  china: string;
  /** Parameter leaves by dotted path (`--set`, a sweep arm), applied over the scenario's. */
  overrides?: Readonly<Record<string, number>>;
}

/** A side's key counters in the final state. */
export interface SideCounters {
  effectiveComputeEflops: number;
  developersM: number;
  maturity: number;
  /** Sum of the research tracks' progress points. */
  researchPoints: number;
  /** Research tracks completed. */
  researchDone: number;
  /** Working DUV tool groups (China; the US side's tools are not tracked: 0). */
  toolGroups: number;
  budgetBn: number;
}

export interface GameRow {
  index: number;
  seed: string;
  us: string;
  china: string;
  overrides: Record<string, number>;
  winner: GameResult['winner'];
  reason: EndReason;
  rounds: number;
  moves: number;
  /** The final compute lead (positive: the US leads). */
  margin: number;
  /** The final escalation level. */
  escalation: number;
  sides: Record<Side, SideCounters>;
  /** The compute lead at the end of each scored round, from the game's history. */
  leadByRound: number[];
  /** Escalation at the end of each scored round. */
  escalationByRound: number[];
  /** Actions each side took, by action id. */
  actions: ActionCounts;
  /**
   * The same actions by round (entry r − 1: uses in round r). Absent from rows of matches played through a
   * server (`npm run bot:tournament`), whose seats see moves without their rounds.
   */
  actionRounds?: ActionRounds;
  /** Each side's production bill (wafers, packaging and HBM, tools) over the game ÷ its income over the game. */
  productionBillShare: Record<Side, number>;
  /** fingerprint(final state): what `replayGame` reproduces. */
  fingerprint: string;
}

/** Counters are for reading: three decimals (the row's fingerprint is of the exact state). */
const round3 = (value: number): number => Math.round(value * 1000) / 1000;

function counters(side: SideState): SideCounters {
  const progress = Object.values(side.researchProgress);
  return {
    effectiveComputeEflops: round3(side.last.effectiveComputeEflops),
    developersM: round3(side.developersM),
    maturity: round3(side.maturity),
    researchPoints: round3(progress.reduce((sum, points) => sum + points, 0)),
    researchDone: Object.values(side.researchDone).filter(Boolean).length,
    toolGroups: side.toolGroupWear.length,
    budgetBn: round3(side.budgetBn),
  };
}

function productionBillShare(state: GameState, side: Side): number {
  let bill = 0;
  let income = 0;
  for (const record of state.history) {
    bill += record.figures[side].productionBillBn;
    income += record.figures[side].incomeBn;
  }
  return income > 0 ? round3(bill / income) : 0;
}

export function rowFromState(
  options: SimOptions,
  index: number,
  state: GameState,
  moves: number,
  actions: ActionCounts = { us: {}, china: {} },
  actionRounds?: ActionRounds,
): GameRow {
  const result = state.result;
  const seed = gameSeed(options.seed, index);
  if (!result) throw new Error(`game ${seed} ended without a result`);
  return {
    index,
    seed,
    us: options.us,
    china: options.china,
    overrides: { ...(options.overrides ?? {}) },
    winner: result.winner,
    reason: result.reason,
    rounds: result.round,
    moves,
    margin: state.computeLead,
    escalation: state.escalation,
    sides: { us: counters(state.sides.us), china: counters(state.sides.china) },
    leadByRound: state.history.map((record) => record.computeLead),
    escalationByRound: state.history.map((record) => record.escalation),
    actions,
    ...(actionRounds ? { actionRounds } : {}),
    productionBillShare: {
      us: productionBillShare(state, 'us'),
      china: productionBillShare(state, 'china'),
    },
    fingerprint: fingerprint(state),
  };
}

export function playRow(options: SimOptions, index: number): GameRow {
  const { state, moveCount, actionCounts, actionRounds } = playGame({
    scenarioId: options.scenarioId,
    seed: gameSeed(options.seed, index),
    us: options.us,
    china: options.china,
    ...(options.overrides ? { overrides: options.overrides } : {}),
  });
  return rowFromState(options, index, state, moveCount, actionCounts, actionRounds);
}
