import type { GameState } from '../state.ts';
import type { Side } from '../vocabulary.ts';
import { changeEscalation } from './escalation.ts';

/**
 * Export controls and retaliation (RULEBOOK §12). The US track's levels switch on restrictions in the
 * order they came (chips, tools, HBM, servicing, downgraded chips); each level also costs US revenue.
 * China's retaliation track answers with minerals, a purchase ban and rare earths.
 */

export function changeExportControls(state: GameState, pushedBy: Side, levels: number): void {
  const before = state.exportControlLevel;
  state.exportControlLevel = Math.max(0, Math.min(state.params.controls.maxLevel, before + levels));
  if (state.exportControlLevel > before) changeEscalation(state, pushedBy, state.exportControlLevel - before);
}

export function changeRetaliation(state: GameState, pushedBy: Side, levels: number): void {
  const before = state.retaliationLevel;
  state.retaliationLevel = Math.max(0, Math.min(state.params.controls.retaliationMaxLevel, before + levels));
  if (state.retaliationLevel > before) changeEscalation(state, pushedBy, state.retaliationLevel - before);
}

/** Revenue the US gives up each round: its own controls above the chip ban, and China's purchase ban. */
export function usRevenueLossBn(state: GameState): number {
  const { controls } = state.params;
  const ownControls =
    Math.max(0, state.exportControlLevel - controls.chipExportBanLevel) * controls.usRevenueLossBnPerLevel;
  const purchaseBan = state.retaliationLevel >= 2 ? controls.nvidiaBanUsRevenueLossBn : 0;
  return ownControls + purchaseBan;
}

/** Multiplier on US wafer and fab costs from China's gallium and germanium bans. */
export function usMaterialsCostMultiplier(state: GameState): number {
  return state.retaliationLevel >= 1 ? state.params.controls.mineralBanUsCostMultiplier : 1;
}

/** Downgraded (H20-class) chips China may still import each round, in thousands. */
export function chinaChipImportsK(state: GameState): number {
  const { controls } = state.params;
  if (state.exportControlLevel >= controls.downgradedChipBanLevel) return 0;
  if (state.retaliationLevel >= 2) return 0; // China's own ban on Nvidia purchases
  return controls.downgradedChipImportsKPerRound;
}
