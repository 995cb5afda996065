import type { State } from 'boardgame.io';
import { describe, expect, it } from 'vitest';
import type { RulesMigration } from '../../../rules/index.ts';
import { RULES_VERSION } from '../../../rules/index.ts';
import { closedReason, RulesPolicy } from '../../../server/rules-version/policy.ts';

const addMarker: RulesMigration = { from: '0.9.0', to: '1.0.0', migrate: (G) => ({ ...G, marker: true }) };

describe('rules policy', () => {
  it('plays current matches, migrates those with a chain, closes the rest with the reason in plain words', () => {
    const policy = new RulesPolicy('1.0.0', [addMarker]);
    expect(policy.read('1.0.0')).toEqual({ status: 'current' });
    expect(policy.read('0.9.0')).toEqual({ status: 'migrated', chain: [addMarker] });
    expect(policy.read('0.8.0')).toEqual({ status: 'closed', closedReason: closedReason('0.8.0', '1.0.0') });
    expect(closedReason('0.8.0', '1.0.0')).toBe(
      'This match was played under rules 0.8.0; it can be watched and replayed, not continued ' +
        '(this server runs rules 1.0.0)',
    );
  });

  it('runs the shipped rules by default: no migrations, so an older match is closed', () => {
    const policy = new RulesPolicy();
    expect(policy.version).toBe(RULES_VERSION);
    expect(policy.read('0.9.0').status).toBe('closed');
  });

  it('migrates only G and leaves the stored state untouched', () => {
    const stored = { G: { round: 2 }, ctx: { turn: 3 }, _stateID: 7 } as unknown as State;
    const migrated = new RulesPolicy('1.0.0', [addMarker]).migrate(stored, [addMarker]);
    expect(migrated).toEqual({ G: { round: 2, marker: true }, ctx: { turn: 3 }, _stateID: 7 });
    expect(stored.G).toEqual({ round: 2 });
  });
});
