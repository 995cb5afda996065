import { describe, expect, it } from 'vitest';
import {
  bandwidthPerChipTBps,
  memoryEfficiency,
  packageChips,
  receiveHbm,
} from '../../rules/mechanics/memory.ts';
import { newGame } from './helpers.ts';

describe('the memory wall and HBM packaging (RULEBOOK §9)', () => {
  it('memory efficiency rises with bandwidth, with diminishing returns (RULEBOOK §9)', () => {
    const half = 2;
    expect(memoryEfficiency(half, half)).toBeCloseTo(0.5);
    const a = memoryEfficiency(2, half);
    const b = memoryEfficiency(4, half);
    const c = memoryEfficiency(6, half);
    expect(b).toBeGreaterThan(a);
    expect(c).toBeGreaterThan(b);
    expect(c - b).toBeLessThan(b - a);
    expect(memoryEfficiency(1000, half)).toBeLessThan(1);
  });

  it('US chips get more bandwidth than China’s, whatever the source of China’s HBM (RULEBOOK §9)', () => {
    const state = newGame();
    const { memory } = state.params;
    expect(bandwidthPerChipTBps(state, 'us')).toBe(memory.usBandwidthTBps);
    expect(bandwidthPerChipTBps(state, 'china')).toBe(memory.importedHbmBandwidthTBps);
    expect(memory.importedHbmBandwidthTBps).toBeLessThan(memory.usBandwidthTBps);
    state.exportControlLevel = state.params.controls.hbmBanLevel;
    state.sides.china.hbmStockKChips = 0;
    state.sides.china.researchDone.domesticHbm = true;
    // Regression: finishing the domestic HBM track once lowered China's bandwidth and so its compute.
    expect(bandwidthPerChipTBps(state, 'china')).toBe(memory.importedHbmBandwidthTBps);
  });

  it('China packages no more chips than it has HBM for, and uses the HBM up (RULEBOOK §9)', () => {
    const state = newGame();
    state.sides.china.hbmStockKChips = 100;
    expect(packageChips(state, 'china', 250, 1000).packagedK).toBe(100);
    expect(state.sides.china.hbmStockKChips).toBe(0);
    state.sides.china.hbmStockKChips = 100;
    expect(packageChips(state, 'china', 40, 1000).packagedK).toBe(40);
    expect(state.sides.china.hbmStockKChips).toBe(60);
  });

  it('the US is not HBM-bound (RULEBOOK §9)', () => {
    const state = newGame();
    expect(packageChips(state, 'us', 5000, 1000).packagedK).toBe(5000);
  });

  it('packaging and HBM cost money per chip, and a side packages only what it can pay for (RULEBOOK §5, §9)', () => {
    const state = newGame();
    const perChipUsd = state.params.nodes.packagingCostKUsdPerChip.us * 1000;
    const paid = packageChips(state, 'us', 5000, 1000);
    expect(paid.costBn).toBeCloseTo((5000 * 1000 * perChipUsd) / 1e9);
    const short = packageChips(state, 'us', 5000, 2);
    expect(short.packagedK).toBeCloseTo((2 * 1e9) / perChipUsd / 1000);
    expect(short.costBn).toBeCloseTo(2);
  });

  it('HBM imports stop at the HBM ban; CXMT’s own output always flows; the domestic track adds and grows (RULEBOOK §9, §12, §13)', () => {
    const state = newGame();
    const { memory, controls } = state.params;
    const base = memory.chinaBaseHbmKChipsPerRound;
    state.sides.china.hbmStockKChips = 0;
    state.exportControlLevel = controls.hbmBanLevel - 1;
    receiveHbm(state);
    expect(state.sides.china.hbmStockKChips).toBe(memory.chinaHbmImportsKChipsPerRound + base);
    state.sides.china.hbmStockKChips = 0;
    state.exportControlLevel = controls.hbmBanLevel;
    receiveHbm(state);
    expect(state.sides.china.hbmStockKChips).toBe(base);
    state.sides.china.hbmStockKChips = 0;
    state.sides.china.researchDone.domesticHbm = true;
    state.sides.china.domesticHbmKChipsPerRound = memory.domesticHbmKChipsPerRound;
    receiveHbm(state);
    receiveHbm(state);
    expect(state.sides.china.hbmStockKChips).toBe(
      2 * base + 2 * memory.domesticHbmKChipsPerRound + memory.domesticHbmGrowthKChipsPerRound,
    );
  });
});
