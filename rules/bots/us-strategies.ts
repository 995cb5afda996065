import type { Strategy } from './strategy.ts';
import { chokeholdNear, escalationBelow, escalationHigh, frontierBarInReach } from './strategy.ts';

/** The US side's scripted plans, from the article's policy choices. */

/** Out-build China: leading-edge fabs, yields, power and interconnect; keep escalation low. */
export const usHardwareFirst: Strategy = {
  name: 'us-hardware-first',
  side: 'us',
  summary: 'Leading-edge fabs (2nm/3nm), yield learning, power and interconnect; de-escalate when hot.',
  actions: [
    { action: 'buildFab', node: 'n2', bonus: 8 },
    { action: 'buildFab', node: 'n3', bonus: 6 },
    { action: 'learnYield', bonus: 4 },
    { action: 'buildPower', bonus: 4 },
    { action: 'upgradeInterconnect', bonus: 5 },
    { action: 'takeSubsidy', bonus: 2 },
    { action: 'deEscalate', bonus: 6, when: escalationHigh },
  ],
  eventObjectives: { yields: 3, power: 3, interconnect: 3, lithography: 3 },
};

/** Choke China's supply: tighten controls to the end, fire control events, de-escalate to stay safe. */
export const usChokehold: Strategy = {
  name: 'us-chokehold',
  side: 'us',
  summary:
    'Tighten export controls (tools, HBM, servicing), harder and against spares when the chokehold nears; fire control events; de-escalate when hot.',
  actions: [
    { action: 'tightenControls', bonus: 10, when: escalationBelow(2) },
    // With the noose near, one step nearer the escalation limit is worth it.
    { action: 'tightenControls', bonus: 6, when: (view) => chokeholdNear(view) && escalationBelow(1)(view) },
    { action: 'sanctionEntities', track: 'domesticSpares', bonus: 6, when: chokeholdNear },
    { action: 'deEscalate', bonus: 8, when: escalationHigh },
    { action: 'learnYield', bonus: 2 },
    { action: 'buildPower', bonus: 2 },
  ],
  eventObjectives: { exportControls: 6, toolWear: 5, memory: 3 },
};

/** Deny China's research: Entity List additions on every domestic track, tighter controls, a strong ecosystem. */
export const usEntityList: Strategy = {
  name: 'us-entity-list',
  side: 'us',
  summary:
    "Entity List additions against China's EUV, HBM and spares research; controls, more when China nears the frontier-class bar; ecosystem and open models.",
  actions: [
    { action: 'sanctionEntities', track: 'domesticEuv', bonus: 10 },
    { action: 'sanctionEntities', track: 'domesticHbm', bonus: 8 },
    { action: 'sanctionEntities', track: 'domesticSpares', bonus: 4 },
    { action: 'tightenControls', bonus: 4, when: escalationBelow(2) },
    {
      action: 'tightenControls',
      bonus: 4,
      when: (view) => frontierBarInReach(view) && escalationBelow(2)(view),
    },
    { action: 'investEcosystem', bonus: 3 },
    { action: 'openSourceModel', bonus: 3 },
    { action: 'deEscalate', bonus: 6, when: escalationHigh },
  ],
  eventObjectives: { exportControls: 5, lithography: 3, ecosystem: 2 },
};

/** The CHIPS Act path: take every subsidy tranche and pour it into fabs, yields and power. */
export const usSubsidyScale: Strategy = {
  name: 'us-subsidy-scale',
  side: 'us',
  summary:
    'Subsidy tranches (CHIPS Act) into new 3nm/2nm fabs, yield learning and power; de-escalate when hot.',
  actions: [
    { action: 'takeSubsidy', bonus: 8 },
    { action: 'buildFab', node: 'n3', bonus: 5 },
    { action: 'buildFab', node: 'n2', bonus: 5 },
    { action: 'learnYield', bonus: 3 },
    { action: 'buildPower', bonus: 3 },
    { action: 'deEscalate', bonus: 6, when: escalationHigh },
  ],
  eventObjectives: { subsidies: 5, yields: 3, power: 3 },
};

export const usStrategies: readonly Strategy[] = [usHardwareFirst, usChokehold, usEntityList, usSubsidyScale];
