import type { RulesStamp } from '../../server/rules-version/bundle-hash.ts';
import { runningRules } from '../../server/rules-version/bundle-hash.ts';
import type { AblationResult } from './ablations.ts';
import { ablationArms, summariseAblations } from './ablations.ts';
import type { GameRow, SimOptions } from '../../server/games/game-row.ts';
import type { MatrixResult, MatrixSpec } from './matrix.ts';
import { matrixCells, summariseMatrix } from './matrix.ts';
import type { GameTask } from '../../server/games/worker-tasks.ts';
import type { PoolOptions } from './pool.ts';
import { playInPool } from './pool.ts';
import type { SimSummary } from './run.ts';
import { summarise } from './run.ts';
import type { SweepResult, SweepSpec } from './sweep.ts';
import { summariseSweep, sweepArms } from './sweep.ts';
import { elapsedSeconds, nowMs } from '../../server/games/timer.ts';

/**
 * A balance-lab run on the worker pool: one batch of games, a sweep (one batch per parameter value) or a
 * matrix (one batch per pair of bots). Every batch plays the same game seeds.
 */

export interface LabPlan {
  /** The base run: games per batch, seed, scenario, bots, `--set` overrides. */
  options: SimOptions;
  sweep: SweepSpec | null;
  matrix: MatrixSpec | null;
  /** The baseline against one what-if per mechanic (tools/sim/ablations.ts). */
  ablations?: boolean;
}

export interface LabRun {
  plan: LabPlan;
  /** Every game played, in batch order then game index. */
  rows: GameRow[];
  /** Summary of every game played (pooled across arms or cells in a sweep or matrix). */
  summary: SimSummary;
  sweep: SweepResult | null;
  matrix: MatrixResult | null;
  ablations: AblationResult | null;
  seconds: number;
}

function batchesOf(plan: LabPlan): SimOptions[] {
  if (plan.sweep) return sweepArms(plan.options, plan.sweep);
  if (plan.matrix) return matrixCells(plan.options, plan.matrix);
  if (plan.ablations) return ablationArms(plan.options);
  return [plan.options];
}

/** The options the pooled summary is labelled with. */
function pooledOptions(plan: LabPlan): SimOptions {
  if (!plan.matrix) return plan.options;
  return { ...plan.options, us: plan.matrix.us.join(','), china: plan.matrix.china.join(',') };
}

export async function runLab(plan: LabPlan, pool: PoolOptions): Promise<LabRun> {
  const batches = batchesOf(plan);
  const tasks: GameTask[] = batches.flatMap((options) =>
    Array.from({ length: options.games }, (_, index) => ({ options, index })),
  );
  const start = nowMs();
  const rows = await playInPool(tasks, pool);
  const seconds = elapsedSeconds(start);
  const perBatch = plan.options.games;
  const rowsByBatch = batches.map((_, b) => rows.slice(b * perBatch, (b + 1) * perBatch));
  return {
    plan,
    rows,
    summary: summarise(pooledOptions(plan), rows, seconds),
    sweep: plan.sweep ? summariseSweep(plan.sweep, batches, rowsByBatch, seconds) : null,
    matrix: plan.matrix ? summariseMatrix(plan.matrix, batches, rowsByBatch) : null,
    ablations: plan.ablations ? summariseAblations(batches, rowsByBatch) : null,
    seconds,
  };
}

/**
 * The JSON printed by `--json`: the summary, the rules it was played under (version and the hash of the
 * rules' files), and `sweep`, `matrix` or the ablations when the run had them.
 */
export function labJson(
  run: LabRun,
): SimSummary & RulesStamp & { sweep?: SweepResult; matrix?: MatrixResult } & Partial<AblationResult> {
  return {
    ...run.summary,
    ...runningRules(),
    ...(run.sweep ? { sweep: run.sweep } : {}),
    ...(run.matrix ? { matrix: run.matrix } : {}),
    ...(run.ablations ?? {}),
  };
}
