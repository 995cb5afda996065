import { describe, expect, it } from 'vitest';
import { createGame, observe } from '../../rules/index.ts';

describe('observe (RULEBOOK §15)', () => {
  it('shows every public field of the state and nothing else', () => {
    const state = createGame({ seed: 'observe-keys' });
    const hidden = ['rng', 'deck', 'hands', 'headlines'];
    const extras = ['viewer', 'hand', 'handCounts', 'deckCount', 'headlineChosen', 'ownHeadline'];
    const expected = [...Object.keys(state).filter((key) => !hidden.includes(key)), ...extras].sort();
    for (const viewer of ['us', 'china', 'spectator'] as const) {
      expect(Object.keys(observe(state, viewer)).sort()).toEqual(expected);
    }
  });

  it('hands the viewer a copy of its hand, so a bot cannot change the game through its view', () => {
    const state = createGame({ seed: 'observe-copy' });
    const view = observe(state, 'us');
    view.hand.pop();
    expect(state.hands.us).toHaveLength(state.params.calendar.handSize);
  });
});
