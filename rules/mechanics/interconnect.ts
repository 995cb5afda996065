import type { Parameters } from '../content/parameters.ts';

/**
 * Interconnect and cluster scale (RULEBOOK §9): communication overhead grows with the number of chips
 * in a cluster, and a weaker interconnect pays more for each doubling.
 */
export function interconnectOverhead(params: Parameters, level: number): number {
  const table = params.interconnect.overheadByLevel;
  const byLevel = [table.level1, table.level1, table.level2, table.level3, table.level4, table.level5];
  return byLevel[Math.max(0, Math.min(byLevel.length - 1, Math.round(level)))] ?? table.level1;
}

export function clusterEfficiency(
  params: Parameters,
  clusterChips: number,
  interconnectLevel: number,
): number {
  const doublings = Math.log2(1 + Math.max(0, clusterChips) / params.interconnect.referenceClusterChips);
  return 1 / (1 + interconnectOverhead(params, interconnectLevel) * doublings);
}
