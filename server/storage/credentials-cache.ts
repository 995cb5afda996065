/**
 * Seat credentials of recently active matches, for the check on every move. A process that is the only
 * writer of its store (SQLite) knows every metadata write, so it forgets a match's entry when one is
 * submitted and again when it settles; a read between the two may cache the old value, which is
 * the value a reader ordered before that write sees. Unknown matches are never cached.
 */
export class CredentialsCache {
  private readonly entries = new Map<string, { '0'?: string | null; '1'?: string | null }>();

  constructor(private readonly maxMatches = 20_000) {}

  /** The cached credentials (null: seat without credentials), or undefined when not cached. */
  get(matchID: string, seat: '0' | '1'): string | null | undefined {
    return this.entries.get(matchID)?.[seat];
  }

  set(matchID: string, seat: '0' | '1', credentials: string | null): void {
    let entry = this.entries.get(matchID);
    if (!entry) {
      if (this.entries.size >= this.maxMatches) {
        const oldest = this.entries.keys().next();
        if (oldest.done !== true) this.entries.delete(oldest.value);
      }
      entry = {};
      this.entries.set(matchID, entry);
    }
    entry[seat] = credentials;
  }

  forget(matchID: string): void {
    this.entries.delete(matchID);
  }

  /** Runs a metadata write, forgetting the match's entry before it is submitted and after it settles. */
  async around<T>(matchID: string, write: () => Promise<T>): Promise<T> {
    this.forget(matchID);
    try {
      return await write();
    } finally {
      this.forget(matchID);
    }
  }
}
