import type { GameState, RoundFigures, RoundRecord, SideState } from './state.ts';
import type { Side } from './vocabulary.ts';

/**
 * Migrations of a match's game state from one rules version to the next. Each is a pure function of the
 * boardgame.io `G` (the kernel's GameState) written under `from`, returning the same position under `to`.
 * Only `G` is migrated: boardgame.io's `ctx` follows from it (the phases end on `G.phase`). An older
 * state's shape is unknown to the running code, hence plain records in and out. A rule change with no
 * migration leaves its older matches readable but closed for moves.
 */
export interface RulesMigration {
  from: string;
  to: string;
  migrate: (G: Readonly<Record<string, unknown>>) => Record<string, unknown>;
}

/** A round's record under rules 2.0.0: no indicators yet. */
export type RoundRecordV2_0 = Omit<RoundRecord, 'indicators'>;

/** A state under rules 2.0.0: no scheduled events, and round records without indicators. */
export type GameStateV2_0 = Omit<GameState, 'pendingInjections' | 'history'> & { history: RoundRecordV2_0[] };

/**
 * 2.0.0 → 2.1.0: nothing scheduled yet, and the rounds already played keep no indicators (`null`: they
 * cannot be derived honestly from what 2.0.0 recorded, so the debrief shows a gap rather than a guess).
 */
export function migrateFrom2_0(G: GameStateV2_0): GameState {
  return {
    ...G,
    history: G.history.map((record) => ({ ...record, indicators: null })),
    pendingInjections: [],
  };
}

/**
 * 2.1.0 → 2.2.0: no state changes shape, and the match keeps the parameters it was created with (its
 * Entity List friction too): parameters are a match's set-up, stored once with its first state, and a
 * migration that rewrote them would be undone by the next stored move. The chokehold's new rule is code
 * and applies from the next round end.
 */
export function migrateFrom2_1(G: GameState): GameState {
  return { ...G };
}

/** A side's round figures under rules 2.2.0: no count of working wafers yet. */
export type RoundFiguresV2_2 = Omit<RoundFigures, 'goodWaferCapacityK'>;

/** A state under rules 2.2.0: both sides' last figures without `goodWaferCapacityK`. */
export type GameStateV2_2 = Omit<GameState, 'sides'> & {
  sides: Record<Side, Omit<SideState, 'last'> & { last: RoundFiguresV2_2 }>;
};

/**
 * 2.2.0 → 2.3.0: the chokehold counts working wafers (capacity × yield). The last figures gain that count,
 * estimated from the capacity 2.2.0 measured and the producing fabs' capacity-weighted yield; the next
 * round end's production measures it exactly before the chokehold is checked. The match's parameters
 * gain the threshold 2.3.0 shipped with (4k), written here: a later default must not reach this match.
 */
export function migrateFrom2_2(G: GameStateV2_2): GameState {
  const withGoodWafers = (side: Side): SideState => {
    const own = G.sides[side];
    let capacityK = 0;
    let goodK = 0;
    for (const fab of own.fabs) {
      if (fab.roundsUntilOnline > 0) continue;
      capacityK += fab.capacityKWafersPerRound;
      goodK += fab.capacityKWafersPerRound * fab.yieldFraction;
    }
    const averageYield = capacityK > 0 ? goodK / capacityK : 0;
    return {
      ...own,
      last: { ...own.last, goodWaferCapacityK: own.last.advancedCapacityKWafers * averageYield },
    };
  };
  return {
    ...G,
    params: { ...G.params, scoring: { ...G.params.scoring, chokeholdGoodWafersK: 4 } },
    sides: { us: withGoodWafers('us'), china: withGoodWafers('china') },
  };
}

/** A state under rules 2.3.0: its round records have no frontier-class point. */
export type GameStateV2_3 = Omit<GameStateV2_4, 'history'> & {
  history: Omit<GameState['history'][number], 'frontierClassPoints'>[];
};

