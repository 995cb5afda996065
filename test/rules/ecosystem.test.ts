import { describe, expect, it } from 'vitest';
import { computeRound } from '../../rules/mechanics/compute.ts';
import {
  addMaturity,
  growEcosystem,
  investInEcosystem,
  startPorting,
  utilisation,
} from '../../rules/mechanics/ecosystem.ts';
import { newGame } from './helpers.ts';

describe('software ecosystems (RULEBOOK §8)', () => {
  it('utilisation runs from the floor at maturity 0 to 1 at full maturity (RULEBOOK §8)', () => {
    const state = newGame();
    const { utilisationFloor, maturityMax } = state.params.ecosystem;
    state.sides.china.maturity = 0;
    expect(utilisation(state, 'china')).toBeCloseTo(utilisationFloor);
    state.sides.china.maturity = maturityMax / 2;
    expect(utilisation(state, 'china')).toBeCloseTo(utilisationFloor + (1 - utilisationFloor) / 2);
    state.sides.china.maturity = maturityMax;
    expect(utilisation(state, 'china')).toBeCloseTo(1);
  });

  it('the weaker stack wastes more of the hardware at the start (RULEBOOK §8)', () => {
    const state = newGame();
    expect(utilisation(state, 'china')).toBeLessThan(utilisation(state, 'us'));
  });

  it('maturity stays within 0 and its maximum (RULEBOOK §8)', () => {
    const state = newGame();
    addMaturity(state, 'us', 100);
    expect(state.sides.us.maturity).toBe(state.params.ecosystem.maturityMax);
    addMaturity(state, 'us', -100);
    expect(state.sides.us.maturity).toBe(0);
  });

  it('investing adds maturity and developers (RULEBOOK §8)', () => {
    const state = newGame();
    const { investMaturityGain, investDevelopersGainM } = state.params.ecosystem;
    const { maturity, developersM } = state.sides.china;
    investInEcosystem(state, 'china');
    expect(state.sides.china.maturity).toBeCloseTo(maturity + investMaturityGain);
    expect(state.sides.china.developersM).toBeCloseTo(developersM + investDevelopersGainM);
  });

  it('porting pays off only when it lands, rounds later (RULEBOOK §8)', () => {
    const state = newGame('porting', { overrides: { 'ecosystem.portingRounds': 2 } });
    const { portingMaturityGain } = state.params.ecosystem;
    const maturity = state.sides.china.maturity;
    startPorting(state, 'china');
    expect(state.sides.china.portingRoundsLeft).toBe(2);
    growEcosystem(state, 'china');
    expect(state.sides.china.portingRoundsLeft).toBe(1);
    expect(state.sides.china.maturity).toBe(maturity);
    growEcosystem(state, 'china');
    expect(state.sides.china.portingRoundsLeft).toBe(0);
    expect(state.sides.china.maturity).toBeCloseTo(maturity + portingMaturityGain);
    growEcosystem(state, 'china');
    expect(state.sides.china.maturity).toBeCloseTo(maturity + portingMaturityGain);
  });

  it('developers grow organically each round (RULEBOOK §8)', () => {
    const state = newGame();
    const start = state.sides.us.developersM;
    growEcosystem(state, 'us');
    expect(state.sides.us.developersM).toBeCloseTo(
      start * (1 + state.params.ecosystem.developerGrowthPerRound.us),
    );
  });

  it('the domestic mandate buys captive developers and revenue at a utilisation and efficiency cost (RULEBOOK §8)', () => {
    const free = newGame();
    const mandated = newGame();
    mandated.sides.china.domesticMandate = true;
    const { mandate } = free.params;
    expect(utilisation(mandated, 'china')).toBeCloseTo(
      utilisation(free, 'china') - mandate.utilisationPenalty,
    );
    growEcosystem(free, 'china');
    growEcosystem(mandated, 'china');
    expect(mandated.sides.china.developersM - free.sides.china.developersM).toBeCloseTo(
      mandate.captiveDevelopersGainMPerRound,
    );
    computeRound(free, 'china');
    computeRound(mandated, 'china');
    expect(mandated.sides.china.last.algorithmicMultiplier).toBeCloseTo(
      free.sides.china.last.algorithmicMultiplier * mandate.efficiencyMultiplierPenalty,
    );
    expect(mandated.sides.china.last.effectiveComputeEflops).toBeLessThan(
      free.sides.china.last.effectiveComputeEflops,
    );
  });
});
