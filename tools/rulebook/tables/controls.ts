import type { GameState } from '../../../rules/index.ts';
import {
  chinaChipImports,
  usMaterialsCostMultiplier,
  usRevenueLossBn,
} from '../../../rules/mechanics/controls.ts';
import { receiveHbm } from '../../../rules/mechanics/memory.ts';
import { powerCostBn } from '../../../rules/mechanics/power.ts';
import {
  serviceCostBn,
  servicingAllowed,
  toolGroupCostBn,
  toolPurchaseAllowed,
} from '../../../rules/mechanics/tools.ts';
import { baselineGame } from '../baseline.ts';

/** "500k at 1 PFLOPS", or "none". */
function chipImportsText(state: GameState): string {
  const imports = chinaChipImports(state);
  return imports.amountK > 0
    ? `${thousandsOrNone(imports.amountK)} at ${imports.performancePflops} PFLOPS`
    : thousandsOrNone(0);
}
import { billions, table, thousandsOrNone, times } from '../markdown.ts';

/**
 * §12: what each export-control and retaliation level does, measured by setting the level on a baseline
 * game and asking the engine (China without domestic spares).
 */

const allowedAt = (allowed: boolean, costBn: number): string =>
  allowed ? `yes, ${billions(costBn)}` : `only with domestic spares, ${billions(costBn)}`;

function atLevels(exportControlLevel: number, retaliationLevel: number): GameState {
  const state = baselineGame();
  state.exportControlLevel = exportControlLevel;
  state.retaliationLevel = retaliationLevel;
  return state;
}

/** HBM China imports a round at this level: what it receives, less CXMT's own output (no domestic track yet). */
function hbmImportsK(state: GameState): number {
  const china = state.sides.china;
  const before = china.hbmStockKChips;
  receiveHbm(state);
  return china.hbmStockKChips - before - state.params.memory.chinaBaseHbmKChipsPerRound;
}

function restrictionsAt(state: GameState, level: number): string {
  const { controls } = state.params;
  const named: [number, string][] = [
    [controls.chipExportBanLevel, 'advanced AI chips banned'],
    [controls.toolSalesBanLevel, 'DUV tool sales banned'],
    [controls.hbmBanLevel, 'HBM banned'],
    [controls.servicingBanLevel, 'tool servicing banned'],
    [controls.downgradedChipBanLevel, 'downgraded chips banned'],
  ];
  const added = named.filter(([at]) => at === level).map(([, name]) => name);
  return level === 0 ? 'no controls' : added.length > 0 ? added.join('; ') : '—';
}

export function controlsTable(): string {
  const max = baselineGame().params.controls.maxLevel;
  const rows = Array.from({ length: max + 1 }, (_, level) => {
    const state = atLevels(level, 0);
    return [
      String(level),
      restrictionsAt(state, level),
      allowedAt(toolPurchaseAllowed(state), toolGroupCostBn(state)),
      allowedAt(servicingAllowed(state), serviceCostBn(state)),
      thousandsOrNone(hbmImportsK(state)),
      chipImportsText(state),
      billions(usRevenueLossBn(state)),
    ];
  });
  return table(
    [
      'Level',
      'From this level',
      'China may buy a tool group',
      'China may service its tools (every group)',
      'HBM imports a round',
      'Chips China may import a round',
      'US sales lost a round',
    ],
    rows,
  );
}

/** China's retaliation levels, in the order the engine switches them on. */
const retaliationNames = [
  'none',
  'gallium and germanium bans',
  'ban on Nvidia purchases',
  'rare-earth licences',
];

export function retaliationTable(): string {
  const max = baselineGame().params.controls.retaliationMaxLevel;
  const rows = Array.from({ length: max + 1 }, (_, level) => {
    const state = atLevels(0, level);
    return [
      String(level),
      retaliationNames[level] ?? '—',
      times(usMaterialsCostMultiplier(state)),
      billions(powerCostBn(state, 'us')),
      billions(usRevenueLossBn(state)),
      chipImportsText(state),
    ];
  });
  return table(
    [
      'Level',
      'From this level',
      'US wafer and fab costs',
      'US power action',
      'US sales lost a round',
      'Chips China may import a round',
    ],
    rows,
  );
}
