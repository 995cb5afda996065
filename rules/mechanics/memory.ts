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

/** China receives HBM each round: imports while allowed, and domestic output once its track lands. */
export function receiveHbm(state: GameState): void {
  const { memory, controls } = state.params;
  const china = state.sides.china;
  if (state.exportControlLevel < controls.hbmBanLevel)
    china.hbmStockKChips += memory.chinaHbmImportsKChipsPerRound;
  if (china.researchDone.domesticHbm) {
    china.hbmStockKChips += china.domesticHbmKChipsPerRound;
    china.domesticHbmKChipsPerRound += memory.domesticHbmGrowthKChipsPerRound;
  }
}

/** Chips that can be packaged from good dies: the US is not HBM-bound, China is. Consumes China's HBM. */
export function packageChips(state: GameState, side: Side, goodDiesK: number): number {
  if (side === 'us') return goodDiesK;
  const china = state.sides.china;
  const packaged = Math.min(goodDiesK, china.hbmStockKChips);
  china.hbmStockKChips -= packaged;
  return packaged;
}
