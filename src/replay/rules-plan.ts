import type { RulesMigration } from '../../rules/index.ts';
import { migrationChain, RULES_VERSION } from '../../rules/index.ts';

/**
 * Whether this client may replay a game, by the rules it was played under (issue 15): a replay is made
 * by this client's rules engine, so a game of other rules is never replayed silently under these. A
 * stored match may be replayed through the rules' migrations (rules/migrations.ts), and says so; a
 * balance-lab game cannot (a seed replayed under other rules is another game). Pure; tested in
 * test/src/replay/rules-plan.test.ts.
 */

export type RulesPlan =
  | {
      kind: 'replay';
      /** The migrations the initial state goes through first ([] under the same rules). */
      chain: RulesMigration[];
      /** What the viewer must say about the rules, in words; undefined when there is nothing to say. */
      note: string | undefined;
    }
  | { kind: 'refused'; reason: string };

/** A stored match, by the rules it was created under (its initial state and first moves). */
export function matchRulesPlan(createdUnder: string, running: string = RULES_VERSION): RulesPlan {
  if (createdUnder === running) return { kind: 'replay', chain: [], note: undefined };
  const chain = migrationChain(createdUnder, running);
  if (!chain)
    return {
      kind: 'refused',
      reason:
        `This match was played under rules ${createdUnder}. This viewer runs rules ${running} and has no ` +
        `migration from ${createdUnder}, so it does not replay the moves under other rules: here is the ` +
        `match's log as it was played.`,
    };
  return {
    kind: 'replay',
    chain,
    note:
      `This match was played under rules ${createdUnder}. It is replayed here under rules ${running}, its ` +
      `first state migrated (${[createdUnder, ...chain.map((step) => step.to)].join(' → ')}); the check ` +
      `against its stored final state says whether that replays the game as it was played.`,
  };
}

/** A balance-lab game, by the rules its row or output names (undefined: it does not say). */
export function labRulesPlan(
  seed: string,
  playedUnder: string | undefined,
  running: string = RULES_VERSION,
): RulesPlan {
  if (playedUnder === running) return { kind: 'replay', chain: [], note: undefined };
  if (playedUnder === undefined)
    return {
      kind: 'replay',
      chain: [],
      note:
        `This output does not say which rules game ${seed} was played under: it is replayed under this ` +
        `client's rules ${running}, and the fingerprint check says whether that is the game it records.`,
    };
  return {
    kind: 'refused',
    reason:
      `Game ${seed} was played under rules ${playedUnder}; this viewer runs rules ${running}, so replaying ` +
      `its seed here would play another game. Replay it with the balance lab at the commit in its run's ` +
      `manifest.json (git.commit).`,
  };
}
