import { describe, expect, it } from 'vitest';
import { benchCommits } from '../../../tools/storage/commit-bench.ts';

describe('bench:commit-cost (what a commit costs the SQLite store)', () => {
  it('commits every move of whole random games, interleaved, and reports its cost per move', async () => {
    const report = await benchCommits({ games: 3, seed: 'test' });
    expect(report.games).toBe(3);
    // Whole games: dozens of moves each, every one committed (a refused commit throws).
    expect(report.movesCommitted).toBeGreaterThan(3 * 40);
    expect(report.cpuMicrosecondsPerMove).toBeGreaterThan(0);
    // Each move writes at least its state (kilobytes) to the WAL; Linux tells how much (/proc/self/io).
    if (process.platform === 'linux') expect(report.bytesWrittenPerMove).toBeGreaterThan(2000);
    else expect(report.bytesWrittenPerMove).toBeNull();
    expect(report.databaseBytes).toBeGreaterThan(0);
  });

  it('is the same work for the same seed: the same moves committed', async () => {
    const [a, b] = [
      await benchCommits({ games: 2, seed: 'same' }),
      await benchCommits({ games: 2, seed: 'same' }),
    ];
    expect(a.movesCommitted).toBe(b.movesCommitted);
  });
});
