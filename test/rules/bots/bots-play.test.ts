import { describe, expect, it } from 'vitest';
import { botSpecs, botSpecsFor, createBot } from '../../../rules/bots/index.ts';
import { scenarios } from '../../../rules/index.ts';
import { playCheckedGame } from './play.ts';

/** Every listed spec for a side, with search cut to a few iterations so the suite stays quick. */
const quickSpecsFor = (side: 'us' | 'china'): string[] =>
  botSpecsFor(side).map((spec) => (spec.startsWith('mcts:') ? 'mcts:8' : spec));

describe('every bot plays legal moves to the end of the game', () => {
  const pairings: [string, string][] = [];
  for (const us of quickSpecsFor('us'))
    for (const china of quickSpecsFor('china')) pairings.push([us, china]);

  it.each(pairings)('US %s vs China %s', (us, china) => {
    for (const seed of ['a', 'b']) {
      const state = playCheckedGame({ us, china }, `${us}-${china}-${seed}`);
      expect(state.result).not.toBeNull();
      expect(state.round).toBeLessThanOrEqual(state.params.calendar.roundCount);
    }
  });

  it.each(scenarios.map((s) => s.id))('greedy vs greedy finishes scenario %s', (scenarioId) => {
    const state = playCheckedGame({ us: 'greedy', china: 'greedy' }, `scenario-${scenarioId}`, scenarioId);
    expect(state.result).not.toBeNull();
  });
});

describe('createBot', () => {
  it('knows every listed spec', () => {
    for (const spec of botSpecs) expect(createBot(spec, 'seed').name).toBe(spec);
  });

  it('throws a clear error for an unknown spec', () => {
    expect(() => createBot('alphazero', 'seed')).toThrow(
      /unknown bot "alphazero".*known: random, passive, greedy, mcts:N/,
    );
    expect(() => createBot('mcts:0', 'seed')).toThrow(/mcts takes 1 to/);
    expect(() => createBot('mcts:ten', 'seed')).toThrow(/unknown bot/);
  });

  it('reads the search budget from an mcts spec', () => {
    expect(createBot('mcts:50', 'seed').name).toBe('mcts:50');
  });

  it('offers each side its own scripted strategies', () => {
    expect(botSpecsFor('us')).toEqual([
      'random',
      'greedy',
      'mcts:200',
      'us-hardware-first',
      'us-chokehold',
      'us-entity-list',
      'us-subsidy-scale',
    ]);
    expect(botSpecsFor('china')).toEqual([
      'random',
      'greedy',
      'mcts:200',
      'china-self-reliance',
      'china-efficiency-open-source',
      'china-subsidy-scale',
      'china-retaliate',
    ]);
  });

  it('is deterministic: the same seed plays the same game', () => {
    const first = playCheckedGame({ us: 'greedy', china: 'china-self-reliance' }, 'repeat');
    const second = playCheckedGame({ us: 'greedy', china: 'china-self-reliance' }, 'repeat');
    expect(second.log).toEqual(first.log);
  });
});

describe('passive play loses (issue 16, target 10)', () => {
  // A side that spends nothing must lose to a side that plays: otherwise the mechanics do not matter.
  it.each([
    ['us', { us: 'passive', china: 'greedy' }],
    ['china', { us: 'greedy', china: 'passive' }],
  ] as const)('a passive %s wins at most 2%% of 50 games against greedy', (side, bots) => {
    let passiveWins = 0;
    for (let game = 0; game < 50; game++) {
      const state = playCheckedGame(bots, `passive-${side}-${game}`);
      if (state.result?.winner === side) passiveWins++;
    }
    expect(passiveWins).toBeLessThanOrEqual(1);
  });
});
