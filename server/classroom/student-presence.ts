/**
 * When each student's page last asked the server (it polls `/me` every few seconds): the per-student
 * "connected" of the facilitator's overview, beside each seat's socket presence. Memory only: after a
 * restart everyone shows as away until their next poll, seconds later.
 */
export const onlineWithinMs = 12_000;
const maxRemembered = 10_000;

export class StudentPresence {
  private readonly lastSeen = new Map<string, number>();

  constructor(private readonly now: () => number = Date.now) {}

  seen(studentId: string): void {
    const now = this.now();
    this.lastSeen.set(studentId, now);
    // Students of past classes are forgotten once there are many (a server runs for weeks).
    if (this.lastSeen.size > maxRemembered)
      for (const [id, at] of this.lastSeen) if (now - at > onlineWithinMs) this.lastSeen.delete(id);
  }

  isOnline(studentId: string): boolean {
    const at = this.lastSeen.get(studentId);
    return at !== undefined && this.now() - at <= onlineWithinMs;
  }
}
