import type { PlayerView } from '../observe.ts';
import type { Strategy } from './strategy.ts';
import { escalationBelow, escalationHigh, escapeChokehold, frontierBarInReach } from './strategy.ts';

/** China's scripted plans, from the article's policy choices. */

const toolsWorn = (view: PlayerView): boolean => view.sides.china.toolGroupWear.some((wear) => wear >= 0.5);
const domesticEuvDone = (view: PlayerView): boolean => view.sides.china.researchDone.domesticEuv;

/** Close the loop: EUV, HBM and spares research, an EUV fab once the line lands, CANN porting, the mandate. */
export const chinaSelfReliance: Strategy = {
  name: 'china-self-reliance',
  side: 'china',
  summary:
    'Domestic EUV, HBM and spares research, an EUV fab once the line lands, ecosystem and porting, mandate; tools when the chokehold nears.',
  actions: [
    { action: 'researchDomestic', track: 'domesticEuv', bonus: 10 },
    { action: 'buildFab', node: 'n5', bonus: 12, when: domesticEuvDone },
    { action: 'researchDomestic', track: 'domesticHbm', bonus: 8 },
    { action: 'researchDomestic', track: 'domesticSpares', bonus: 5 },
    { action: 'investEcosystem', bonus: 6 },
    { action: 'portWorkloads', bonus: 6 },
    { action: 'mandateDomesticChips', bonus: 4 },
    { action: 'serviceTools', bonus: 4, when: toolsWorn },
    { action: 'takeSubsidy', bonus: 3 },
    { action: 'deEscalate', bonus: 6, when: escalationHigh },
    ...escapeChokehold,
  ],
  eventObjectives: { lithography: 5, memory: 4, ecosystem: 4, toolWear: 3, marketFiat: 3 },
};

/** DeepSeek's path: algorithmic efficiency, open-weights releases for adoption, cheap power. */
export const chinaEfficiencyOpenSource: Strategy = {
  name: 'china-efficiency-open-source',
  side: 'china',
  summary:
    'Algorithmic research (more near the frontier-class bar), open-sourcing models for adoption, power and ecosystem; tools when the chokehold nears.',
  actions: [
    { action: 'researchEfficiency', bonus: 8 },
    { action: 'openSourceModel', bonus: 8 },
    { action: 'buildPower', bonus: 4 },
    { action: 'investEcosystem', bonus: 4 },
    { action: 'learnYield', bonus: 3 },
    { action: 'researchEfficiency', bonus: 4, when: frontierBarInReach },
    { action: 'deEscalate', bonus: 6, when: escalationHigh },
    ...escapeChokehold,
  ],
  eventObjectives: { efficiency: 5, openSource: 5, power: 3 },
};

/** The Big Fund path: subsidies into DUV fabs, tool groups and their servicing, yields and power. */
export const chinaSubsidyScale: Strategy = {
  name: 'china-subsidy-scale',
  side: 'china',
  summary:
    'Big Fund tranches into 7nm-class DUV fabs, tool groups and servicing, yield learning and power; tools first when the chokehold nears.',
  actions: [
    { action: 'takeSubsidy', bonus: 8 },
    { action: 'buildFab', node: 'n7', bonus: 6 },
    { action: 'buyToolGroup', bonus: 5 },
    { action: 'serviceTools', bonus: 5, when: toolsWorn },
    { action: 'learnYield', bonus: 4 },
    { action: 'buildPower', bonus: 3 },
    { action: 'learnYield', bonus: 3, when: frontierBarInReach },
    { action: 'deEscalate', bonus: 6, when: escalationHigh },
    ...escapeChokehold,
  ],
  eventObjectives: { subsidies: 5, toolWear: 3, yields: 3 },
};

/** Answer controls with retaliation (rare earths, market access) while there is room on the escalation track. */
export const chinaRetaliate: Strategy = {
  name: 'china-retaliate',
  side: 'china',
  summary:
    'Retaliation (rare-earth and market bans) while escalation has room, domestic EUV research, market mandate; tools when the chokehold nears.',
  actions: [
    { action: 'retaliate', bonus: 8, when: escalationBelow(2) },
    { action: 'researchDomestic', track: 'domesticEuv', bonus: 4 },
    { action: 'mandateDomesticChips', bonus: 4 },
    { action: 'deEscalate', bonus: 6, when: escalationHigh },
    ...escapeChokehold,
  ],
  eventObjectives: { escalation: 4, marketFiat: 3, lithography: 2 },
};

export const chinaStrategies: readonly Strategy[] = [
  chinaSelfReliance,
  chinaEfficiencyOpenSource,
  chinaSubsidyScale,
  chinaRetaliate,
];
