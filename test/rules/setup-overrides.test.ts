import { InitializeGame } from 'boardgame.io/internal';
import { describe, expect, it } from 'vitest';
import { SiliconCurtain } from '../../rules/index.ts';
import type { GameState } from '../../rules/index.ts';

/** A classroom's what-if form reaches the rules as `setupData.overrides`; bad leaves never set up a game. */

function setUp(setupData: Record<string, unknown>): { G: GameState } | string {
  const problem = SiliconCurtain.validateSetupData?.(setupData, 2);
  if (problem !== undefined) return problem;
  const state = InitializeGame({ game: SiliconCurtain, numPlayers: 2, setupData });
  return { G: state.G as GameState };
}

describe('setupData.overrides', () => {
  it('applies known parameter leaves over the scenario', () => {
    const plain = setUp({ scenarioId: 'baseline-2025', seed: 'a' });
    const whatIf = setUp({ scenarioId: 'baseline-2025', seed: 'a', overrides: { 'controls.maxLevel': 0 } });
    if (typeof plain === 'string' || typeof whatIf === 'string') throw new Error('refused');
    expect(plain.G.params.controls.maxLevel).toBeGreaterThan(0);
    expect(whatIf.G.params.controls.maxLevel).toBe(0);
  });

  it.each([
    [{ 'no.such.leaf': 1 }, 'unknown parameter: no.such.leaf'],
    [{ 'controls.maxLevel': Number.NaN }, 'parameter controls.maxLevel must be a finite number'],
    [{ 'controls.maxLevel': '3' }, 'parameter controls.maxLevel must be a finite number'],
    [{ controls: 1 }, 'unknown parameter: controls'],
    [[1, 2], 'overrides must be an object of parameter paths to numbers'],
  ])('refuses %j with a reason', (overrides, reason) => {
    expect(setUp({ scenarioId: 'baseline-2025', overrides })).toBe(reason);
  });
});
