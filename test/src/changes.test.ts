import { describe, expect, it } from 'vitest';
import { cloneState, createGame, observe } from '../../rules/index.ts';
import { changedPlaces, changesBetween } from '../../src/board/changes.ts';

describe('what an update changed, in words', () => {
  it('names each changed figure with its before and after, and flags research knocked back', () => {
    const state = createGame({ seed: 'changes' });
    const before = observe(cloneState(state), 'us');
    state.sides.us.budgetBn = 32;
    state.sides.us.powerGw = 15;
    state.escalation = 2;
    state.sides.china.researchProgress.domesticEuv = 1;
    const changes = changesBetween(before, observe(state, 'us'));
    expect(changes.map((change) => change.text)).toEqual([
      'Escalation 1 → 2',
      'US budget $30Bn → $32Bn',
      'US power 13 GW → 15 GW',
      'China domestic EUV research 2 → 1 (knocked back)',
    ]);
    expect([...changedPlaces(changes, 'us')]).toEqual(['header', 'chips']);
  });

  it('announces nothing when nothing visible changed', () => {
    const state = createGame({ seed: 'same' });
    expect(changesBetween(observe(state, 'us'), observe(state, 'china'))).toEqual([]);
  });
});
