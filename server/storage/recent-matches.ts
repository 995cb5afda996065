/** How many of the most recently sighted matches count as recent: one notion of "a match that moves often". */
export const recentMatchesWindow = 512;

const seen = Symbol('seen');

/**
 * The matches sighted (committed, encoded) most recently, the least recent forgotten beyond `capacity`,
 * and a value kept for each one only from its second sighting within that window on.
 *
 * Why only then: what the server keeps for a match that moves once in a while (5,000 matches with people
 * thinking for seconds) outlives V8's young generation, is promoted to the old one, and is garbage there
 * by the match's next move. Every major GC then has more to mark: its main-thread steps, 100–150 ms over
 * a quarter of a second, were the load test's p99. A match that moves often (saturation: 400 matches
 * moving back to back) is sighted again well within the window and keeps its value.
 */
export class RecentMatches<V> {
  private readonly entries = new Map<string, V | typeof seen>();

  constructor(private readonly capacity = recentMatchesWindow) {}

  /** How many matches have a value kept. */
  get valueCount(): number {
    let count = 0;
    for (const entry of this.entries.values()) if (entry !== seen) count++;
    return count;
  }

  isRecent(matchID: string): boolean {
    return this.entries.has(matchID);
  }

  value(matchID: string): V | undefined {
    const entry = this.entries.get(matchID);
    return entry === seen ? undefined : entry;
  }

  /** A sighting: the match becomes the most recent; `value` is kept if it already was recent. */
  sight(matchID: string, value?: V): void {
    const recent = this.entries.delete(matchID);
    this.entries.set(matchID, recent && value !== undefined ? value : seen);
    if (this.entries.size <= this.capacity) return;
    const oldest = this.entries.keys().next();
    if (oldest.done !== true) this.entries.delete(oldest.value);
  }

  /** Replaces a kept value, without a sighting (nothing when the match has none). */
  replace(matchID: string, value: V): void {
    if (this.value(matchID) !== undefined) this.entries.set(matchID, value);
  }

  forget(matchID: string): void {
    this.entries.delete(matchID);
  }
}
