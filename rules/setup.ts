import type { Parameters } from './content/parameters.ts';
import { defaultParameters } from './content/parameters.ts';
import { baselineScenarioId, scenarioById } from './content/catalog.ts';
import { cardIdsOfEra, joinedEras } from './eras.ts';
import { withOverrides } from './parameter-paths.ts';
import { seedRng, shuffleInPlace } from './rng.ts';
import type { Fab, GameState, RoundFigures, SideState } from './state.ts';
import type { Side } from './vocabulary.ts';
import { drawUpToHandSize } from './round.ts';
import { computeRound } from './mechanics/compute.ts';
import { trainingComputeRatio } from './mechanics/scoring.ts';
import { sides } from './vocabulary.ts';

export interface GameOptions {
  scenarioId?: string;
  /** Any string or number: the same seed gives the same game. */
  seed: string | number;
  /** Parameter leaves by dotted path, applied over the scenario's (used by sweeps). */
  overrides?: Readonly<Record<string, number>>;
}

export function emptyFigures(): RoundFigures {
  return {
    wafersK: 0,
    goodDiesK: 0,
    chipsPackagedK: 0,
    costPerGoodDieUsd: 0,
    effectiveComputeEflops: 0,
    trainingEflops: 0,
    inferenceEflops: 0,
    clusterEfficiency: 0,
    memoryEfficiency: 0,
    utilisation: 0,
    algorithmicMultiplier: 0,
    incomeBn: 0,
    advancedCapacityKWafers: 0,
    goodWaferCapacityK: 0,
    euvWafersK: 0,
    toolGroupsLost: 0,
    productionBillBn: 0,
  };
}

function startingSide(params: Parameters, side: Side, fabs: Fab[]): SideState {
  const start = params.start;
  const isChina = side === 'china';
  const researchPoints = start.chinaResearchPoints;
  return {
    budgetBn: start.budgetBn[side],
    fabs,
    toolGroupWear: isChina
      ? Array.from({ length: Math.max(0, Math.round(start.chinaToolGroups)) }, (_, i) =>
          Math.min(0.95, i * start.chinaToolWearStep),
        )
      : [],
    chipsK: start.chipsK[side],
    chipPerformancePflops: start.chipPerformancePflops[side],
    powerGw: start.powerGw[side],
    interconnectLevel: start.interconnectLevel[side],
    developersM: start.developersM[side],
    captiveDevelopersM: 0,
    maturity: start.maturity[side],
    efficiencyLevel: start.efficiencyLevel[side],
    efficiencyProgress: 0,
    influence: start.influence[side],
    influenceAtLastScoring: start.influence[side],
    dependency: 0,
    subsidyTakenBn: 0,
    researchProgress: isChina
      ? {
          domesticEuv: researchPoints.domesticEuv,
          domesticHbm: researchPoints.domesticHbm,
          domesticSpares: researchPoints.domesticSpares,
        }
      : { domesticEuv: 0, domesticHbm: 0, domesticSpares: 0 },
    researchDone: { domesticEuv: false, domesticHbm: false, domesticSpares: false },
    researchActionsThisRound: { domesticEuv: 0, domesticHbm: 0, domesticSpares: 0 },
    sanctionsOnTrack: { domesticEuv: 0, domesticHbm: 0, domesticSpares: 0 },
    toolSpendThisRoundBn: 0,
    hbmStockKChips: isChina ? params.memory.chinaHbmStockpileKChips : 0,
    domesticHbmKChipsPerRound: 0,
    portingRoundsLeft: 0,
    domesticMandate: false,
    shelvedInRound: 0,
    openSourcedInRound: 0,
    last: emptyFigures(),
  };
}

function deepFreeze<T extends object>(value: T): T {
  for (const child of Object.values(value))
    if (typeof child === 'object' && child !== null) deepFreeze(child as object);
  return Object.freeze(value);
}

const resolvedParameters = new Map<string, Parameters>();

/**
 * The scenario's parameters with any overrides. Memoised: parameters are never mutated after setup, so
 * every game of a scenario shares one object (the simulator creates thousands).
 */
export function resolveParameters(
  scenarioId: string,
  overrides: Readonly<Record<string, number>> = {},
): Parameters {
  const entries = Object.entries(overrides);
  // Most games have no overrides: skip sorting and joining nothing (createGame runs once per game).
  const key =
    entries.length === 0
      ? `${scenarioId}|`
      : `${scenarioId}|${entries
          .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
          .map(([path, value]) => `${path}=${value}`)
          .join(',')}`;
  const cached = resolvedParameters.get(key);
  if (cached) return cached;
  const scenario = scenarioById(scenarioId);
  if (!scenario) throw new Error(`unknown scenario: ${scenarioId}`);
  const params = deepFreeze(withOverrides(withOverrides(defaultParameters, scenario.overrides), overrides));
  if (resolvedParameters.size > 1000) resolvedParameters.clear();
  resolvedParameters.set(key, params);
  return params;
}

/** A new game, ready for both headlines. */
export function createGame(options: GameOptions): GameState {
  const scenarioId = options.scenarioId ?? baselineScenarioId;
  const params = resolveParameters(scenarioId, options.overrides);
  const start = params.start;
  const usFabs: Fab[] = [
    {
      id: 1,
      node: 'n5',
      route: 'euv',
      capacityKWafersPerRound: start.usN5CapacityKWafers,
      yieldFraction: start.usN5Yield,
      roundsUntilOnline: 0,
    },
    {
      id: 2,
      node: 'n3',
      route: 'euv',
      capacityKWafersPerRound: start.usN3CapacityKWafers,
      yieldFraction: start.usN3Yield,
      roundsUntilOnline: 0,
    },
  ];
  const chinaFabs: Fab[] = [
    {
      id: 3,
      node: 'n7',
      route: 'duv',
      capacityKWafersPerRound: start.chinaN7CapacityKWafers,
      yieldFraction: start.chinaN7Yield,
      roundsUntilOnline: 0,
    },
    {
      id: 4,
      node: 'n5',
      route: 'duv',
      capacityKWafersPerRound: start.chinaN5CapacityKWafers,
      yieldFraction: start.chinaN5Yield,
      roundsUntilOnline: 0,
    },
  ];
  const rng = seedRng(String(options.seed));
  const deck = joinedEras(params, 1).flatMap((era) => cardIdsOfEra(era));
  shuffleInPlace(rng, deck);
  const state: GameState = {
    scenarioId,
    params,
    rng,
    round: 1,
    year: params.calendar.startYear,
    phase: 'headline',
    activeSide: 'china',
    actionRoundsLeft: { us: 0, china: 0 },
    ops: null,
    deck,
    discard: [],
    removed: [],
    hands: { us: [], china: [] },
    headlines: { us: null, china: null },
    exportControlLevel: start.exportControlLevel,
    retaliationLevel: start.retaliationLevel,
    escalation: start.escalation,
    escalatedThisRound: false,
    computeLead: start.computeLead,
    frontierReferenceRatio: 1,
    selfRelianceRoundsHeld: 0,
    chokeholdRoundsHeld: 0,
    sides: { us: startingSide(params, 'us', usFabs), china: startingSide(params, 'china', chinaFabs) },
    history: [],
    log: [{ round: 1, side: null, text: `${params.calendar.startYear}: the race begins (${scenarioId}).` }],
    nextFabId: 5,
    pendingInjections: [],
    result: null,
  };
  // The starting fleets' compute: what the board shows before any round ends, and the frontier race's first mark.
  for (const side of sides) computeRound(state, side);
  state.frontierReferenceRatio = trainingComputeRatio(state);
  drawUpToHandSize(state);
  return state;
}
