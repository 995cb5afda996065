import type { SideState } from '../../../rules/index.ts';
import { poweredChipsK } from '../../../rules/mechanics/power.ts';
import { utilisation } from '../../../rules/mechanics/ecosystem.ts';
import { baselineGame } from '../baseline.ts';
import { nodeLabel } from '../labels.ts';
import { approx, billions, formatNumber, percent, table, thousands } from '../markdown.ts';

/** §1: what each side starts with in the baseline, measured by the engine. */

const fabsOf = (own: SideState): string =>
  own.fabs.map((fab) => `${nodeLabel[fab.node]} ${fab.route.toUpperCase()}`).join(', ');

export function startTable(): string {
  const state = baselineGame();
  const { us, china } = state.sides;
  const row = (label: string, value: (own: SideState) => string): string[] => [
    label,
    value(us),
    value(china),
  ];
  const rows = [
    row('Budget', (own) => billions(own.budgetBn)),
    row('Fabs', fabsOf),
    row('Installed accelerators', (own) => thousands(own.chipsK)),
    row('Average PFLOPS per chip', (own) => formatNumber(own.chipPerformancePflops)),
    row('Power', (own) => `${formatNumber(own.powerGw)} GW`),
    row('Interconnect level', (own) => String(own.interconnectLevel)),
    row('Developers', (own) => `${formatNumber(own.developersM)}M`),
    row('Library maturity', (own) => String(own.maturity)),
    row('Algorithmic-efficiency level', (own) => String(own.efficiencyLevel)),
    row('Influence', (own) => String(own.influence)),
    ['Chips powered', thousands(poweredChipsK(state, 'us')), thousands(poweredChipsK(state, 'china'))],
    ['Utilisation', percent(utilisation(state, 'us')), percent(utilisation(state, 'china'))],
    row('Effective compute', (own) => `${approx(own.last.effectiveComputeEflops)} EFLOPS`),
  ];
  return table(['At the start', 'US', 'China'], rows);
}
