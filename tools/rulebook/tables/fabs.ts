import type { Fab, Node, Parameters, Side } from '../../../rules/index.ts';
import { defaultParameters, lithographyRoutes, nodes, sides } from '../../../rules/index.ts';
import {
  costPerGoodDieUsd,
  fabYieldCapFraction,
  goodDiesPerWafer,
  waferCostUsd,
  yieldCapFraction,
} from '../../../rules/mechanics/fabs.ts';
import { baselineGame } from '../baseline.ts';
import { nodeLabel, routeLabel, sideLabel } from '../labels.ts';
import { approx, billions, dollars, formatNumber, percent, table, thousands } from '../markdown.ts';

/** §5: nodes, yield caps, the starting fabs and the cost of a working die, all from the engine. */

export function nodesTable(params: Parameters = defaultParameters): string {
  const rows = nodes.map((node) => [
    nodeLabel[node],
    String(params.nodes.diesPerWafer[node]),
    dollars(waferCostUsd(params, 'us', node)),
    dollars(waferCostUsd(params, 'china', node)),
    formatNumber(params.nodes.chipPerformancePflops[node]),
    params.nodes.duvPatterningPasses[node] > 0
      ? String(params.nodes.duvPatterningPasses[node])
      : 'impossible',
    billions(params.nodes.fabBuildCostBn[node]),
  ]);
  return table(
    [
      'Node',
      'Dies per wafer',
      'US wafer',
      'Chinese wafer',
      'PFLOPS per chip',
      'DUV passes per layer',
      'New fab',
    ],
    rows,
  );
}

const capCell = (cap: number): string => (cap > 0 ? percent(Math.round(cap * 1000) / 1000) : 'cannot build');

export function yieldCapsTable(params: Parameters = defaultParameters): string {
  const rows = lithographyRoutes.map((route) => [
    routeLabel[route],
    ...nodes.map((node) => capCell(yieldCapFraction(params, route, node))),
  ]);
  rows.push([
    `${routeLabel.euv}, China's own lines`,
    ...nodes.map((node) => capCell(fabYieldCapFraction(params, { node, route: 'euv' }, 'china'))),
  ]);
  return table(['Route', ...nodes.map((node) => nodeLabel[node])], rows);
}

export function startingFabsTable(): string {
  const state = baselineGame();
  const rows = sides.flatMap((side) =>
    state.sides[side].fabs.map((fab) => [
      sideLabel[side],
      nodeLabel[fab.node],
      routeLabel[fab.route],
      `${thousands(fab.capacityKWafersPerRound)} wafers`,
      percent(fab.yieldFraction),
      percent(fabYieldCapFraction(state.params, fab, side)),
      formatNumber(goodDiesPerWafer(state.params, fab)),
      dollars(costPerGoodDieUsd(state.params, side, fab)),
    ]),
  );
  return table(
    [
      'Side',
      'Node',
      'Route',
      'Capacity a round',
      'Yield',
      'Yield cap',
      'Good dies per wafer',
      'Cost per good die',
    ],
    rows,
  );
}

/** A side's starting fab on a node (the worked example of §5). */
export function startingFab(side: Side, node: Node): Fab {
  const fab = baselineGame().sides[side].fabs.find((candidate) => candidate.node === node);
  if (!fab) throw new Error(`the baseline gives ${side} no ${node} fab`);
  return fab;
}

/** The worked example's numbers: a Chinese 7nm-class DUV die against the same node on US EUV, and a US 5nm-class die. */
export function dieCostExample(): Record<string, string> {
  const params = defaultParameters;
  const china = startingFab('china', 'n7');
  const us = startingFab('us', 'n5');
  const chinaAtCap: Fab = { ...china, yieldFraction: yieldCapFraction(params, china.route, china.node) };
  const chinaCost = costPerGoodDieUsd(params, 'china', china);
  const usCost = costPerGoodDieUsd(params, 'us', us);
  const usN7: Fab = { ...us, node: 'n7', route: 'euv', yieldFraction: yieldCapFraction(params, 'euv', 'n7') };
  const usN7Cost = costPerGoodDieUsd(params, 'us', usN7);
  return {
    'die.china.wafer': dollars(waferCostUsd(params, 'china', china.node)),
    'die.china.dies': String(params.nodes.diesPerWafer[china.node]),
    'die.china.yield': percent(china.yieldFraction),
    'die.china.good': formatNumber(goodDiesPerWafer(params, china)),
    'die.china.cost': dollars(chinaCost),
    'die.china.capCost': dollars(costPerGoodDieUsd(params, 'china', chinaAtCap)),
    'die.us.wafer': dollars(waferCostUsd(params, 'us', us.node)),
    'die.us.dies': String(params.nodes.diesPerWafer[us.node]),
    'die.us.yield': percent(us.yieldFraction),
    'die.us.good': formatNumber(goodDiesPerWafer(params, us)),
    'die.us.cost': dollars(usCost),
    'die.ratio': `${approx(chinaCost / usCost)}×`,
    'die.usN7.yield': percent(usN7.yieldFraction),
    'die.usN7.cost': dollars(usN7Cost),
    'die.comparableRatio': `${approx(chinaCost / usN7Cost)}×`,
  };
}
