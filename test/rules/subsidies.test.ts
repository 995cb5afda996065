import { describe, expect, it } from 'vitest';
import { collectIncome, roundIncomeBn } from '../../rules/mechanics/budget.ts';
import { growEcosystem } from '../../rules/mechanics/ecosystem.ts';
import { dependencyCostBn, subsidyTrancheBn, takeSubsidy } from '../../rules/mechanics/subsidies.ts';
import { newGame } from './helpers.ts';

describe('budget, subsidies and dependency (RULEBOOK §7)', () => {
  it('a tranche adds money now and dependency in proportion (RULEBOOK §7)', () => {
    const state = newGame();
    const { subsidy } = state.params;
    const before = state.sides.china.budgetBn;
    takeSubsidy(state, 'china');
    expect(state.sides.china.budgetBn).toBeCloseTo(before + subsidy.trancheBn.china);
    expect(state.sides.china.subsidyTakenBn).toBe(subsidy.trancheBn.china);
    expect(state.sides.china.dependency).toBeCloseTo(subsidy.trancheBn.china * subsidy.dependencyPerBn);
  });

  it('the pool runs dry: the last tranche is what is left, then nothing (RULEBOOK §7)', () => {
    const state = newGame();
    const { poolBn, trancheBn } = state.params.subsidy;
    let taken = 0;
    while (subsidyTrancheBn(state, 'us') > 0) {
      taken += subsidyTrancheBn(state, 'us');
      takeSubsidy(state, 'us');
    }
    expect(taken).toBeCloseTo(poolBn.us);
    expect(state.sides.us.subsidyTakenBn).toBeCloseTo(poolBn.us);
    expect(poolBn.us % trancheBn.us).toBeGreaterThan(0); // the last tranche really was a remainder
    const budget = state.sides.us.budgetBn;
    takeSubsidy(state, 'us');
    expect(state.sides.us.budgetBn).toBe(budget);
  });

  it('each dependency point costs income every later round (RULEBOOK §7)', () => {
    const state = newGame();
    const base = roundIncomeBn(state, 'china');
    state.sides.china.dependency = 3;
    expect(dependencyCostBn(state, 'china')).toBeCloseTo(3 * state.params.subsidy.dependencyCostBnPerPoint);
    expect(roundIncomeBn(state, 'china')).toBeCloseTo(base - dependencyCostBn(state, 'china'));
  });

  it('dependency slows the organic growth of developers (RULEBOOK §7, §8)', () => {
    const free = newGame();
    const dependent = newGame();
    dependent.sides.china.dependency = 10;
    growEcosystem(free, 'china');
    growEcosystem(dependent, 'china');
    const start = newGame().sides.china.developersM;
    expect(dependent.sides.china.developersM - start).toBeLessThan(free.sides.china.developersM - start);
    expect(dependent.sides.china.developersM).toBeGreaterThan(start);
  });

  it('income is base income plus inference revenue and the captive market (RULEBOOK §7)', () => {
    const state = newGame();
    const { budget, compute, mandate } = state.params;
    state.sides.china.last.inferenceEflops = 1000;
    expect(roundIncomeBn(state, 'china')).toBeCloseTo(
      budget.baseIncomeBn.china + 1000 * compute.inferenceRevenueBnPerEflops,
    );
    state.sides.china.domesticMandate = true;
    expect(roundIncomeBn(state, 'china')).toBeCloseTo(
      budget.baseIncomeBn.china +
        1000 * compute.inferenceRevenueBnPerEflops +
        mandate.captiveRevenueBnPerRound,
    );
  });

  it('collecting income records it and never leaves a negative budget (RULEBOOK §7)', () => {
    const state = newGame();
    state.sides.us.budgetBn = 1;
    state.sides.us.dependency = 1000;
    collectIncome(state, 'us');
    expect(state.sides.us.last.incomeBn).toBeLessThan(0);
    expect(state.sides.us.budgetBn).toBe(0);
  });
});
