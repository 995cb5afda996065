import { describe, expect, it } from 'vitest';
import type {
  GameState,
  GameStateV2_0,
  GameStateV2_2,
  GameStateV2_3,
  GameStateV2_4,
  RulesMigration,
} from '../../rules/index.ts';
import {
  applyMoveInPlace,
  completeParameters,
  createGame,
  defaultParameters,
  fingerprint,
  legalMoves,
  migrateState,
  migrationChain,
  migrations,
  RULES_VERSION,
  sidesToMove,
} from '../../rules/index.ts';
import { isChokehold } from '../../rules/mechanics/scoring.ts';
import { seedRng } from '../../rules/rng.ts';
import { pick, playRandomMove } from './helpers.ts';

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
  it('ship 2.0.0 → 2.1.0 → 2.2.0 → 2.3.0 → 2.4.0 → 2.5.0 → 2.6.0: a 1.0.0 or older match stays closed, none leads away from the running version', () => {
    expect(migrations.map((step) => `${step.from}→${step.to}`)).toEqual([
      '2.0.0→2.1.0',
      '2.1.0→2.2.0',
      '2.2.0→2.3.0',
      '2.3.0→2.4.0',
      '2.4.0→2.5.0',
      '2.5.0→2.6.0',
    ]);
    expect(RULES_VERSION).toBe('2.6.0');
    expect(migrationChain(RULES_VERSION, RULES_VERSION)).toEqual([]);
    expect(migrationChain('2.0.0', RULES_VERSION)).toEqual(migrations);
    expect(migrationChain('2.1.0', RULES_VERSION)).toEqual(migrations.slice(1));
    expect(migrationChain('0.9.0', RULES_VERSION)).toBeUndefined();
    expect(migrationChain('1.0.0', RULES_VERSION)).toBeUndefined();
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

/** A state as rules 2.0.0 stored it: the game's position without 2.1.0's fields. */
function asStoredUnder2_0(state: GameState): GameStateV2_0 {
  const { pendingInjections: _pending, history, ...rest } = state;
  return { ...rest, history: history.map(({ indicators: _indicators, ...record }) => record) };
}

/** Plays the same seeded moves on both games to the end; each must accept every one. */
function playOnBoth(played: GameState, migrated: GameState, seed: string): void {
  const rng = seedRng(seed);
  while (!played.result) {
    const side = sidesToMove(played)[0];
    if (side === undefined) break;
    const move = pick(rng, legalMoves(played, side));
    expect(applyMoveInPlace(played, move)).toBeUndefined();
    expect(applyMoveInPlace(migrated, move)).toBeUndefined();
  }
}

/**
 * What a match created under 2.5.0 keeps: China's ecosystem point at half the US's developers, and a
 * de-escalation at $1Bn.
 */
const before2_6 = {
  'scoring.ecosystemChinaDeveloperShare': 0.5,
  'escalation.deEscalateCostBn': 1,
} as const;

/**
 * What every match created before 2.5.0 plays under once migrated: 2.4.0's chokehold (at the first round
 * end, under 4k working wafers), its frontier-class bar and its ±8 track. A game played under these is the
 * reference a migrated match must follow move for move.
 */
const before2_5 = {
  ...before2_6,
  'scoring.chokeholdRoundsToHold': 1,
  'scoring.chokeholdGoodWafersK': 4,
  'scoring.frontierClassEflops2025': 365,
  'scoring.frontierClassGrowthPerYear': 1.35,
  'scoring.leadToWin': 8,
} as const;

/** A game a few rounds in, with some history. */
function gameInRound(round: number, seed: string, overrides?: Readonly<Record<string, number>>): GameState {
  const state = createGame({ seed, ...(overrides ? { overrides } : {}) });
  const rng = seedRng(`${seed}-chooser`);
  while (state.round < round && !state.result) playRandomMove(state, rng);
  return state;
}

describe('the 2.0.0 → 2.1.0 migration (classroom mode)', () => {
  it('adds an empty schedule and marks the rounds already played as recorded without indicators', () => {
    const played = gameInRound(3, 'migrate-2.0');
    expect(played.history.length).toBeGreaterThanOrEqual(2);
    const stored = Object.freeze(asStoredUnder2_0(played)) as unknown as Readonly<Record<string, unknown>>;
    const storedJson = JSON.stringify(stored);
    const chain = migrationChain('2.0.0', '2.1.0') ?? [];
    const migrated = migrateState(stored, chain) as unknown as GameState;
    expect(migrated.pendingInjections).toEqual([]);
    expect(migrated.history.map((record) => record.indicators)).toEqual(played.history.map(() => null));
    // Everything 2.0.0 kept is kept as it was, and the stored state is not touched.
    expect(fingerprint(asStoredUnder2_0(migrated))).toBe(fingerprint(asStoredUnder2_0(played)));
    expect(JSON.stringify(stored)).toBe(storedJson);
  });

  it('continues under 2.1.0: the same moves give the same game, and new rounds record their indicators', () => {
    const played = gameInRound(2, 'migrate-continue', before2_5);
    const recordedBefore = played.history.length;
    // As storage hands it over: a copy of its own, sharing nothing with the game played on here.
    const migrated = migrateState(
      structuredClone(asStoredUnder2_0(played)),
      migrationChain('2.0.0', RULES_VERSION) ?? [],
    ) as unknown as GameState;
    playOnBoth(played, migrated, 'migrate-continue-moves');
    expect(migrated.result).toEqual(played.result);
    expect(migrated.history.slice(0, recordedBefore).every((record) => record.indicators === null)).toBe(
      true,
    );
    expect(migrated.history.slice(recordedBefore).map((record) => record.indicators)).toEqual(
      played.history.slice(recordedBefore).map((record) => record.indicators),
    );
    expect(migrated.history.slice(recordedBefore).every((record) => record.indicators !== null)).toBe(true);
  });
});

describe('the 2.1.0 → 2.2.0 migration (chokehold on capacity, dearer listings)', () => {
  const to2_2 = (state: GameState): GameState =>
    migrateState(
      structuredClone(state) as unknown as Record<string, unknown>,
      migrationChain('2.1.0', '2.2.0') ?? [],
    ) as unknown as GameState;

  it('keeps the position and the parameters the match was created with (RULEBOOK §13)', () => {
    const played = gameInRound(3, 'migrate-2.1');
    const stored = {
      ...played,
      params: { ...played.params, research: { ...played.params.research, sanctionFrictionCostBn: 1.5 } },
    };
    const migrated = to2_2(stored);
    expect(migrated.params.research.sanctionFrictionCostBn).toBe(1.5);
    expect(fingerprint(migrated)).toBe(fingerprint(stored));
  });

  it('continues under the running chokehold: research done is no escape once the fabs cannot run', () => {
    const played = gameInRound(2, 'migrate-2.1-chokehold');
    const migrated = migrateState(
      structuredClone(played) as unknown as Record<string, unknown>,
      migrationChain('2.1.0', RULES_VERSION) ?? [],
    ) as unknown as GameState;
    migrated.sides.china.researchDone.domesticEuv = true;
    migrated.sides.china.last.advancedCapacityKWafers = 0;
    migrated.sides.china.last.goodWaferCapacityK = 0;
    expect(isChokehold(migrated)).toBe(true);
  });
});

/** A state as rules 2.4.0 stored it: no count of round ends in the chokehold, nor how many it takes. */
function asStoredUnder2_4(state: GameState): GameStateV2_4 {
  const { chokeholdRoundsHeld: _held, ...rest } = structuredClone(state);
  const { chokeholdRoundsToHold: _hold, ...scoring } = rest.params.scoring;
  return { ...rest, params: { ...rest.params, scoring: scoring as GameState['params']['scoring'] } };
}

/** A state as rules 2.3.0 stored it: rounds without a frontier-class point, parameters without its bar. */
function asStoredUnder2_3(state: GameState): GameStateV2_3 {
  const under2_4 = asStoredUnder2_4(state);
  const {
    frontierClassEflops2025: _bar,
    frontierClassGrowthPerYear: _growth,
    ...scoring
  } = under2_4.params.scoring;
  return {
    ...under2_4,
    params: { ...under2_4.params, scoring: scoring as GameState['params']['scoring'] },
    history: under2_4.history.map(({ frontierClassPoints: _points, ...record }) => record),
  };
}

/** A state as rules 2.2.0 stored it: no count of working wafers, parameters without its threshold. */
function asStoredUnder2_2(state: GameState): GameStateV2_2 {
  const under2_3 = asStoredUnder2_3(state);
  const side = (own: GameState['sides']['us']): GameStateV2_2['sides']['us'] => {
    const { goodWaferCapacityK: _good, ...last } = own.last;
    return { ...own, last };
  };
  const { chokeholdGoodWafersK: _threshold, ...scoring } = under2_3.params.scoring;
  const params = { ...under2_3.params, scoring: { ...scoring, chokeholdCapacityKWafers: 4 } };
  return {
    ...(under2_3 as unknown as GameState),
    params: params as unknown as GameState['params'],
    sides: { us: side(under2_3.sides.us), china: side(under2_3.sides.china) },
  };
}

describe('the 2.2.0 → 2.3.0 migration (the chokehold counts working wafers)', () => {
  const from2_2 = (stored: GameStateV2_2): GameState => {
    const migrated = migrateState(
      structuredClone(stored),
      migrationChain('2.2.0', RULES_VERSION) ?? [],
    ) as unknown as GameState;
    // As storage reads it: the match's own parameters, completed with those added since.
    return { ...migrated, params: completeParameters(migrated.params) as GameState['params'] };
  };

  it('estimates the working wafers from the capacity measured and the producing fabs’ yields (RULEBOOK §14)', () => {
    const played = gameInRound(3, 'migrate-2.2');
    const migrated = from2_2(asStoredUnder2_2(played));
    const china = migrated.sides.china;
    const producing = china.fabs.filter((fab) => fab.roundsUntilOnline === 0);
    const capacity = producing.reduce((sum, fab) => sum + fab.capacityKWafersPerRound, 0);
    const good = producing.reduce((sum, fab) => sum + fab.capacityKWafersPerRound * fab.yieldFraction, 0);
    expect(china.last.goodWaferCapacityK).toBeCloseTo((china.last.advancedCapacityKWafers * good) / capacity);
    expect(china.last.goodWaferCapacityK).toBeGreaterThan(0);
    expect(china.last.goodWaferCapacityK).toBeLessThanOrEqual(china.last.advancedCapacityKWafers);
  });

  it('keeps the match’s own parameters and gains the threshold 2.3.0 shipped with, not a later default (RULEBOOK §14)', () => {
    const played = gameInRound(2, 'migrate-2.2-params');
    const stored = asStoredUnder2_2(played);
    stored.params.research.sanctionFrictionCostBn = 1.5;
    const migrated = from2_2(stored);
    expect(migrated.params.research.sanctionFrictionCostBn).toBe(1.5);
    expect(migrated.params.scoring.chokeholdGoodWafersK).toBe(4);
    expect(defaultParameters.scoring.chokeholdGoodWafersK).not.toBe(4);
  });

  it('continues under 2.3.0: the same moves give the same game as one that never left it', () => {
    const played = gameInRound(2, 'migrate-2.2-continue', before2_5);
    const migrated = from2_2(asStoredUnder2_2(played));
    playOnBoth(played, migrated, 'migrate-2.2-continue-moves');
    expect(migrated.result).toEqual(played.result);
    expect(migrated.sides.china.last).toEqual(played.sides.china.last);
  });
});

describe('the 2.3.0 → 2.4.0 migration (the frontier-class contest)', () => {
  const from2_3 = (stored: GameStateV2_3): GameState => {
    const migrated = migrateState(
      structuredClone(stored),
      migrationChain('2.3.0', RULES_VERSION) ?? [],
    ) as unknown as GameState;
    return { ...migrated, params: completeParameters(migrated.params) as GameState['params'] };
  };

  it('keeps the rounds already scored, with no frontier-class point, and gains the bar 2.4.0 shipped with (RULEBOOK §14)', () => {
    const played = gameInRound(3, 'migrate-2.3');
    const stored = asStoredUnder2_3(played);
    stored.params.scoring.leadToWin = 9;
    const migrated = from2_3(stored);
    expect(migrated.history.map((record) => record.frontierClassPoints)).toEqual(played.history.map(() => 0));
    expect(migrated.history.map((record) => record.computeLead)).toEqual(
      played.history.map((record) => record.computeLead),
    );
    expect(migrated.params.scoring.leadToWin).toBe(9);
    expect(migrated.params.scoring.frontierClassEflops2025).toBe(365);
    expect(migrated.params.scoring.frontierClassGrowthPerYear).toBe(1.35);
  });

  it('continues under 2.4.0: the same moves give the same game as one that never left it', () => {
    const played = gameInRound(2, 'migrate-2.3-continue', before2_5);
    const migrated = from2_3(asStoredUnder2_3(played));
    playOnBoth(played, migrated, 'migrate-2.3-continue-moves');
    expect(migrated.result).toEqual(played.result);
    expect(migrated.computeLead).toBe(played.computeLead);
    expect(migrated.history.slice(-1)).toEqual(played.history.slice(-1));
  });
});

describe('the 2.4.0 → 2.5.0 migration (the chokehold held at two round ends)', () => {
  const from2_4 = (stored: GameStateV2_4): GameState => {
    const migrated = migrateState(
      structuredClone(stored),
      migrationChain('2.4.0', RULES_VERSION) ?? [],
    ) as unknown as GameState;
    return { ...migrated, params: completeParameters(migrated.params) as GameState['params'] };
  };

  /** A game as 2.4.0 played it: the chokehold at the first round end, the track it was created with. */
  const playedUnder2_4 = (round: number, seed: string): GameState => {
    return gameInRound(round, seed, before2_5);
  };

  it('keeps the rules the match was created with: the chokehold at one round end, its own track (RULEBOOK §14)', () => {
    expect(defaultParameters.scoring.chokeholdRoundsToHold).toBe(2);
    const stored = asStoredUnder2_4(playedUnder2_4(3, 'migrate-2.4'));
    const migrated = from2_4(stored);
    expect(migrated.chokeholdRoundsHeld).toBe(0);
    expect(migrated.params.scoring.chokeholdRoundsToHold).toBe(1);
    expect(migrated.params.scoring.leadToWin).toBe(8);
  });

  it('continues under 2.5.0: the same moves give the same game as 2.4.0 played, a chokehold ending at once', () => {
    const played = playedUnder2_4(2, 'migrate-2.4-continue');
    const migrated = from2_4(asStoredUnder2_4(played));
    for (const state of [played, migrated]) state.sides.china.fabs = [];
    playOnBoth(played, migrated, 'migrate-2.4-continue-moves');
    expect(migrated.result).toEqual(played.result);
    expect(migrated.result).toMatchObject({ winner: 'us', reason: 'chokehold', round: 2 });
    expect(fingerprint(migrated)).toBe(fingerprint(played));
  });
});

describe('the 2.5.0 → 2.6.0 migration (the ecosystem share and the price of de-escalation)', () => {
  const from2_5 = (stored: GameState): GameState =>
    migrateState(
      structuredClone(stored) as unknown as Record<string, unknown>,
      migrationChain('2.5.0', RULES_VERSION) ?? [],
    ) as unknown as GameState;

  it('keeps the parameters the match was created with (RULEBOOK §12, §14)', () => {
    expect(defaultParameters.scoring.ecosystemChinaDeveloperShare).toBe(0.55);
    expect(defaultParameters.escalation.deEscalateCostBn).toBe(5);
    const played = gameInRound(3, 'migrate-2.5', before2_6);
    const migrated = from2_5(played);
    expect(migrated.params.scoring.ecosystemChinaDeveloperShare).toBe(0.5);
    expect(migrated.params.escalation.deEscalateCostBn).toBe(1);
    expect(fingerprint(migrated)).toBe(fingerprint(played));
  });

  it('continues under 2.6.0: the same moves give the same game as 2.5.0 played', () => {
    const played = gameInRound(2, 'migrate-2.5-continue', before2_6);
    const migrated = from2_5(played);
    playOnBoth(played, migrated, 'migrate-2.5-continue-moves');
    expect(migrated.result).toEqual(played.result);
    expect(fingerprint(migrated)).toBe(fingerprint(played));
  });
});
