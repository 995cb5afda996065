import type { Fab, GameState, RoundFigures, SideState } from './state.ts';

/**
 * A hand-written deep copy for the simulator's hot path (faster than JSON or structuredClone).
 * `params` and the public history's records are shared: the rules never mutate them after setup.
 *
 * Every field is written out (no object spread): V8 builds a literal with a known shape from a
 * boilerplate, where `{ ...side, fabs }` copies property by property and then redefines the overridden
 * ones, and the greedy bot clones once per legal move. The state types have no optional fields, so the
 * compiler rejects a literal that misses one (test/rules/clone.test.ts checks the copy's fingerprint).
 */

function cloneFab(fab: Fab): Fab {
  return {
    id: fab.id,
    node: fab.node,
    route: fab.route,
    capacityKWafersPerRound: fab.capacityKWafersPerRound,
    yieldFraction: fab.yieldFraction,
    roundsUntilOnline: fab.roundsUntilOnline,
  };
}

function cloneFigures(figures: RoundFigures): RoundFigures {
  return {
    wafersK: figures.wafersK,
    goodDiesK: figures.goodDiesK,
    chipsPackagedK: figures.chipsPackagedK,
    costPerGoodDieUsd: figures.costPerGoodDieUsd,
    effectiveComputeEflops: figures.effectiveComputeEflops,
    trainingEflops: figures.trainingEflops,
    inferenceEflops: figures.inferenceEflops,
    clusterEfficiency: figures.clusterEfficiency,
    memoryEfficiency: figures.memoryEfficiency,
    utilisation: figures.utilisation,
    algorithmicMultiplier: figures.algorithmicMultiplier,
    incomeBn: figures.incomeBn,
    advancedCapacityKWafers: figures.advancedCapacityKWafers,
    goodWaferCapacityK: figures.goodWaferCapacityK,
    euvWafersK: figures.euvWafersK,
    toolGroupsLost: figures.toolGroupsLost,
    productionBillBn: figures.productionBillBn,
  };
}

function cloneFabs(fabs: readonly Fab[]): Fab[] {
  const out: Fab[] = new Array<Fab>(fabs.length);
  for (let i = 0; i < fabs.length; i++) out[i] = cloneFab(fabs[i] as Fab);
  return out;
}

function cloneSide(side: SideState): SideState {
  const progress = side.researchProgress;
  const done = side.researchDone;
  const actions = side.researchActionsThisRound;
  const sanctions = side.sanctionsOnTrack;
  return {
    budgetBn: side.budgetBn,
    fabs: cloneFabs(side.fabs),
    toolGroupWear: side.toolGroupWear.slice(),
    chipsK: side.chipsK,
    chipPerformancePflops: side.chipPerformancePflops,
    powerGw: side.powerGw,
    interconnectLevel: side.interconnectLevel,
    developersM: side.developersM,
    captiveDevelopersM: side.captiveDevelopersM,
    maturity: side.maturity,
    efficiencyLevel: side.efficiencyLevel,
    efficiencyProgress: side.efficiencyProgress,
    influence: side.influence,
    influenceAtLastScoring: side.influenceAtLastScoring,
    dependency: side.dependency,
    subsidyTakenBn: side.subsidyTakenBn,
    researchProgress: {
      domesticEuv: progress.domesticEuv,
      domesticHbm: progress.domesticHbm,
      domesticSpares: progress.domesticSpares,
    },
    researchDone: {
      domesticEuv: done.domesticEuv,
      domesticHbm: done.domesticHbm,
      domesticSpares: done.domesticSpares,
    },
    researchActionsThisRound: {
      domesticEuv: actions.domesticEuv,
      domesticHbm: actions.domesticHbm,
      domesticSpares: actions.domesticSpares,
    },
    sanctionsOnTrack: {
      domesticEuv: sanctions.domesticEuv,
      domesticHbm: sanctions.domesticHbm,
      domesticSpares: sanctions.domesticSpares,
    },
    toolSpendThisRoundBn: side.toolSpendThisRoundBn,
    hbmStockKChips: side.hbmStockKChips,
    domesticHbmKChipsPerRound: side.domesticHbmKChipsPerRound,
    portingRoundsLeft: side.portingRoundsLeft,
    domesticMandate: side.domesticMandate,
    shelvedInRound: side.shelvedInRound,
    openSourcedInRound: side.openSourcedInRound,
    last: cloneFigures(side.last),
  };
}

export function cloneState(state: GameState): GameState {
  const { rng, ops, result } = state;
  return {
    scenarioId: state.scenarioId,
    params: state.params,
    rng: [rng[0], rng[1], rng[2], rng[3]],
    round: state.round,
    year: state.year,
    phase: state.phase,
    activeSide: state.activeSide,
    actionRoundsLeft: { us: state.actionRoundsLeft.us, china: state.actionRoundsLeft.china },
    ops: ops ? { cardId: ops.cardId, opsRemaining: ops.opsRemaining } : null,
    deck: state.deck.slice(),
    discard: state.discard.slice(),
    removed: state.removed.slice(),
    hands: { us: state.hands.us.slice(), china: state.hands.china.slice() },
    headlines: { us: state.headlines.us, china: state.headlines.china },
    exportControlLevel: state.exportControlLevel,
    retaliationLevel: state.retaliationLevel,
    escalation: state.escalation,
    escalatedThisRound: state.escalatedThisRound,
    computeLead: state.computeLead,
    frontierReferenceRatio: state.frontierReferenceRatio,
    selfRelianceRoundsHeld: state.selfRelianceRoundsHeld,
    chokeholdRoundsHeld: state.chokeholdRoundsHeld,
    sides: { us: cloneSide(state.sides.us), china: cloneSide(state.sides.china) },
    history: state.history.slice(),
    log: state.log.slice(),
    nextFabId: state.nextFabId,
    // Entries are replaced, never changed in place, as with the history's.
    pendingInjections: state.pendingInjections.slice(),
    result: result ? { winner: result.winner, reason: result.reason, round: result.round } : null,
  };
}
