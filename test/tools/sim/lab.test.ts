import { describe, expect, it } from 'vitest';
import { ablations } from '../../../tools/sim/ablations.ts';
import type { GameRow } from '../../../server/games/game-row.ts';
import { runLab } from '../../../tools/sim/lab.ts';
import type { LabPlan, LabRun } from '../../../tools/sim/lab.ts';
import type { PoolOptions } from '../../../tools/sim/pool.ts';
import { replayGame } from '../../../tools/sim/replay.ts';
import { runSimulation } from '../../../tools/sim/run.ts';
import type { SimOptions } from '../../../tools/sim/run.ts';
import { sweepValues } from '../../../tools/sim/sweep.ts';

/** The balance lab on real worker threads (issue 3). */

const base: SimOptions = {
  games: 16,
  seed: 'lab',
  scenarioId: 'baseline-2025',
  us: 'random',
  china: 'random',
};
const plain: LabPlan = { options: base, sweep: null, matrix: null };

/** A lab run with the rows it streamed gathered (a run keeps none itself). */
async function runGathering(plan: LabPlan, pool: PoolOptions): Promise<LabRun & { rows: GameRow[] }> {
  const rows: GameRow[] = [];
  const run = await runLab(plan, pool, (batch) => rows.push(...batch));
  return { ...run, rows };
}

describe('the worker pool', () => {
  it('gives the same rows and fingerprint with 1 or 2 workers, and as in-process play', async () => {
    const one = await runGathering(plain, { workers: 1 });
    const two = await runGathering(plain, { workers: 2 });
    expect(two.summary.fingerprint).toBe(one.summary.fingerprint);
    expect(two.rows).toEqual(one.rows);
    const { gamesPerSec: _a, ...pooled } = two.summary;
    const { gamesPerSec: _b, ...inProcess } = runSimulation(base).summary;
    expect(pooled).toEqual(inProcess);
    expect(two.rows.map((row) => row.index)).toEqual([...Array(16).keys()]);
  });

  it('reports progress up to the total', async () => {
    const seen: number[] = [];
    await runLab(
      { ...plain, options: { ...base, games: 6 } },
      { workers: 2, onProgress: (done) => seen.push(done) },
    );
    expect(seen.at(-1)).toBe(6);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
  });
});

describe('sweeps', () => {
  const roundCounts = sweepValues(2, 6, 3);
  const sweepPlan: LabPlan = {
    options: { ...base, games: 8, us: 'greedy', china: 'greedy' },
    sweep: { param: 'calendar.roundCount', from: 2, to: 6, steps: 3, values: roundCounts },
    matrix: null,
  };

  it('plays the same seeds in every arm, and each arm with its own value', async () => {
    const run = await runGathering(sweepPlan, { workers: 2 });
    const sweep = run.sweep;
    if (!sweep) throw new Error('no sweep result');
    expect(sweep.arms.map((arm) => arm.value)).toEqual([2, 4, 6]);
    const seedsByArm = roundCounts.map((value) =>
      run.rows.filter((row) => row.overrides['calendar.roundCount'] === value).map((row) => row.seed),
    );
    expect(seedsByArm[1]).toEqual(seedsByArm[0]);
    expect(seedsByArm[2]).toEqual(seedsByArm[0]);
    for (const arm of sweep.arms) {
      expect(arm.games).toBe(8);
      expect(arm.lengthRounds.max).toBeLessThanOrEqual(arm.value);
    }
    const [shortest, , longest] = sweep.arms;
    expect(shortest?.lengthRounds.max).toBe(2);
    expect(longest?.lengthRounds.max).toBeGreaterThan(2);

    // Any row replays with its overrides (what `--replay SEED --set PARAM=VALUE` does).
    for (const row of [run.rows[0], run.rows[9], run.rows[23]]) {
      if (!row) throw new Error('missing row');
      const replay = replayGame({
        scenarioId: base.scenarioId,
        seed: row.seed,
        us: row.us,
        china: row.china,
        overrides: row.overrides,
      });
      expect(replay.fingerprint).toBe(row.fingerprint);
    }
  });
});

describe('matrices', () => {
  it('plays every pairing on the same seeds, each cell as a plain run of that pairing', async () => {
    const spec = { us: ['random', 'us-chokehold'], china: ['random', 'china-self-reliance'] };
    const run = await runLab({ options: { ...base, games: 5 }, sweep: null, matrix: spec }, { workers: 2 });
    const matrix = run.matrix;
    if (!matrix) throw new Error('no matrix result');
    expect(matrix.cells).toHaveLength(2);
    for (const [r, us] of spec.us.entries())
      for (const [c, china] of spec.china.entries()) {
        const cell = matrix.cells[r]?.[c];
        expect(cell).toMatchObject({ us, china, games: 5 });
        const alone = runSimulation({ ...base, games: 5, us, china }).summary;
        expect(cell?.fingerprint).toBe(alone.fingerprint);
        expect(cell?.usWinRate).toEqual(alone.usWinRate);
      }
    expect(run.summary.games).toBe(20);
  });
});

describe('ablations (issue 16, target 4)', () => {
  it('plays the baseline and one what-if per mechanic on the same seeds, each with its delta', async () => {
    const run = await runGathering(
      { ...plain, options: { ...base, games: 4 }, ablations: true },
      { workers: 2 },
    );
    const result = run.ablations;
    if (!result) throw new Error('no ablation result');
    expect(run.rows).toHaveLength(4 * (ablations.length + 1));
    expect(result.gamesPerArm).toBe(4);
    expect(result.ablations.map((arm) => arm.mechanic)).toEqual(ablations.map((a) => a.mechanic));
    const baselineRows = runSimulation({ ...base, games: 4 });
    expect(result.baseline.fingerprint).toBe(baselineRows.summary.fingerprint);
    for (const [i, arm] of result.ablations.entries()) {
      const armRun = runSimulation({ ...base, games: 4, overrides: { ...ablations[i]?.overrides } });
      expect(arm.fingerprint).toBe(armRun.summary.fingerprint);
      expect(arm.delta).toBeCloseTo((arm.usWinRate.p - result.baseline.usWinRate.p) * 100, 6);
    }
  });
});
