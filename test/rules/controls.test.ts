import { describe, expect, it } from 'vitest';
import {
  changeExportControls,
  changeRetaliation,
  chinaChipImports,
  usMaterialsCostMultiplier,
  usRevenueLossBn,
} from '../../rules/mechanics/controls.ts';
import { changeEscalation, coolEscalation } from '../../rules/mechanics/escalation.ts';
import { newGame } from './helpers.ts';

describe('export controls, retaliation and escalation (RULEBOOK §12)', () => {
  it('tightening controls raises escalation by the levels added, loosening does not (RULEBOOK §12)', () => {
    const state = newGame();
    state.exportControlLevel = 1;
    state.escalation = 0;
    changeExportControls(state, 'us', 2);
    expect(state.exportControlLevel).toBe(3);
    expect(state.escalation).toBe(2);
    changeExportControls(state, 'us', -1);
    expect(state.exportControlLevel).toBe(2);
    expect(state.escalation).toBe(2);
  });

  it('controls stay within 0 and the top level, escalating only by what really changed (RULEBOOK §12)', () => {
    const state = newGame();
    const { maxLevel } = state.params.controls;
    state.exportControlLevel = maxLevel - 1;
    state.escalation = 0;
    changeExportControls(state, 'us', 3);
    expect(state.exportControlLevel).toBe(maxLevel);
    expect(state.escalation).toBe(1);
    changeExportControls(state, 'us', -99);
    expect(state.exportControlLevel).toBe(0);
  });

  it('retaliation stays within its track and escalates like controls (RULEBOOK §12)', () => {
    const state = newGame();
    const { retaliationMaxLevel } = state.params.controls;
    state.retaliationLevel = 0;
    state.escalation = 0;
    changeRetaliation(state, 'china', 10);
    expect(state.retaliationLevel).toBe(retaliationMaxLevel);
    expect(state.escalation).toBe(retaliationMaxLevel);
    changeRetaliation(state, 'china', -10);
    expect(state.retaliationLevel).toBe(0);
  });

  it('the side that pushes escalation to the limit loses (RULEBOOK §12)', () => {
    for (const pusher of ['us', 'china'] as const) {
      const state = newGame();
      state.escalation = state.params.escalation.limit - 1;
      changeEscalation(state, pusher, 1);
      expect(state.result).toEqual({
        winner: pusher === 'us' ? 'china' : 'us',
        reason: 'escalation',
        round: state.round,
      });
      expect(state.phase).toBe('over');
    }
  });

  it('a control step that reaches the limit is blamed on whoever pushed it (RULEBOOK §12)', () => {
    const state = newGame();
    state.escalation = state.params.escalation.limit - 1;
    state.exportControlLevel = 0;
    changeExportControls(state, 'china', 1);
    expect(state.result?.winner).toBe('us');
    const retaliation = newGame();
    retaliation.escalation = retaliation.params.escalation.limit - 1;
    retaliation.retaliationLevel = 0;
    changeRetaliation(retaliation, 'us', 1);
    expect(retaliation.result?.winner).toBe('china');
  });

  it('lowering escalation never ends the game and escalation cools each round to a floor of 0 (RULEBOOK §12)', () => {
    const state = newGame();
    state.escalation = 2;
    changeEscalation(state, 'us', -5);
    expect(state.escalation).toBe(0);
    expect(state.result).toBeNull();
    state.escalation = 1;
    coolEscalation(state);
    coolEscalation(state);
    expect(state.escalation).toBe(0);
  });

  it('controls above the chip ban and China’s purchase ban cost the US revenue (RULEBOOK §12)', () => {
    const state = newGame();
    const { controls } = state.params;
    state.exportControlLevel = controls.chipExportBanLevel;
    state.retaliationLevel = 0;
    expect(usRevenueLossBn(state)).toBe(0);
    state.exportControlLevel = controls.chipExportBanLevel + 2;
    expect(usRevenueLossBn(state)).toBe(2 * controls.usRevenueLossBnPerLevel);
    state.retaliationLevel = 2;
    expect(usRevenueLossBn(state)).toBe(
      2 * controls.usRevenueLossBnPerLevel + controls.nvidiaBanUsRevenueLossBn,
    );
  });

  it('the mineral ban raises the US’s costs (RULEBOOK §12)', () => {
    const state = newGame();
    state.retaliationLevel = 0;
    expect(usMaterialsCostMultiplier(state)).toBe(1);
    state.retaliationLevel = 1;
    expect(usMaterialsCostMultiplier(state)).toBe(state.params.controls.mineralBanUsCostMultiplier);
  });

  it('China imports downgraded chips until the downgraded-chip ban or its own purchase ban (RULEBOOK §12)', () => {
    const state = newGame();
    const { controls } = state.params;
    state.exportControlLevel = controls.downgradedChipBanLevel - 1;
    state.retaliationLevel = 0;
    expect(chinaChipImports(state).amountK).toBe(controls.downgradedChipImportsKPerRound);
    expect(chinaChipImports(state).performancePflops).toBe(controls.downgradedChipPerformancePflops);
    state.retaliationLevel = controls.purchaseBanLevel;
    expect(chinaChipImports(state).amountK).toBe(0);
    state.retaliationLevel = 0;
    state.exportControlLevel = controls.downgradedChipBanLevel;
    expect(chinaChipImports(state).amountK).toBe(0);
    state.exportControlLevel = controls.chipExportBanLevel - 1;
    expect(chinaChipImports(state)).toEqual({
      amountK: controls.advancedChipImportsKPerRound,
      performancePflops: controls.advancedChipPerformancePflops,
    });
  });

  it('the domestic-chip mandate stops China’s chip imports, whatever the controls allow (RULEBOOK §8, §12)', () => {
    const state = newGame();
    state.exportControlLevel = 0;
    state.retaliationLevel = 0;
    expect(chinaChipImports(state).amountK).toBe(state.params.controls.advancedChipImportsKPerRound);
    state.sides.china.domesticMandate = true;
    expect(chinaChipImports(state).amountK).toBe(0);
  });
});
