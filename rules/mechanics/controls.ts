import type { GameState } from '../state.ts';
import type { Side } from '../vocabulary.ts';
import { changeEscalation } from './escalation.ts';

/**
 * Export controls and retaliation (RULEBOOK §12). The US track's levels switch on restrictions in the
 * order they came (chips, tools, HBM, servicing, downgraded chips); each level also costs US revenue.
 * China's retaliation track answers with minerals, a purchase ban and rare earths.
 */

export function changeExportControls(state: GameState, pushedBy: Side | null, levels: number): void {
  const before = state.exportControlLevel;
  state.exportControlLevel = Math.max(0, Math.min(state.params.controls.maxLevel, before + levels));
  if (state.exportControlLevel > before) changeEscalation(state, pushedBy, state.exportControlLevel - before);
}

export function changeRetaliation(state: GameState, pushedBy: Side | null, levels: number): void {
  const before = state.retaliationLevel;
  state.retaliationLevel = Math.max(0, Math.min(state.params.controls.retaliationMaxLevel, before + levels));
  if (state.retaliationLevel > before) changeEscalation(state, pushedBy, state.retaliationLevel - before);
}

/** Revenue the US gives up each round: its own controls above the chip ban, and China's purchase ban. */
export function usRevenueLossBn(state: GameState): number {
  const { controls } = state.params;
  const ownControls =
    Math.max(0, state.exportControlLevel - controls.chipExportBanLevel) * controls.usRevenueLossBnPerLevel;
  const purchaseBan =
    state.retaliationLevel >= controls.purchaseBanLevel ? controls.nvidiaBanUsRevenueLossBn : 0;
  return ownControls + purchaseBan;
}

/** Multiplier on US wafer and fab costs from China's gallium and germanium bans. */
export function usMaterialsCostMultiplier(state: GameState): number {
  const { controls } = state.params;
  return state.retaliationLevel >= controls.mineralBanLevel ? controls.mineralBanUsCostMultiplier : 1;
}

/**
 * Chips China may still import this round: none under its own purchase ban or its domestic-chip mandate
 * (Beijing's 2025-09 order to stop buying Nvidia parts was both), else what the controls allow.
 */
export function chinaChipImports(state: GameState): { amountK: number; performancePflops: number } {
  const { controls } = state.params;
  const none = { amountK: 0, performancePflops: controls.downgradedChipPerformancePflops };
  if (state.retaliationLevel >= controls.purchaseBanLevel || state.sides.china.domesticMandate) return none;
  if (state.exportControlLevel < controls.chipExportBanLevel) {
    return {
      amountK: controls.advancedChipImportsKPerRound,
      performancePflops: controls.advancedChipPerformancePflops,
    };
  }
  if (state.exportControlLevel < controls.downgradedChipBanLevel) {
    return {
      amountK: controls.downgradedChipImportsKPerRound,
      performancePflops: controls.downgradedChipPerformancePflops,
    };
  }
  return none;
}
