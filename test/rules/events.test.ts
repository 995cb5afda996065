import { describe, expect, it } from 'vitest';
import type { Card } from '../../rules/content/card-types.ts';
import type { Effect, EffectKind } from '../../rules/content/effects.ts';
import { effectSchema } from '../../rules/content/schema.ts';
import type { GameState } from '../../rules/index.ts';
import { applyEffect, resolveEvent, targetSide } from '../../rules/mechanics/events.ts';
import { findCard, newGame } from './helpers.ts';

/** Every effect kind, applied once for China (the beneficiary) with the US as the actor. */
const cases: [EffectKind, Effect, (before: GameState, after: GameState) => void][] = [
  [
    'budget',
    { kind: 'budget', target: 'player', amountBn: 5 },
    (b, a) => {
      expect(a.sides.china.budgetBn).toBeCloseTo(b.sides.china.budgetBn + 5);
    },
  ],
  [
    'influence',
    { kind: 'influence', target: 'opponent', amount: -2 },
    (b, a) => {
      expect(a.sides.us.influence).toBe(b.sides.us.influence - 2);
    },
  ],
  [
    'developers',
    { kind: 'developers', target: 'china', amountM: 0.5 },
    (b, a) => {
      expect(a.sides.china.developersM).toBeCloseTo(b.sides.china.developersM + 0.5);
    },
  ],
  [
    'maturity',
    { kind: 'maturity', target: 'player', amount: 1 },
    (b, a) => {
      expect(a.sides.china.maturity).toBe(b.sides.china.maturity + 1);
    },
  ],
  [
    'efficiencyProgress',
    { kind: 'efficiencyProgress', target: 'us', points: 1 },
    (b, a) => {
      expect(a.sides.us.efficiencyProgress).toBe(b.sides.us.efficiencyProgress + 1);
    },
  ],
  [
    'researchProgress',
    { kind: 'researchProgress', target: 'player', track: 'domesticHbm', points: 2 },
    (b, a) => {
      expect(a.sides.china.researchProgress.domesticHbm).toBe(b.sides.china.researchProgress.domesticHbm + 2);
    },
  ],
  [
    'yield',
    { kind: 'yield', target: 'player', deltaFraction: 0.05 },
    (b, a) => {
      a.sides.china.fabs.forEach((fab, i) => {
        expect(fab.yieldFraction).toBeCloseTo((b.sides.china.fabs[i]?.yieldFraction ?? 0) + 0.05);
      });
    },
  ],
  [
    'capacity',
    { kind: 'capacity', target: 'opponent', share: -0.5 },
    (b, a) => {
      a.sides.us.fabs.forEach((fab, i) => {
        expect(fab.capacityKWafersPerRound).toBeCloseTo(
          (b.sides.us.fabs[i]?.capacityKWafersPerRound ?? 0) / 2,
        );
      });
    },
  ],
  [
    'toolWear',
    { kind: 'toolWear', target: 'player', delta: -0.05 },
    (b, a) => {
      const total = (s: GameState): number => s.sides.china.toolGroupWear.reduce((x, y) => x + y, 0);
      expect(a.sides.china.toolGroupWear).toHaveLength(b.sides.china.toolGroupWear.length);
      expect(total(a)).toBeLessThan(total(b));
    },
  ],
  [
    'toolGroups',
    { kind: 'toolGroups', target: 'player', count: 2 },
    (b, a) => {
      expect(a.sides.china.toolGroupWear).toHaveLength(b.sides.china.toolGroupWear.length + 2);
    },
  ],
  [
    'chips',
    { kind: 'chips', target: 'player', amountK: 100, performancePflops: 1.6 },
    (b, a) => {
      const own = b.sides.china;
      expect(a.sides.china.chipsK).toBe(own.chipsK + 100);
      expect(a.sides.china.chipPerformancePflops).toBeCloseTo(
        (own.chipsK * own.chipPerformancePflops + 100 * 1.6) / (own.chipsK + 100),
      );
    },
  ],
  [
    'power',
    { kind: 'power', target: 'opponent', amountGw: -100 },
    (_b, a) => {
      expect(a.sides.us.powerGw).toBe(0);
    },
  ],
  [
    'hbm',
    { kind: 'hbm', target: 'player', amountKChips: -300 },
    (b, a) => {
      expect(a.sides.china.hbmStockKChips).toBe(b.sides.china.hbmStockKChips - 300);
    },
  ],
  [
    'interconnect',
    { kind: 'interconnect', target: 'player', levels: 1 },
    (b, a) => {
      expect(a.sides.china.interconnectLevel).toBe(b.sides.china.interconnectLevel + 1);
    },
  ],
  [
    'dependency',
    { kind: 'dependency', target: 'player', amount: 2 },
    (b, a) => {
      expect(a.sides.china.dependency).toBe(b.sides.china.dependency + 2);
    },
  ],
  [
    'exportControls',
    { kind: 'exportControls', levels: -1 },
    (b, a) => {
      expect(a.exportControlLevel).toBe(b.exportControlLevel - 1);
      expect(a.escalation).toBe(b.escalation);
    },
  ],
  [
    'retaliation',
    { kind: 'retaliation', levels: 1 },
    (b, a) => {
      expect(a.retaliationLevel).toBe(b.retaliationLevel + 1);
      expect(a.escalation).toBe(b.escalation + 1);
    },
  ],
  [
    'escalation',
    { kind: 'escalation', delta: 1 },
    (b, a) => {
      expect(a.escalation).toBe(b.escalation + 1);
    },
  ],
  [
    'computeLead',
    { kind: 'computeLead', delta: -2 },
    (b, a) => {
      expect(a.computeLead).toBe(b.computeLead - 2);
    },
  ],
  [
    'handler',
    { kind: 'handler', name: 'talentExchange' },
    (b, a) => {
      expect(a.sides.china.developersM).toBeGreaterThan(b.sides.china.developersM);
    },
  ],
];

