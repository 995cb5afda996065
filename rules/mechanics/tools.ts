import type { GameState } from '../state.ts';
import type { Node } from '../vocabulary.ts';

/**
 * Lithography tools and wear (RULEBOOK §6). China's DUV tool groups expose its wafers; every extra
 * patterning pass uses the tools again and wears them. A group worn out (wear ≥ 1) is lost.
 * The US side's EUV fleet is serviced by its makers and not tracked.
 */

/** Thousands of wafer-exposure passes China's working tool groups can do this round. */
export function toolPassCapacityK(state: GameState): number {
  return state.sides.china.toolGroupWear.length * state.params.tools.waferKPerToolGroupSingleExposure;
}

export function patterningPasses(state: GameState, node: Node): number {
  return state.params.nodes.duvPatterningPasses[node];
}

/** Wears every working group for a round's work and removes the worn-out ones; returns groups lost. */
export function wearTools(state: GameState, passesUsedK: number, wafersK: number): number {
  const china = state.sides.china;
  const capacity = toolPassCapacityK(state);
  if (capacity <= 0 || wafersK <= 0) return 0;
  const utilisation = Math.min(1, passesUsedK / capacity);
  const averagePasses = passesUsedK / wafersK;
  const wear = state.params.tools.wearPerPassPerRound * averagePasses * utilisation;
  return addToolWear(state, wear, china.toolGroupWear.length);
}

/** Adds wear to the groups (the most worn first when only some are affected); returns groups lost. */
export function addToolWear(state: GameState, wear: number, groups: number): number {
  const wearList = state.sides.china.toolGroupWear;
  // Production calls this every round and the greedy bot every projection: the list is almost always
  // sorted already, and sorting a sorted list changes nothing.
  if (!isSortedDescending(wearList)) wearList.sort((a, b) => b - a);
  for (let i = 0; i < Math.min(groups, wearList.length); i++) {
    wearList[i] = Math.max(0, (wearList[i] ?? 0) + wear);
  }
  // Only build a new list when a group is lost (rarely: most rounds nothing wears out).
  let lost = 0;
  for (const groupWear of wearList) if (!(groupWear < 1)) lost++;
  if (lost > 0) state.sides.china.toolGroupWear = wearList.filter((w) => w < 1);
  return lost;
}

/** True when no element is followed by a larger one (NaN counts as unsorted: `sort` handles it then). */
function isSortedDescending(list: readonly number[]): boolean {
  for (let i = 1; i < list.length; i++) if (!((list[i - 1] ?? 0) >= (list[i] ?? 0))) return false;
  return true;
}

export function servicingAllowed(state: GameState): boolean {
  return (
    state.exportControlLevel < state.params.controls.servicingBanLevel ||
    state.sides.china.researchDone.domesticSpares
  );
}

export function serviceCostBn(state: GameState): number {
  const { tools } = state.params;
  const domestic = state.exportControlLevel >= state.params.controls.servicingBanLevel;
  const perGroup = tools.serviceCostBnPerToolGroup * (domestic ? tools.domesticServiceCostMultiplier : 1);
  return perGroup * state.sides.china.toolGroupWear.length;
}

export function serviceTools(state: GameState): void {
  const wear = state.sides.china.toolGroupWear;
  for (let i = 0; i < wear.length; i++) wear[i] = 0;
}

export function toolPurchaseAllowed(state: GameState): boolean {
  return (
    state.exportControlLevel < state.params.controls.toolSalesBanLevel ||
    state.sides.china.researchDone.domesticSpares
  );
}

export function toolGroupCostBn(state: GameState): number {
  const { tools, controls } = state.params;
  return state.exportControlLevel < controls.toolSalesBanLevel
    ? tools.toolGroupCostBn
    : tools.domesticToolGroupCostBn;
}

export function addToolGroups(state: GameState, count: number): void {
  const wear = state.sides.china.toolGroupWear;
  if (count >= 0) {
    for (let i = 0; i < count; i++) wear.push(0);
  } else {
    wear.sort((a, b) => b - a);
    wear.splice(0, Math.min(wear.length, -count));
  }
}
