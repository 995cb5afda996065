import { describe, expect, it } from 'vitest';
import { chinaSelfReliance, chinaStrategies } from '../../../rules/bots/china-strategies.ts';
import { chokeholdNear, frontierBarInReach, strategyBonus } from '../../../rules/bots/strategy.ts';
import { usChokehold, usEntityList } from '../../../rules/bots/us-strategies.ts';
import type { Move, PlayerView } from '../../../rules/index.ts';
import { createGame, observe } from '../../../rules/index.ts';
import { frontierClassBarInYear } from '../../../rules/mechanics/scoring.ts';

/** The baseline's first view for `viewer`, with China's last round figures and the chokehold count set. */
function viewWith(
  viewer: 'us' | 'china',
  china: { goodWaferCapacityK?: number; trainingEflops?: number },
  chokeholdRoundsHeld = 0,
): PlayerView {
  const state = createGame({ seed: 'strategies' });
  Object.assign(state.sides.china.last, china);
  state.chokeholdRoundsHeld = chokeholdRoundsHeld;
  return observe(state, viewer);
}

const service: Move = { type: 'takeAction', side: 'china', action: 'serviceTools' };
const buyTools: Move = { type: 'takeAction', side: 'china', action: 'buyToolGroup' };
const tighten: Move = { type: 'takeAction', side: 'us', action: 'tightenControls' };
const spares: Move = {
  type: 'takeAction',
  side: 'china',
  action: 'researchDomestic',
  track: 'domesticSpares',
};
const sanctionSpares: Move = {
  type: 'takeAction',
  side: 'us',
  action: 'sanctionEntities',
  track: 'domesticSpares',
};

describe('scripted strategies read the chokehold warning and the frontier-class bar (RULEBOOK §14)', () => {
  it('call the chokehold near once it has held a round end, or when China is under twice its threshold', () => {
    expect(chokeholdNear(viewWith('china', { goodWaferCapacityK: 100 }))).toBe(false);
    expect(chokeholdNear(viewWith('china', { goodWaferCapacityK: 100 }, 1))).toBe(true);
    const threshold = viewWith('china', {}).params.scoring.chokeholdGoodWafersK;
    expect(chokeholdNear(viewWith('china', { goodWaferCapacityK: threshold * 1.9 }))).toBe(true);
    expect(chokeholdNear(viewWith('china', { goodWaferCapacityK: threshold * 2.1 }))).toBe(false);
  });

  it('every China script researches spares, services and buys tools when warned, and not before', () => {
    for (const strategy of chinaStrategies) {
      const calm = viewWith('china', { goodWaferCapacityK: 100 });
      const warned = viewWith('china', { goodWaferCapacityK: 100 }, 1);
      for (const move of [spares, service, buyTools])
        expect(strategyBonus(strategy, warned, move), `${strategy.name} ${move.type}`).toBeGreaterThan(
          strategyBonus(strategy, calm, move),
        );
    }
    // Servicing outbids the self-reliance script's own first research when the noose is near.
    const warned = viewWith('china', { goodWaferCapacityK: 100 }, 1);
    const euvResearch: Move = {
      type: 'takeAction',
      side: 'china',
      action: 'researchDomestic',
      track: 'domesticEuv',
    };
    expect(strategyBonus(chinaSelfReliance, warned, service)).toBeGreaterThan(
      strategyBonus(chinaSelfReliance, warned, euvResearch),
    );
  });

  it('the US chokehold script tightens harder and lists spares when the noose is near', () => {
    const calm = viewWith('us', { goodWaferCapacityK: 100 });
    const warned = viewWith('us', { goodWaferCapacityK: 100 }, 1);
    expect(strategyBonus(usChokehold, warned, tighten)).toBeGreaterThan(
      strategyBonus(usChokehold, calm, tighten),
    );
    expect(strategyBonus(usChokehold, calm, sanctionSpares)).toBe(0);
    expect(strategyBonus(usChokehold, warned, sanctionSpares)).toBeGreaterThan(0);
  });

  it('the frontier-class contest is in reach within a year of growth either side of the bar', () => {
    const base = viewWith('us', {});
    const bar = frontierClassBarInYear(base.params.scoring, base.year);
    const growth = base.params.scoring.frontierClassGrowthPerYear;
    expect(frontierBarInReach(viewWith('us', { trainingEflops: bar * 0.9 }))).toBe(true);
    expect(frontierBarInReach(viewWith('us', { trainingEflops: bar * 1.1 }))).toBe(true);
    expect(frontierBarInReach(viewWith('us', { trainingEflops: bar * growth * 1.01 }))).toBe(false);
    expect(frontierBarInReach(viewWith('us', { trainingEflops: (bar / growth) * 0.99 }))).toBe(false);
    // The Entity List script tightens more while China is near the bar.
    expect(strategyBonus(usEntityList, viewWith('us', { trainingEflops: bar }), tighten)).toBeGreaterThan(
      strategyBonus(usEntityList, viewWith('us', { trainingEflops: bar * growth * 2 }), tighten),
    );
  });
});
