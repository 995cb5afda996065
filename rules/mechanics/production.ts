import type { GameState, SideState } from '../state.ts';
import type { Side } from '../vocabulary.ts';
import { chinaChipImports, usMaterialsCostMultiplier } from './controls.ts';
import { goodDiesPerWafer, waferCostUsd } from './fabs.ts';
import { packageChips, receiveHbm } from './memory.ts';
import { patterningPasses, toolPassCapacityK, wearTools } from './tools.ts';

/**
 * Production (RULEBOOK §5–6): each producing fab runs wafers, limited by its capacity, by China's DUV
 * tool passes and by the money to pay for them; good dies are packaged with HBM into chips.
 */

function addChips(own: SideState, amountK: number, performancePflops: number): void {
  const total = own.chipsK + amountK;
  if (total <= 0) {
    own.chipsK = 0;
    return;
  }
  if (amountK > 0) {
    own.chipPerformancePflops =
      (own.chipsK * own.chipPerformancePflops + amountK * performancePflops) / total;
  }
  own.chipsK = total;
}

export { addChips };

export function produce(state: GameState, side: Side): void {
  const { params } = state;
  const own = state.sides[side];
  const costMultiplier = side === 'us' ? usMaterialsCostMultiplier(state) : 1;
  let passesLeftK = side === 'china' ? toolPassCapacityK(state) : Infinity;
  let passesUsedK = 0;
  let duvWafersK = 0;
  let euvWafersK = 0;
  let wafersK = 0;
  let goodDiesK = 0;
  let spentBn = 0;
  let newPflopsK = 0;
  let capacityK = 0;
  let goodCapacityK = 0;
  for (const fab of own.fabs) {
    if (fab.roundsUntilOnline > 0) continue;
    let fabWafersK = fab.capacityKWafersPerRound;
    const passes = fab.route === 'duv' ? patterningPasses(state, fab.node) : 0;
    if (passes > 0) fabWafersK = Math.min(fabWafersK, passesLeftK / passes);
    capacityK += fabWafersK;
    goodCapacityK += fabWafersK * fab.yieldFraction;
    const costPerKWafersBn = (waferCostUsd(params, side, fab.node) * costMultiplier) / 1e6;
    fabWafersK = Math.max(0, Math.min(fabWafersK, (own.budgetBn - spentBn) / costPerKWafersBn));
    if (passes > 0) {
      passesLeftK -= fabWafersK * passes;
      passesUsedK += fabWafersK * passes;
      duvWafersK += fabWafersK;
    } else {
      euvWafersK += fabWafersK;
    }
    spentBn += fabWafersK * costPerKWafersBn;
    wafersK += fabWafersK;
    const dies = fabWafersK * goodDiesPerWafer(params, fab);
    goodDiesK += dies;
    newPflopsK += dies * params.nodes.chipPerformancePflops[fab.node];
  }
  own.last.toolGroupsLost = side === 'china' ? wearTools(state, passesUsedK, duvWafersK) : 0;
  if (side === 'china') receiveHbm(state);
  const packaging = packageChips(state, side, goodDiesK, own.budgetBn - spentBn);
  const packagedK = packaging.packagedK;
  own.budgetBn = Math.max(0, own.budgetBn - spentBn - packaging.costBn);
  own.last.productionBillBn = spentBn + packaging.costBn + own.toolSpendThisRoundBn;
  own.toolSpendThisRoundBn = 0;
  const averagePerformance = goodDiesK > 0 ? newPflopsK / goodDiesK : 0;
  own.chipsK *= 1 - params.compute.chipRetirementPerRound;
  addChips(own, packagedK, averagePerformance);
  if (side === 'china') {
    const imports = chinaChipImports(state);
    addChips(own, imports.amountK, imports.performancePflops);
  }
  own.last.wafersK = wafersK;
  own.last.advancedCapacityKWafers = capacityK;
  own.last.goodWaferCapacityK = goodCapacityK;
  own.last.euvWafersK = euvWafersK;
  own.last.goodDiesK = goodDiesK;
  own.last.chipsPackagedK = packagedK;
  own.last.costPerGoodDieUsd = goodDiesK > 0 ? (spentBn * 1e6) / goodDiesK : 0;
}
