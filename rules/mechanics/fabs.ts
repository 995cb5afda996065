import type { Parameters } from '../content/parameters.ts';
import type { Fab, GameState } from '../state.ts';
import type { LithographyRoute, Node, Side } from '../vocabulary.ts';

/** Fabs and yields (RULEBOOK §5): good dies = wafers × dies per wafer × yield. */

/** The cap a fab's yield learns toward; China's own EUV lines reach a share of the mature EUV caps. */
export function fabYieldCapFraction(
  params: Parameters,
  fab: Pick<Fab, 'node' | 'route'>,
  side: Side,
): number {
  const cap = params.yieldCap[fab.route][fab.node];
  return side === 'china' && fab.route === 'euv' ? cap * params.yieldCap.domesticEuvYieldShare : cap;
}

export function yieldCapFraction(params: Parameters, route: LithographyRoute, node: Node): number {
  return params.yieldCap[route][node];
}

export function goodDiesPerWafer(params: Parameters, fab: Fab): number {
  return params.nodes.diesPerWafer[fab.node] * fab.yieldFraction;
}

export function waferCostUsd(params: Parameters, side: Side, node: Node): number {
  return params.nodes.waferCostKUsd[node] * 1000 * params.budget.waferCostMultiplier[side];
}

/** Cost of one working die: the wafer's price spread over the dies that work. */
export function costPerGoodDieUsd(params: Parameters, side: Side, fab: Fab): number {
  const good = goodDiesPerWafer(params, fab);
  return good > 0 ? waferCostUsd(params, side, fab.node) / good : Infinity;
}

/** Ordinary learning: each round a fab closes a share of the gap to its cap. */
export function learnYield(params: Parameters, fab: Fab, share: number, side: Side): void {
  const cap = fabYieldCapFraction(params, fab, side);
  if (fab.yieldFraction < cap) fab.yieldFraction += (cap - fab.yieldFraction) * share;
}

export function clampYield(params: Parameters, fab: Fab, side: Side): void {
  const cap = fabYieldCapFraction(params, fab, side);
  fab.yieldFraction = Math.min(cap, Math.max(0, fab.yieldFraction));
}

/** Which route a side builds a node on: China has EUV only once its domestic track lands. */
export function routeFor(state: GameState, side: Side): LithographyRoute {
  if (side === 'us') return 'euv';
  return state.sides.china.researchDone.domesticEuv ? 'euv' : 'duv';
}

/** What each builder may start: the US its leading EUV nodes; China 5/7nm on DUV, up to 3nm on domestic EUV. */
const buildCandidates: Record<'us' | LithographyRoute, readonly Node[]> = {
  us: ['n2', 'n3', 'n5'],
  duv: ['n5', 'n7'],
  euv: ['n3', 'n5', 'n7'],
};

/** Per parameter set, by builder (us, duv, euv) and whether the US is still before 2nm: 6 slots. */
const buildableCache = new WeakMap<Parameters, (readonly Node[] | undefined)[]>();
const builderIndex: Record<'us' | LithographyRoute, number> = { us: 0, duv: 1, euv: 2 };

/** Nodes a side may build now, best first (memoised per parameter set: the simulator asks before every move). */
export function buildableNodes(state: GameState, side: Side): readonly Node[] {
  const { params } = state;
  const route = routeFor(state, side);
  const beforeN2 = side === 'us' && state.year < params.fabs.usN2FirstYear;
  const builder = side === 'us' ? 'us' : route;
  const slot = builderIndex[builder] * 2 + (beforeN2 ? 1 : 0);
  let cache = buildableCache.get(params);
  if (!cache) {
    cache = [];
    buildableCache.set(params, cache);
  }
  const cached = cache[slot];
  if (cached) return cached;
  const candidates: readonly Node[] = beforeN2 ? ['n3', 'n5'] : buildCandidates[builder];
  const nodes = candidates.filter((node) => {
    if (yieldCapFraction(params, route, node) <= 0) return false;
    if (route === 'duv' && params.nodes.duvPatterningPasses[node] <= 0) return false;
    return true;
  });
  cache[slot] = nodes;
  return nodes;
}

export function fabBuildCostBn(params: Parameters, node: Node): number {
  return params.nodes.fabBuildCostBn[node];
}

export function startFab(state: GameState, side: Side, node: Node): void {
  const { params } = state;
  state.sides[side].fabs.push({
    id: state.nextFabId++,
    node,
    route: routeFor(state, side),
    capacityKWafersPerRound: params.fabs.newFabCapacityKWafersPerRound,
    yieldFraction: Math.min(
      params.fabs.newFabYieldFraction,
      fabYieldCapFraction(params, { node, route: routeFor(state, side) }, side),
    ),
    roundsUntilOnline: params.fabs.fabBuildRounds,
  });
}

/** The producing fab with the largest gap to its cap: where a yield-learning action helps most. */
export function fabWithMostToLearn(state: GameState, side: Side): Fab | undefined {
  let best: Fab | undefined;
  let bestGap = 0;
  for (const fab of state.sides[side].fabs) {
    if (fab.roundsUntilOnline > 0) continue;
    const gap = fabYieldCapFraction(state.params, fab, side) - fab.yieldFraction;
    if (gap > bestGap + 1e-9) {
      best = fab;
      bestGap = gap;
    }
  }
  return best;
}

export function learnYieldByAction(state: GameState, side: Side): void {
  const fab = fabWithMostToLearn(state, side);
  if (fab) learnYield(state.params, fab, state.params.fabs.yieldLearningActionShare, side);
}

export function advanceConstruction(state: GameState, side: Side): void {
  for (const fab of state.sides[side].fabs) if (fab.roundsUntilOnline > 0) fab.roundsUntilOnline -= 1;
}
