import type { State } from 'boardgame.io';
import type { RulesMigration } from '../../rules/index.ts';
import { migrateState, migrationChain, migrations, RULES_VERSION } from '../../rules/index.ts';

/**
 * What the running rules make of a stored match, by the rules version it was stored under:
 * - `current`: the same rules; it plays on;
 * - `migrated`: older (or other) rules with a migration chain to these; read through the chain, it plays
 *   on under the running rules, and its next commit is stamped with them;
 * - `closed`: no chain; it can be synced, watched and replayed as stored, never moved in.
 */
export type RulesStatus = 'current' | 'migrated' | 'closed';

export type RulesReading =
  | { status: 'current' }
  | { status: 'migrated'; chain: RulesMigration[] }
  | { status: 'closed'; closedReason: string };

/** The plain-words reason a match is closed, for its players (the board shows it, moves get it). */
export function closedReason(playedUnder: string, running: string): string {
  return (
    `This match was played under rules ${playedUnder}; it can be watched and replayed, not continued ` +
    `(this server runs rules ${running})`
  );
}

/** The running rules' version and the migrations it accepts (tests inject their own). */
export class RulesPolicy {
  constructor(
    readonly version: string = RULES_VERSION,
    private readonly available: readonly RulesMigration[] = migrations,
  ) {}

  read(storedVersion: string): RulesReading {
    if (storedVersion === this.version) return { status: 'current' };
    const chain = migrationChain(storedVersion, this.version, this.available);
    return chain
      ? { status: 'migrated', chain }
      : { status: 'closed', closedReason: closedReason(storedVersion, this.version) };
  }

  /** The stored state under the running rules (its `G` through the chain; the rest as stored). */
  migrate(state: State, chain: readonly RulesMigration[]): State {
    return { ...state, G: migrateState(state.G as Record<string, unknown>, chain) };
  }
}
