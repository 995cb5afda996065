import type { Parameters } from '../../../rules/index.ts';
import { defaultParameters } from '../../../rules/index.ts';
import { algorithmicMultiplier, levelMultipliers } from '../../../rules/mechanics/efficiency.ts';
import { clusterEfficiency, interconnectOverhead } from '../../../rules/mechanics/interconnect.ts';
import { memoryEfficiency } from '../../../rules/mechanics/memory.ts';
import { formatNumber, percent, table, thousands, times } from '../markdown.ts';

/** §9 and §10: cluster, memory and algorithmic efficiency, computed by the engine's own functions. */

/** Illustrative training-cluster sizes, in chips. */
const clusterSizes = [1_000, 10_000, 100_000, 1_000_000, 10_000_000];

export function clusterTable(params: Parameters = defaultParameters): string {
  const levels = Array.from({ length: params.interconnect.maxLevel }, (_, i) => i + 1);
  const rows = levels.map((level) => [
    `Level ${level}`,
    formatNumber(interconnectOverhead(params, level)),
    ...clusterSizes.map((chips) => percent(Math.round(clusterEfficiency(params, chips, level) * 100) / 100)),
  ]);
  return table(
    ['Interconnect', 'Overhead', ...clusterSizes.map((chips) => `${thousands(chips / 1000)} chips`)],
    rows,
  );
}

export function memoryTable(params: Parameters = defaultParameters): string {
  const { memory } = params;
  const rows: [string, number][] = [
    ['US accelerators', memory.usBandwidthTBps],
    ["China (imported, stockpiled, CXMT's or domestic HBM)", memory.importedHbmBandwidthTBps],
  ];
  return table(
    ['Memory', 'Bandwidth per chip', 'Memory efficiency'],
    rows.map(([name, bandwidth]) => [
      name,
      `${formatNumber(bandwidth)} TB/s`,
      percent(Math.round(memoryEfficiency(bandwidth, memory.halfSaturationTBps) * 100) / 100),
    ]),
  );
}

export function efficiencyTable(params: Parameters = defaultParameters): string {
  const multipliers = levelMultipliers(params);
  const rows = [0, ...multipliers.map((_, i) => i + 1)].map((level) => {
    const own = level === 0 ? undefined : multipliers[level - 1];
    const gain = own === undefined ? '—' : `+${formatNumber((own - 1) * 100)}%`;
    return [
      String(level),
      own === undefined ? '—' : times(own),
      gain,
      times(algorithmicMultiplier(params, level)),
    ];
  });
  return table(['Level', 'This level', 'Gain from this level', 'Total multiplier'], rows);
}
