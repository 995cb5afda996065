/**
 * A multiset of numbers kept as value → count: the order statistics of a run's game lengths and move counts
 * in the memory of their distinct values, not of their games (a million games end in a few dozen lengths).
 */
export class Counts {
  private readonly countByValue = new Map<number, number>();
  private total = 0;

  add(value: number): void {
    this.countByValue.set(value, (this.countByValue.get(value) ?? 0) + 1);
    this.total++;
  }

  get size(): number {
    return this.total;
  }

  /** Each distinct value with its count, in the order the values first came. */
  entries(): IterableIterator<[number, number]> {
    return this.countByValue.entries();
  }

  /** Nearest rank, as `percentile` in server/games/stats.ts computes it over the values themselves. */
  percentile(fraction: number): number {
    if (this.total === 0) return 0;
    const rank = Math.min(this.total, Math.max(1, Math.ceil(fraction * this.total)));
    let seen = 0;
    for (const value of this.ascending()) {
      seen += this.countByValue.get(value) ?? 0;
      if (seen >= rank) return value;
    }
    return 0;
  }

  /** Smallest and largest value, both 0 when there are none. */
  extremes(): { min: number; max: number } {
    const values = this.ascending();
    return { min: values[0] ?? 0, max: values.at(-1) ?? 0 };
  }

  private ascending(): number[] {
    return Array.from(this.countByValue.keys()).sort((a, b) => a - b);
  }
}
