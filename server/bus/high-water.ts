/**
 * Per match, the highest state id this process has told its sockets about, so that no socket is ever
 * sent state N after N+1 (commits arrive from this process and, through the bus, from others, in any
 * order). Bounded: the least recently advanced matches are forgotten (a forgotten match accepts any id).
 */
export class HighWater {
  private readonly marks = new Map<string, number>();

  constructor(private readonly capacity = 100_000) {}

  get(matchID: string): number | undefined {
    return this.marks.get(matchID);
  }

  /** True (and remembered) when `stateID` is above the mark; false when it is not newer. */
  advance(matchID: string, stateID: number): boolean {
    const mark = this.marks.get(matchID);
    if (mark !== undefined && stateID <= mark) return false;
    this.marks.delete(matchID);
    this.marks.set(matchID, stateID);
    if (this.marks.size > this.capacity) {
      const oldest = this.marks.keys().next();
      if (oldest.done !== true) this.marks.delete(oldest.value);
    }
    return true;
  }
}
