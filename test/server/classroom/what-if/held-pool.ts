import type { GamePool } from '../../../../server/classroom/what-if/service.ts';
import type { GameRow } from '../../../../server/games/game-row.ts';
import type { GameTask } from '../../../../server/games/worker-tasks.ts';

/** A stand-in for the what-if service's worker pool: the test finishes each run by hand. */

/** A pool whose runs the test finishes by hand, with rows it makes up. */
export class HeldPool implements GamePool {
  readonly runs: {
    tasks: readonly GameTask[];
    finish: (usWins: number) => void;
    fail: (error: Error) => void;
  }[] = [];
  stopped: Error[] = [];
  isBusy = false;

  play(tasks: readonly GameTask[]): Promise<GameRow[]> {
    this.isBusy = true;
    return new Promise((resolve, reject) => {
      this.runs.push({
        tasks,
        finish: (usWins) => {
          this.isBusy = false;
          resolve(tasks.map((task) => fakeRow(task, task.index < usWins ? 'us' : 'china')));
        },
        fail: (error) => {
          this.isBusy = false;
          reject(error);
        },
      });
    });
  }

  stop(reason: Error): void {
    this.stopped.push(reason);
    this.runs.at(-1)?.fail(reason);
  }

  close(): void {
    this.isBusy = false;
  }
}

function fakeRow(task: GameTask, winner: 'us' | 'china'): GameRow {
  const side = {
    effectiveComputeEflops: 0,
    developersM: 0,
    maturity: 0,
    researchPoints: 0,
    researchDone: 0,
    toolGroups: 0,
    budgetBn: 0,
  };
  return {
    index: task.index,
    seed: `${task.options.seed}:${task.index}`,
    us: task.options.us,
    china: task.options.china,
    overrides: { ...task.options.overrides },
    winner,
    reason: winner === 'us' ? 'computeLead' : 'selfReliance',
    rounds: 8,
    moves: 100,
    margin: 0,
    escalation: 0,
    sides: { us: side, china: side },
    leadByRound: [],
    escalationByRound: [],
    actions: { us: {}, china: {} },
    productionBillShare: { us: 0, china: 0 },
    fingerprint: `${task.index}:${JSON.stringify(task.options.overrides ?? {})}`,
  };
}

/** Lets the service's promise callbacks run. */
export const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
