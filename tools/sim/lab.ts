import type { RulesStamp } from '../../server/rules-version/bundle-hash.ts';
import { runningRules } from '../../server/rules-version/bundle-hash.ts';
import type { AblationResult } from './ablations.ts';
import { ablationArms, summariseAblations } from './ablations.ts';
import type { SimOptions } from '../../server/games/game-row.ts';
import type { MatrixResult, MatrixSpec } from './matrix.ts';
import { matrixCells, summariseMatrix } from './matrix.ts';
import type { GamePlayer, PoolOptions, RowSink } from './pool.ts';
import { playInPool } from './pool.ts';
import type { SimSummary } from './run.ts';
import { SummaryTally } from './tally.ts';
import type { SweepResult, SweepSpec } from './sweep.ts';
import { summariseSweep, sweepArms } from './sweep.ts';
import { elapsedSeconds, nowMs } from '../../server/games/timer.ts';

/**
 * A balance-lab run on the worker pool: one batch of games, a sweep (one batch per parameter value) or a
 * matrix (one batch per pair of bots). Every batch plays the same game seeds. Rows stream through the
 * summaries (and to the caller's sink, e.g. --out's files) in order and are not kept.
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

/**
 * `sink` receives every game played, in batch order then game index, as rows become next in line; the
 * run keeps none of them. `play` plays the games: this machine's worker pool, or a queue's workers.
 */
export async function runLab(
  plan: LabPlan,
  pool: PoolOptions,
  sink?: RowSink,
  play: GamePlayer = playInPool,
): Promise<LabRun> {
  const batches = batchesOf(plan);
  const perBatch = plan.options.games;
  const pooled = new SummaryTally(perBatch * batches.length);
  const arms = batches.map((options) => ({ options, tally: new SummaryTally(perBatch) }));
  let played = 0;
  const tasks = {
    count: perBatch * batches.length,
    at: (taskId: number) => {
      const options = batches[Math.floor(taskId / perBatch)];
      if (!options) throw new Error(`no batch holds game ${taskId}`);
      return { options, index: taskId % perBatch };
    },
  };
  const start = nowMs();
  await play(tasks, pool, (rows) => {
    for (const row of rows) {
      pooled.add(row);
      arms[Math.floor(played / perBatch)]?.tally.add(row);
      played++;
    }
    sink?.(rows);
  });
  const seconds = elapsedSeconds(start);
  const summaries = (secondsEach = 0): SimSummary[] =>
    arms.map(({ options, tally }) => tally.summary(options, secondsEach));
  return {
    plan,
    summary: pooled.summary(pooledOptions(plan), seconds),
    sweep: plan.sweep
      ? summariseSweep(plan.sweep, perBatch, summaries(seconds / Math.max(1, batches.length)))
      : null,
    matrix: plan.matrix ? summariseMatrix(plan.matrix, perBatch, summaries()) : null,
    ablations: plan.ablations ? summariseAblations(summaries()) : null,
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