describe('card effects (RULEBOOK §4)', () => {
  it.each(cases)('applies a %s effect (RULEBOOK §4)', (_kind, effect, check) => {
    const before = newGame('effects');
    const after = newGame('effects');
    applyEffect(after, effect, { beneficiary: 'china', actor: 'us' });
    check(before, after);
  });

  it('covers every effect kind of the schema (RULEBOOK §4)', () => {
    const kinds = effectSchema.options.map((option) => option.shape.kind.value).sort();
    expect(cases.map(([kind]) => kind).sort()).toEqual(kinds);
  });

  it('player and opponent resolve against the beneficiary; us and china are fixed (RULEBOOK §4)', () => {
    expect(targetSide('player', 'us')).toBe('us');
    expect(targetSide('opponent', 'us')).toBe('china');
    expect(targetSide('china', 'us')).toBe('china');
    expect(targetSide('us', 'china')).toBe('us');
  });

  it('China-only effects do nothing to the US (RULEBOOK §4)', () => {
    const state = newGame();
    const before = JSON.stringify(state.sides.us);
    for (const effect of [
      { kind: 'toolWear', target: 'us', delta: 0.5 },
      { kind: 'toolGroups', target: 'us', count: 3 },
      { kind: 'hbm', target: 'us', amountKChips: 100 },
      { kind: 'researchProgress', target: 'us', track: 'domesticEuv', points: 3 },
    ] as const)
      applyEffect(state, effect, { beneficiary: 'us', actor: 'us' });
    expect(JSON.stringify(state.sides.us)).toBe(before);
  });

  it('amounts are floored at zero and tracks clamped (RULEBOOK §4)', () => {
    const state = newGame();
    const context = { beneficiary: 'us', actor: 'us' } as const;
    applyEffect(state, { kind: 'budget', target: 'us', amountBn: -1e6 }, context);
    applyEffect(state, { kind: 'developers', target: 'us', amountM: -1e6 }, context);
    applyEffect(state, { kind: 'interconnect', target: 'us', levels: 99 }, context);
    applyEffect(state, { kind: 'yield', target: 'us', deltaFraction: 1 }, context);
    applyEffect(state, { kind: 'dependency', target: 'us', amount: -5 }, context);
    expect(state.sides.us.budgetBn).toBe(0);
    expect(state.sides.us.developersM).toBe(0);
    expect(state.sides.us.interconnectLevel).toBe(state.params.interconnect.maxLevel);
    expect(state.sides.us.dependency).toBe(0);
    for (const fab of state.sides.us.fabs)
      expect(fab.yieldFraction).toBe(state.params.yieldCap.euv[fab.node]);
    applyEffect(state, { kind: 'interconnect', target: 'us', levels: -99 }, context);
    expect(state.sides.us.interconnectLevel).toBe(1);
  });

  it('escalation an event causes is blamed on the actor, not the beneficiary (RULEBOOK §4, §12)', () => {
    const state = newGame();
    state.escalation = state.params.escalation.limit - 1;
    applyEffect(state, { kind: 'escalation', delta: 1 }, { beneficiary: 'china', actor: 'us' });
    expect(state.result).toMatchObject({ winner: 'china', reason: 'escalation' });
  });

  it('an event stops applying effects once the game has ended (RULEBOOK §4)', () => {
    const state = newGame();
    state.escalation = state.params.escalation.limit - 1;
    const card: Card = {
      ...findCard(() => true),
      effects: [
        { kind: 'escalation', delta: 1 },
        { kind: 'computeLead', delta: 3 },
      ],
    };
    resolveEvent(state, card, { beneficiary: 'us', actor: 'us' });
    expect(state.result?.reason).toBe('escalation');
    expect(state.computeLead).toBe(0);
  });
});

