import { describe, expect, it } from 'vitest';
import { RULES_VERSION } from '../../../rules/index.ts';
import { labRulesPlan, matchRulesPlan } from '../../../src/replay/rules-plan.ts';

describe('which rules a replay is made under (issue 15)', () => {
  it('replays a match of these rules with nothing to say', () => {
    expect(matchRulesPlan(RULES_VERSION)).toEqual({ kind: 'replay', chain: [], note: undefined });
  });

  it('replays a 2.0.0 match through its migration to 2.1.0, and says so', () => {
    const plan = matchRulesPlan('2.0.0', '2.1.0');
    expect(plan.kind).toBe('replay');
    if (plan.kind !== 'replay') return;
    expect(plan.chain.map((step) => [step.from, step.to])).toEqual([['2.0.0', '2.1.0']]);
    expect(plan.note).toContain('played under rules 2.0.0');
    expect(plan.note).toContain('replayed here under rules 2.1.0');
    expect(plan.note).toContain('2.0.0 → 2.1.0');
  });

  it('refuses a match of rules with no migration, in words, rather than replay it under other rules', () => {
    const plan = matchRulesPlan('1.0.0', '2.1.0');
    expect(plan).toEqual({
      kind: 'refused',
      reason: expect.stringContaining('played under rules 1.0.0') as unknown,
    });
    if (plan.kind === 'refused') expect(plan.reason).toContain('runs rules 2.1.0');
  });

  it('replays a balance-lab game of these rules, and one whose output names none with a note', () => {
    expect(labRulesPlan('1:0', RULES_VERSION)).toEqual({ kind: 'replay', chain: [], note: undefined });
    const unnamed = labRulesPlan('1:0', undefined, '2.1.0');
    expect(unnamed.kind).toBe('replay');
    if (unnamed.kind === 'replay') expect(unnamed.note).toContain("replayed under this client's rules 2.1.0");
  });

  it('refuses a balance-lab game of other rules even when a migration exists: a seed is not migrated', () => {
    const plan = labRulesPlan('1:17', '2.0.0', '2.1.0');
    expect(plan.kind).toBe('refused');
    if (plan.kind === 'refused') {
      expect(plan.reason).toContain('Game 1:17 was played under rules 2.0.0');
      expect(plan.reason).toContain('manifest.json');
    }
  });
});
