import { describe, expect, it } from 'vitest';
import { applyMove } from '../../rules/index.ts';
import { produce } from '../../rules/mechanics/production.ts';
import {
  addToolGroups,
  addToolWear,
  patterningPasses,
  serviceCostBn,
  serviceTools,
  servicingAllowed,
  toolGroupCostBn,
  toolPassCapacityK,
  toolPurchaseAllowed,
  wearTools,
} from '../../rules/mechanics/tools.ts';
import { findCard, newGame, setHand, toActionPhase } from './helpers.ts';

describe('lithography tools and wear (RULEBOOK §6)', () => {
  it('exposes wafers by working tool group, each extra pass using the tools again (RULEBOOK §6)', () => {
    const state = newGame();
    state.sides.china.toolGroupWear = [0, 0, 0];
    expect(toolPassCapacityK(state)).toBe(3 * state.params.tools.waferKPerToolGroupSingleExposure);
    expect(patterningPasses(state, 'n7')).toBe(2);
    expect(patterningPasses(state, 'n5')).toBe(4);
  });

  it('DUV multi-patterning needs passes: a tool-bound fab runs capacity ÷ passes wafers (RULEBOOK §6)', () => {
    const state = newGame();
    const china = state.sides.china;
    china.toolGroupWear = [0, 0];
    china.fabs = [
      {
        id: 1,
        node: 'n5',
        route: 'duv',
        capacityKWafersPerRound: 100,
        yieldFraction: 0.3,
        roundsUntilOnline: 0,
      },
    ];
    produce(state, 'china');
    const passCapacity = 2 * state.params.tools.waferKPerToolGroupSingleExposure;
    expect(china.last.wafersK).toBeCloseTo(passCapacity / 4);
    expect(china.last.advancedCapacityKWafers).toBeCloseTo(passCapacity / 4);
  });

  it('wear grows with the passes of the work and the share of the tools used (RULEBOOK §6)', () => {
    const state = newGame();
    const { wearPerPassPerRound, waferKPerToolGroupSingleExposure } = state.params.tools;
    state.sides.china.toolGroupWear = [0, 0];
    const capacity = 2 * waferKPerToolGroupSingleExposure;
    // Full use at quadruple patterning.
    expect(wearTools(state, capacity, capacity / 4)).toBe(0);
    expect(state.sides.china.toolGroupWear[0]).toBeCloseTo(wearPerPassPerRound * 4);
    // Half use at double patterning wears a quarter as much.
    state.sides.china.toolGroupWear = [0, 0];
    wearTools(state, capacity / 2, capacity / 4);
    expect(state.sides.china.toolGroupWear[0]).toBeCloseTo(wearPerPassPerRound * 2 * 0.5);
    // No work, no wear.
    state.sides.china.toolGroupWear = [0.5];
    expect(wearTools(state, 0, 0)).toBe(0);
    expect(state.sides.china.toolGroupWear).toEqual([0.5]);
  });

  it('a worn-out tool group (wear ≥ 1) is lost (RULEBOOK §6)', () => {
    const state = newGame();
    state.sides.china.toolGroupWear = [0.95, 0.5, 0.1];
    expect(addToolWear(state, 0.1, 3)).toBe(1);
    expect(state.sides.china.toolGroupWear.map((w) => Number(w.toFixed(2)))).toEqual([0.6, 0.2]);
  });

  it('partial wear hits the most worn groups first (RULEBOOK §6)', () => {
    const state = newGame();
    state.sides.china.toolGroupWear = [0.1, 0.7, 0.3];
    addToolWear(state, 0.2, 1);
    expect(state.sides.china.toolGroupWear.map((w) => Number(w.toFixed(2)))).toEqual([0.9, 0.3, 0.1]);
  });

  it('servicing clears every group’s wear and costs per group, more with domestic spares (RULEBOOK §6)', () => {
    const state = newGame();
    const { tools, controls } = state.params;
    state.sides.china.toolGroupWear = [0.4, 0.2, 0];
    state.exportControlLevel = controls.servicingBanLevel - 1;
    expect(servicingAllowed(state)).toBe(true);
    expect(serviceCostBn(state)).toBeCloseTo(3 * tools.serviceCostBnPerToolGroup);
    serviceTools(state);
    expect(state.sides.china.toolGroupWear).toEqual([0, 0, 0]);
    state.exportControlLevel = controls.servicingBanLevel;
    state.sides.china.researchDone.domesticSpares = true;
    expect(serviceCostBn(state)).toBeCloseTo(
      3 * tools.serviceCostBnPerToolGroup * tools.domesticServiceCostMultiplier,
    );
  });

  it('the servicing ban stops servicing until domestic spares land (RULEBOOK §6, §12)', () => {
    const state = newGame();
    state.exportControlLevel = state.params.controls.servicingBanLevel;
    state.sides.china.researchDone.domesticSpares = false;
    expect(servicingAllowed(state)).toBe(false);
    state.sides.china.researchDone.domesticSpares = true;
    expect(servicingAllowed(state)).toBe(true);
  });

  it('the tool-sales ban stops purchases until domestic tools land, which cost more (RULEBOOK §6, §12)', () => {
    const state = newGame();
    const { controls, tools } = state.params;
    state.exportControlLevel = controls.toolSalesBanLevel - 1;
    expect(toolPurchaseAllowed(state)).toBe(true);
    expect(toolGroupCostBn(state)).toBe(tools.toolGroupCostBn);
    state.exportControlLevel = controls.toolSalesBanLevel;
    expect(toolPurchaseAllowed(state)).toBe(false);
    state.sides.china.researchDone.domesticSpares = true;
    expect(toolPurchaseAllowed(state)).toBe(true);
    expect(toolGroupCostBn(state)).toBe(tools.domesticToolGroupCostBn);
  });

  it('adds fresh groups, or removes the most worn ones (RULEBOOK §6)', () => {
    const state = newGame();
    state.sides.china.toolGroupWear = [0.2, 0.8];
    addToolGroups(state, 2);
    expect(state.sides.china.toolGroupWear).toEqual([0.2, 0.8, 0, 0]);
    addToolGroups(state, -1);
    expect(state.sides.china.toolGroupWear).toEqual([0.2, 0, 0]);
    addToolGroups(state, -10);
    expect(state.sides.china.toolGroupWear).toEqual([]);
  });

  it('the service and purchase actions follow the bans when taken as moves (RULEBOOK §3, §6)', () => {
    const state = newGame();
    const card = findCard((c) => c.owner === 'china' && c.ops >= 2, 'China card with 2+ ops');
    setHand(state, 'china', [card.id]);
    toActionPhase(state, 'china');
    state.exportControlLevel = state.params.controls.servicingBanLevel;
    const played = applyMove(state, { type: 'playCard', side: 'china', cardId: card.id, use: 'ops' });
    if (!played.ok) throw new Error(played.rejection.message);
    const service = applyMove(played.state, { type: 'takeAction', side: 'china', action: 'serviceTools' });
    expect(service.ok ? 'ok' : service.rejection.code).toBe('actionUnavailable');
    const buy = applyMove(played.state, { type: 'takeAction', side: 'china', action: 'buyToolGroup' });
    expect(buy.ok ? 'ok' : buy.rejection.code).toBe('actionUnavailable');
  });
});
