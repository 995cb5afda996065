import type { ActionId } from '../../rules/index.ts';

/**
 * What each action does and when it is unavailable (RULEBOOK §3), in words. Numbers are placeholders
 * filled from the engine's parameters, so this text cannot drift from the rules' data.
 */
export const actionText: Record<ActionId, { does: string; unavailable: string }> = {
  buildFab: {
    does: 'Start a new fab module of {{param:fabs.newFabCapacityKWafersPerRound}}k wafers a round at a node you may build, at {{pct:fabs.newFabYieldFraction}} yield (or its cap, if lower). It is under construction for {{param:fabs.fabBuildRounds}} round ends and produces from the next.',
    unavailable:
      'The node is not open to you: before {{param:fabs.usN2FirstYear}} the US may build only {{node:n5}} and {{node:n3}}; China builds on DUV, so only nodes with a DUV yield cap above zero, until its domestic EUV track is complete.',
  },
  learnYield: {
    does: 'Your producing fab furthest below its yield cap closes {{pct:fabs.yieldLearningActionShare}} of the gap.',
    unavailable: 'Every producing fab is at its cap.',
  },
  buyToolGroup: {
    does: 'China adds one DUV tool group with no wear: imported while tool sales are allowed, domestic (dearer, {{bn:tools.domesticToolGroupCostBn}}) once they are banned.',
    unavailable:
      'Export controls are at level {{param:controls.toolSalesBanLevel}} or above and the domestic tools and spares track is not complete.',
  },
  serviceTools: {
    does: "Every one of China's tool groups goes back to zero wear. It costs {{bn:tools.serviceCostBnPerToolGroup}} per group, worn or not, and {{x:tools.domesticServiceCostMultiplier}} that under the servicing ban (domestic spares).",
    unavailable:
      'No tool group is worn; or export controls are at level {{param:controls.servicingBanLevel}} or above and the domestic tools and spares track is not complete.',
  },
  researchDomestic: {
    does: 'Add {{param:research.trackPointsPerAction}} progress point to one domestic track: EUV, HBM, or tools and spares (§13). It costs {{bn:research.trackActionCostBn}}, plus {{bn:research.sanctionFrictionCostBn}} for every Entity List listing on that track.',
    unavailable:
      "That track is complete; its {{param:research.trackActionsPerRound}} research slots this round are used up (China's research actions and the US's listings on it this round each take one); or its points are full and it waits for its year (domestic EUV).",
  },
  sanctionEntities: {
    does: "Add China's toolmakers or labs on one domestic track to the Entity List (§13): the listing takes one of the track's research slots this round, and every later research action on the track costs China {{bn:research.sanctionFrictionCostBn}} more. Progress already made is kept.",
    unavailable:
      'The track is complete, it was already listed {{param:research.sanctionsPerTrackPerRound}} times this round, or it has been listed {{param:research.maxSanctionsPerTrack}} times in all.',
  },
  buildPower: {
    does: 'The US adds {{param:power.gwPerAction.us}} GW; China adds {{param:power.gwPerAction.china}} GW (§9). The US pays {{x:controls.rareEarthUsPowerCostMultiplier}} under the rare-earth ban (§12).',
    unavailable: 'Never.',
  },
  researchEfficiency: {
    does: 'The US gains {{param:efficiency.progressPerAction.us}} algorithmic progress point, China {{param:efficiency.progressPerAction.china}}; every {{param:efficiency.progressPointsPerLevel}} points make a level (§10).',
    unavailable: 'You are at the last efficiency level.',
  },
  upgradeInterconnect: {
    does: 'Your interconnect rises one level: big clusters waste less (§9).',
    unavailable: 'Your interconnect is at level {{param:interconnect.maxLevel}}.',
  },
  investEcosystem: {
    does: 'Your library maturity rises by {{param:ecosystem.investMaturityGain}} and you gain {{param:ecosystem.investDevelopersGainM}}M developers.',
    unavailable: 'Your maturity is at its maximum, {{param:ecosystem.maturityMax}}.',
  },
  portWorkloads: {
    does: "Start porting China's workloads to the domestic stack. The port counts down at each round end, this round's included, and after {{param:ecosystem.portingRounds}} it lands: maturity +{{param:ecosystem.portingMaturityGain}}, developers +{{param:ecosystem.portingDevelopersGainM}}M.",
    unavailable: 'A port is already under way.',
  },
  openSourceModel: {
    does: 'You gain {{param:openSource.influenceGain}} influence and {{param:openSource.developersGainM}}M developers. A rival at a lower efficiency level climbs one level; a rival not behind gains {{param:openSource.rivalProgressGain}} progress point; a rival at the last level gains the same {{param:openSource.developersGainM}}M developers instead (§11).',
    unavailable: 'You already open-sourced a model this round, or you have no efficiency level yet.',
  },
  takeSubsidy: {
    does: 'Take the next tranche of your subsidy pool (US {{bn:subsidy.trancheBn.us}} of {{bn:subsidy.poolBn.us}}; China {{bn:subsidy.trancheBn.china}} of {{bn:subsidy.poolBn.china}}). Every billion adds {{param:subsidy.dependencyPerBn}} dependency (§7).',
    unavailable: 'Your pool is spent.',
  },
  mandateDomesticChips: {
    does: 'For the rest of the game China earns {{bn:mandate.captiveRevenueBnPerRound}} more a round and gains {{param:mandate.captiveDevelopersGainMPerRound}}M captive developers a round (they count for neither the ecosystem contest nor self-reliance), but its utilisation loses {{pct:mandate.utilisationPenalty}} of full use and its algorithmic multiplier is scaled by {{x:mandate.efficiencyMultiplierPenalty}}, and China imports no chips while it lasts (§8, §12).',
    unavailable: 'The mandate is already in force: it cannot be lifted.',
  },
  tightenControls: {
    does: 'Export controls tighten one level (§12). Escalation rises one step, and the US answers for it.',
    unavailable: 'Controls are at their tightest, level {{param:controls.maxLevel}}.',
  },
  loosenControls: {
    does: 'Export controls loosen one level. Escalation does not fall.',
    unavailable: 'There are no controls left to loosen.',
  },
  retaliate: {
    does: "China's retaliation rises one level (§12). Escalation rises one step, and China answers for it.",
    unavailable: 'Retaliation is at its top level, {{param:controls.retaliationMaxLevel}}.',
  },
  deEscalate: {
    does: 'Escalation falls one step at once, even in a round in which it rose (§12).',
    unavailable: 'Escalation is already at zero.',
  },
};
