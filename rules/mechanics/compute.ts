import type { GameState } from '../state.ts';
import type { Side } from '../vocabulary.ts';
import { utilisation } from './ecosystem.ts';
import { algorithmicMultiplier } from './efficiency.ts';
import { clusterEfficiency } from './interconnect.ts';
import { bandwidthPerChipTBps, memoryEfficiency } from './memory.ts';
import { poweredChipsK } from './power.ts';

/**
 * Compute and training (RULEBOOK §9): effective compute = powered chips × chip performance × cluster
 * efficiency × memory efficiency × ecosystem utilisation × algorithmic efficiency. A share trains
 * models; the rest serves inference and earns revenue.
 */
export function computeRound(state: GameState, side: Side): void {
  const { params } = state;
  const own = state.sides[side];
  const chipsK = poweredChipsK(state, side);
  const trainingClusterChips = chipsK * 1000 * params.compute.trainingShare;
  const cluster = clusterEfficiency(params, trainingClusterChips, own.interconnectLevel);
  const memory = memoryEfficiency(bandwidthPerChipTBps(state, side), params.memory.halfSaturationTBps);
  const used = utilisation(state, side);
  const mandatePenalty = own.domesticMandate ? params.mandate.efficiencyMultiplierPenalty : 1;
  const algorithmic = algorithmicMultiplier(params, own.efficiencyLevel) * mandatePenalty;
  const rawEflops = (chipsK * 1000 * own.chipPerformancePflops) / 1000;
  const effective = rawEflops * cluster * memory * used * algorithmic;
  own.last.clusterEfficiency = cluster;
  own.last.memoryEfficiency = memory;
  own.last.utilisation = used;
  own.last.algorithmicMultiplier = algorithmic;
  own.last.effectiveComputeEflops = effective;
  own.last.trainingEflops = effective * params.compute.trainingShare;
  own.last.inferenceEflops = effective - own.last.trainingEflops;
}
