import { afterEach, describe, expect, it, vi } from 'vitest';
import type { GameRow, SimOptions } from '../../../server/games/game-row.ts';
import type { GameTask } from '../../../server/games/worker-tasks.ts';
import { playInPool, taskList } from '../../../tools/sim/pool.ts';
import { ResidentPool } from '../../../server/games/resident-pool.ts';

/** The lab's worker threads kept between runs (the what-if preview's pool), on real threads. */

const options: SimOptions = {
  games: 12,
  seed: 'resident',
  scenarioId: 'baseline-2025',
  us: 'random',
  china: 'random',
};
const tasksOf = (run: SimOptions): GameTask[] =>
  Array.from({ length: run.games }, (_, index) => ({ options: run, index }));

/** The rows the lab's one-shot pool hands on, gathered. */
async function labRows(tasks: readonly GameTask[], workers: number): Promise<GameRow[]> {
  const rows: GameRow[] = [];
  await playInPool(taskList(tasks), { workers }, (batch) => rows.push(...batch));
  return rows;
}

const pools: ResidentPool[] = [];
function pool(settings: ConstructorParameters<typeof ResidentPool>[0]): ResidentPool {
  const created = new ResidentPool(settings);
  pools.push(created);
  return created;
}

afterEach(() => {
  for (const each of pools.splice(0)) each.close();
});

describe('a resident pool', () => {
  it('plays the rows the lab pool plays, and keeps its workers for the next run', async () => {
    const resident = pool({ workers: 2, niceness: 10 });
    const expected = await labRows(tasksOf(options), 2);
    expect(await resident.play(tasksOf(options))).toEqual(expected);
    expect(resident.liveWorkers).toBe(2);
    const other = { ...options, seed: 'resident-2' };
    const second = await resident.play(tasksOf(other));
    expect(resident.liveWorkers).toBe(2);
    expect(second).toEqual(await labRows(tasksOf(other), 1));
    expect(second.map((row) => row.seed)).toEqual([...Array(12).keys()].map((i) => `resident-2:${i}`));
  });

  it('plays one run at a time', async () => {
    const resident = pool({ workers: 1 });
    const first = resident.play(tasksOf(options));
    await expect(resident.play(tasksOf(options))).rejects.toThrow('already running');
    await first;
  });

  it('stops idle workers and starts them again for the next run', async () => {
    const resident = pool({ workers: 2, idleMs: 20 });
    await resident.play(tasksOf({ ...options, games: 4 }));
    await vi.waitFor(() => {
      expect(resident.liveWorkers).toBe(0);
    });
    expect(await resident.play(tasksOf({ ...options, games: 4 }))).toHaveLength(4);
  });

  it('rejects a run whose game throws, lets its workers go, and plays the next run', async () => {
    const resident = pool({ workers: 2 });
    // A hand size of 0 leaves a bot with no legal move: the kernel throws inside the worker.
    const broken = { ...options, us: 'greedy', china: 'greedy', overrides: { 'calendar.handSize': 0 } };
    await expect(resident.play(tasksOf(broken))).rejects.toThrow('no legal move');
    expect(resident.liveWorkers).toBe(0);
    expect(await resident.play(tasksOf(options))).toEqual(await labRows(tasksOf(options), 2));
  });

  it('rejects the running run with the reason it was stopped for', async () => {
    const resident = pool({ workers: 1 });
    const running = resident.play(tasksOf({ ...options, games: 200, us: 'greedy', china: 'greedy' }));
    running.catch(() => undefined);
    await vi.waitFor(() => {
      expect(resident.liveWorkers).toBe(1);
    });
    resident.stop(new Error('taking too long'));
    await expect(running).rejects.toThrow('taking too long');
    expect(resident.isBusy).toBe(false);
    expect(resident.liveWorkers).toBe(0);
  });
});