/**
 * 2.3.0 → 2.4.0: the frontier-class contest joins the round end. The rounds already scored keep their
 * points (0 for the new contest); the match's parameters gain the bar 2.4.0 shipped with (365 EFLOPS in
 * 2025, ×1.35 a year), written here: a later default must not reach this match.
 */
export function migrateFrom2_3(G: GameStateV2_3): GameStateV2_4 {
  return {
    ...G,
    params: {
      ...G.params,
      scoring: { ...G.params.scoring, frontierClassEflops2025: 365, frontierClassGrowthPerYear: 1.35 },
    },
    history: G.history.map((record) => ({ ...record, frontierClassPoints: 0 })),
  };
}

/** A state under rules 2.4.0: no count of round ends under the chokehold. */
export type GameStateV2_4 = Omit<GameState, 'chokeholdRoundsHeld'>;

/**
 * 2.4.0 → 2.5.0: the chokehold must hold at two round ends in a row. A match created under 2.4.0 keeps the
 * rules it was created with: its parameters say the chokehold wins at the first round end (and keep their
 * own track length), so the same moves give the same game.
 */
export function migrateFrom2_4(G: GameStateV2_4): GameState {
  return {
    ...G,
    chokeholdRoundsHeld: 0,
    params: { ...G.params, scoring: { ...G.params.scoring, chokeholdRoundsToHold: 1 } },
  };
}

/**
 * 2.5.0 → 2.6.0: only parameter values changed (the ecosystem contest's share, the price of
 * de-escalation), and a match keeps the parameters it was created with, so its state carries on as it is.
 */
export function migrateFrom2_5(G: GameState): GameState {
  return { ...G };
}

/** The shipped migrations, in no particular order (migrationChain finds the path). */
export const migrations: readonly RulesMigration[] = [
  {
    from: '2.0.0',
    to: '2.1.0',
    // A state stored under 2.0.0 was written by this server's 2.0.0 rules: its shape is GameStateV2_0.
    migrate: (G) => migrateFrom2_0(G as unknown as GameStateV2_0) as unknown as Record<string, unknown>,
  },
  {
    from: '2.1.0',
    to: '2.2.0',
    // 2.1.0 and 2.2.0 share the state's shape.
    migrate: (G) => migrateFrom2_1(G as unknown as GameState) as unknown as Record<string, unknown>,
  },
  {
    from: '2.2.0',
    to: '2.3.0',
    // A state stored under 2.2.0 was written by this server's 2.2.0 rules: its shape is GameStateV2_2.
    migrate: (G) => migrateFrom2_2(G as unknown as GameStateV2_2) as unknown as Record<string, unknown>,
  },
  {
    from: '2.3.0',
    to: '2.4.0',
    migrate: (G) => migrateFrom2_3(G as unknown as GameStateV2_3),
  },
  {
    from: '2.4.0',
    to: '2.5.0',
    migrate: (G) => migrateFrom2_4(G as unknown as GameStateV2_4) as unknown as Record<string, unknown>,
  },
  {
    from: '2.5.0',
    to: '2.6.0',
    // 2.5.0 and 2.6.0 share the state's shape.
    migrate: (G) => migrateFrom2_5(G as unknown as GameState) as unknown as Record<string, unknown>,
  },
];

/**
 * The migrations that take a state from `from` to `to`, in order: [] when they are equal, undefined
 * when no chain of steps joins them (depth first: the first chain found; a step is used once, so a
 * cycle ends).
 */
export function migrationChain(
  from: string,
  to: string,
  available: readonly RulesMigration[] = migrations,
): RulesMigration[] | undefined {
  if (from === to) return [];
  for (const step of available) {
    if (step.from !== from) continue;
    const rest = migrationChain(
      step.to,
      to,
      available.filter((other) => other !== step),
    );
    if (rest) return [step, ...rest];
  }
  return undefined;
}

/** Runs a chain over `G`, oldest step first. */
export function migrateState(
  G: Readonly<Record<string, unknown>>,
  chain: readonly RulesMigration[],
): Record<string, unknown> {
  let state: Record<string, unknown> = { ...G };
  for (const step of chain) state = step.migrate(state);
  return state;
}
