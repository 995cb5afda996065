import { describe, expect, it } from 'vitest';
import type { RulesMigration } from '../../rules/index.ts';
import { migrateState, migrationChain, migrations, RULES_VERSION } from '../../rules/index.ts';

/** A synthetic history: 0.9.0 → 1.0.0 renames a field, 1.0.0 → 1.1.0 adds one with a default. */
const renameBudget: RulesMigration = {
  from: '0.9.0',
  to: '1.0.0',
  migrate: ({ budget, ...rest }) => ({ ...rest, budgetBn: budget }),
};
const addReserve: RulesMigration = {
  from: '1.0.0',
  to: '1.1.0',
  migrate: (G) => ({ ...G, reserveBn: 0 }),
};
const steps = [addReserve, renameBudget];

describe('rules migrations', () => {
  it('ship none yet, and none leads away from the running version', () => {
    expect(migrations).toEqual([]);
    expect(migrationChain(RULES_VERSION, RULES_VERSION)).toEqual([]);
    expect(migrationChain('0.9.0', RULES_VERSION)).toBeUndefined();
  });

  it('finds the chain of steps in order, whatever the order of the list', () => {
    expect(migrationChain('0.9.0', '1.1.0', steps)).toEqual([renameBudget, addReserve]);
    expect(migrationChain('1.0.0', '1.1.0', steps)).toEqual([addReserve]);
    expect(migrationChain('1.1.0', '0.9.0', steps)).toBeUndefined();
    expect(migrationChain('0.8.0', '1.1.0', steps)).toBeUndefined();
  });

  it('does not loop on a cycle of steps', () => {
    const back: RulesMigration = { from: '1.1.0', to: '0.9.0', migrate: (G) => ({ ...G }) };
    expect(migrationChain('0.9.0', '2.0.0', [...steps, back])).toBeUndefined();
  });

  it('runs a chain as pure functions: the input is left as it was', () => {
    const old = Object.freeze({ budget: 12, round: 3 });
    const chain = migrationChain('0.9.0', '1.1.0', steps) ?? [];
    expect(migrateState(old, chain)).toEqual({ round: 3, budgetBn: 12, reserveBn: 0 });
    expect(old).toEqual({ budget: 12, round: 3 });
  });
});
