import type { PlayerView } from '../observe.ts';
import type { Strategy } from './strategy.ts';

/** The US side's scripted plans, from the article's policy choices. */

const escalationBelow =
  (margin: number) =>
  (view: PlayerView): boolean =>
    view.escalation < view.params.escalation.limit - margin;

const escalationHigh = (view: PlayerView): boolean => view.escalation >= view.params.escalation.limit - 2;

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
  summary: 'Tighten export controls (tools, HBM, servicing), fire control events; de-escalate when hot.',
  actions: [
    { action: 'tightenControls', bonus: 10, when: escalationBelow(2) },
    { action: 'deEscalate', bonus: 8, when: escalationHigh },
    { action: 'learnYield', bonus: 2 },
    { action: 'buildPower', bonus: 2 },
  ],
  eventObjectives: { exportControls: 6, toolWear: 5, memory: 3 },
};

export const usStrategies: readonly Strategy[] = [usHardwareFirst, usChokehold];
