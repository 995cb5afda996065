import type { PlayerView } from '../observe.ts';
import type { Strategy } from './strategy.ts';

/** China's scripted plans, from the article's policy choices. */

const toolsWorn = (view: PlayerView): boolean => view.sides.china.toolGroupWear.some((wear) => wear >= 0.5);

const escalationHigh = (view: PlayerView): boolean => view.escalation >= view.params.escalation.limit - 2;

/** Build the domestic stack: EUV, HBM, spares, CANN porting and the market mandate. */
export const chinaSelfReliance: Strategy = {
  name: 'china-self-reliance',
  side: 'china',
  summary: 'Domestic EUV, HBM and spares research, ecosystem and porting, domestic-chip mandate.',
  actions: [
    { action: 'researchDomestic', track: 'domesticEuv', bonus: 10 },
    { action: 'researchDomestic', track: 'domesticHbm', bonus: 8 },
    { action: 'researchDomestic', track: 'domesticSpares', bonus: 5 },
    { action: 'investEcosystem', bonus: 6 },
    { action: 'portWorkloads', bonus: 6 },
    { action: 'mandateDomesticChips', bonus: 4 },
    { action: 'serviceTools', bonus: 4, when: toolsWorn },
    { action: 'takeSubsidy', bonus: 3 },
    { action: 'deEscalate', bonus: 6, when: escalationHigh },
  ],
  eventObjectives: { lithography: 5, memory: 4, ecosystem: 4, toolWear: 3, marketFiat: 3 },
};

/** DeepSeek's path: algorithmic efficiency, open-weights releases for adoption, cheap power. */
export const chinaEfficiencyOpenSource: Strategy = {
  name: 'china-efficiency-open-source',
  side: 'china',
  summary: 'Algorithmic research, open-sourcing models for adoption, power build-out and ecosystem.',
  actions: [
    { action: 'researchEfficiency', bonus: 8 },
    { action: 'openSourceModel', bonus: 8 },
    { action: 'buildPower', bonus: 4 },
    { action: 'investEcosystem', bonus: 4 },
    { action: 'learnYield', bonus: 3 },
    { action: 'deEscalate', bonus: 6, when: escalationHigh },
  ],
  eventObjectives: { efficiency: 5, openSource: 5, power: 3 },
};

export const chinaStrategies: readonly Strategy[] = [chinaSelfReliance, chinaEfficiencyOpenSource];
