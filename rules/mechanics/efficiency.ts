import type { Parameters } from '../content/parameters.ts';
import type { GameState } from '../state.ts';
import type { Side } from '../vocabulary.ts';
import { rivalOf } from '../vocabulary.ts';

/**
 * Algorithmic efficiency (RULEBOOK §10): mixture-of-experts, latent attention, quantization. Each level
 * multiplies effective compute, by less than the one before.
 */

export function levelMultipliers(params: Parameters): number[] {
  const m = params.efficiency.levelMultipliers;
  return [m.level1, m.level2, m.level3, m.level4];
}

interface LevelTable {
  levels: number;
  /** `products[k]`: the multipliers of levels 1 to k multiplied in order, as the loop below does. */
  products: number[];
}

const levelTables = new WeakMap<Parameters, LevelTable>();

/** Memoised per parameter set (parameters never change after setup): compute reads it every projection. */
function levelTable(params: Parameters): LevelTable {
  let table = levelTables.get(params);
  if (!table) {
    const multipliers = levelMultipliers(params);
    const products = [1];
    let product = 1;
    for (const multiplier of multipliers) {
      product *= multiplier;
      products.push(product);
    }
    table = { levels: multipliers.length, products };
    levelTables.set(params, table);
  }
  return table;
}

export function maxEfficiencyLevel(params: Parameters): number {
  return levelTable(params).levels;
}

/** The product of the multipliers of every level reached. */
export function algorithmicMultiplier(params: Parameters, level: number): number {
  const { levels, products } = levelTable(params);
  if (Number.isInteger(level)) return products[Math.max(0, Math.min(level, levels))] ?? 1;
  let product = 1;
  const multipliers = levelMultipliers(params);
  for (let i = 0; i < Math.min(level, multipliers.length); i++) product *= multipliers[i] ?? 1;
  return product;
}

/** Adds progress points and converts them into levels; progress beyond the last level is dropped. */
export function addEfficiencyProgress(state: GameState, side: Side, points: number): void {
  const own = state.sides[side];
  const { params } = state;
  const perLevel = params.efficiency.progressPointsPerLevel;
  own.efficiencyProgress = Math.max(0, own.efficiencyProgress + points);
  while (own.efficiencyProgress >= perLevel && own.efficiencyLevel < maxEfficiencyLevel(params)) {
    own.efficiencyProgress -= perLevel;
    own.efficiencyLevel += 1;
  }
  if (own.efficiencyLevel >= maxEfficiencyLevel(params)) own.efficiencyProgress = 0;
}

/**
 * The open-source paradox (RULEBOOK §11): publishing wins adoption and developers, and hands the rival
 * the gain. A rival behind catches up a level; a rival not behind still learns something; a rival with
 * nothing left to learn builds on the open weights instead (it gains the same developers).
 */
export function openSourceModel(state: GameState, side: Side): void {
  const { params } = state;
  const own = state.sides[side];
  const rival = state.sides[rivalOf(side)];
  own.influence += params.openSource.influenceGain;
  own.developersM += params.openSource.developersGainM;
  if (rival.efficiencyLevel < own.efficiencyLevel) {
    rival.efficiencyLevel += 1;
  } else if (rival.efficiencyLevel >= maxEfficiencyLevel(params)) {
    rival.developersM += params.openSource.developersGainM;
  } else {
    addEfficiencyProgress(state, rivalOf(side), params.openSource.rivalProgressGain);
  }
}
