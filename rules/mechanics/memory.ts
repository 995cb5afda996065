import type { GameState } from '../state.ts';
import type { Side } from '../vocabulary.ts';

/** Memory wall (RULEBOOK §9): bandwidth per chip sets how much of its compute a chip can feed. */

export function bandwidthPerChipTBps(state: GameState, side: Side): number {
  const { memory } = state.params;
  return side === 'us' ? memory.usBandwidthTBps : memory.importedHbmBandwidthTBps;
}

/** bandwidth / (bandwidth + half-saturation): more bandwidth helps, with diminishing returns. */
export function memoryEfficiency(bandwidthTBps: number, halfSaturationTBps: number): number {
  return bandwidthTBps / (bandwidthTBps + halfSaturationTBps);
}

/**
 * China receives HBM each round: imports while allowed, CXMT's own older-generation output, and the
 * domestic track's output once it lands.
 */
export function receiveHbm(state: GameState): void {
  const { memory, controls } = state.params;
  const china = state.sides.china;
  if (state.exportControlLevel < controls.hbmBanLevel)
    china.hbmStockKChips += memory.chinaHbmImportsKChipsPerRound;
  china.hbmStockKChips += memory.chinaBaseHbmKChipsPerRound;
  if (china.researchDone.domesticHbm) {
    china.hbmStockKChips += china.domesticHbmKChipsPerRound;
    china.domesticHbmKChipsPerRound += memory.domesticHbmGrowthKChipsPerRound;
  }
}

/** What packaging one chip with its HBM costs a side, in $Bn per thousand chips. */
export function packagingCostBnPerKChips(state: GameState, side: Side): number {
  return state.params.nodes.packagingCostKUsdPerChip[side] / 1000;
}

/**
 * Chips packaged from good dies, limited by the money left for packaging and (China) by HBM on hand.
 * Consumes China's HBM; returns the chips and what they cost.
 */
export function packageChips(
  state: GameState,
  side: Side,
  goodDiesK: number,
  budgetLeftBn: number,
): { packagedK: number; costBn: number } {
  const perKChipsBn = packagingCostBnPerKChips(state, side);
  const affordableK = perKChipsBn > 0 ? Math.max(0, budgetLeftBn) / perKChipsBn : goodDiesK;
  let packagedK = Math.min(goodDiesK, affordableK);
  if (side === 'china') {
    const china = state.sides.china;
    packagedK = Math.min(packagedK, china.hbmStockKChips);
    china.hbmStockKChips -= packagedK;
  }
  return { packagedK, costBn: packagedK * perKChipsBn };
}