describe('event handlers (RULEBOOK §4)', () => {
  it('Taiwan Strait crisis: US fabs lose capacity, both budgets fall, escalation rises for the actor (RULEBOOK §4, §12)', () => {
    const state = newGame();
    const capacities = state.sides.us.fabs.map((fab) => fab.capacityKWafersPerRound);
    const us = state.sides.us.budgetBn;
    const china = state.sides.china.budgetBn;
    const chinaCapacity = state.sides.china.fabs.map((fab) => fab.capacityKWafersPerRound);
    state.escalation = 0;
    applyEffect(
      state,
      { kind: 'handler', name: 'taiwanStraitCrisis' },
      { beneficiary: 'china', actor: 'china' },
    );
    state.sides.us.fabs.forEach((fab, i) => {
      expect(fab.capacityKWafersPerRound).toBeCloseTo((capacities[i] ?? 0) * 0.7);
    });
    expect(state.sides.china.fabs.map((fab) => fab.capacityKWafersPerRound)).toEqual(chinaCapacity);
    expect(state.sides.us.budgetBn).toBe(us - 5);
    expect(state.sides.china.budgetBn).toBe(china - 5);
    expect(state.escalation).toBe(2);

    const brink = newGame();
    brink.escalation = brink.params.escalation.limit - 2;
    applyEffect(
      brink,
      { kind: 'handler', name: 'taiwanStraitCrisis' },
      { beneficiary: 'us', actor: 'china' },
    );
    expect(brink.result).toMatchObject({ winner: 'us', reason: 'escalation' });
  });

  it('stockpile rush: China gains HBM and downgraded chips, and controls tighten for the actor (RULEBOOK §4, §12)', () => {
    const state = newGame();
    state.exportControlLevel = 2;
    state.escalation = 0;
    const china = state.sides.china;
    const hbm = china.hbmStockKChips;
    const chips = china.chipsK;
    applyEffect(state, { kind: 'handler', name: 'stockpileRush' }, { beneficiary: 'china', actor: 'china' });
    expect(china.hbmStockKChips).toBe(hbm + 500);
    expect(china.chipsK).toBe(chips + 200);
    expect(state.exportControlLevel).toBe(3);
    expect(state.escalation).toBe(1);
  });

  it('talent exchange: China gains efficiency progress and developers, the US loses influence (RULEBOOK §4, §10)', () => {
    const state = newGame();
    const china = state.sides.china;
    const progress = china.efficiencyProgress;
    const developers = china.developersM;
    const influence = state.sides.us.influence;
    applyEffect(state, { kind: 'handler', name: 'talentExchange' }, { beneficiary: 'us', actor: 'us' });
    expect(china.efficiencyProgress).toBe(progress + 1);
    expect(china.developersM).toBeCloseTo(developers + 0.2);
    expect(state.sides.us.influence).toBe(influence - 1);
  });
});
