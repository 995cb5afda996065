import type { Parameters } from '../content/parameters.ts';

/**
 * Interconnect and cluster scale (RULEBOOK §9): communication overhead grows with the number of chips
 * in a cluster, and a weaker interconnect pays more for each doubling.
 */
const overheadTables = new WeakMap<Parameters, readonly number[]>();

/** Overhead by level 0 to 5 (0 reads as 1), memoised per parameter set: compute reads it every projection. */
function overheadByLevel(params: Parameters): readonly number[] {
  let byLevel = overheadTables.get(params);
  if (!byLevel) {
    const table = params.interconnect.overheadByLevel;
    byLevel = [table.level1, table.level1, table.level2, table.level3, table.level4, table.level5];
    overheadTables.set(params, byLevel);
  }
  return byLevel;
}

export function interconnectOverhead(params: Parameters, level: number): number {
  const byLevel = overheadByLevel(params);
  return (
    byLevel[Math.max(0, Math.min(byLevel.length - 1, Math.round(level)))] ??
    params.interconnect.overheadByLevel.level1
  );
}

export function clusterEfficiency(
  params: Parameters,
  clusterChips: number,
  interconnectLevel: number,
): number {
  const doublings = Math.log2(1 + Math.max(0, clusterChips) / params.interconnect.referenceClusterChips);
  return 1 / (1 + interconnectOverhead(params, interconnectLevel) * doublings);
}
