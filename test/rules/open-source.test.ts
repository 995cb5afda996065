import { describe, expect, it } from 'vitest';
import { applyMove } from '../../rules/index.ts';
import { openSourceModel } from '../../rules/mechanics/efficiency.ts';
import { findCard, newGame, setHand, toActionPhase } from './helpers.ts';

describe('the open-source paradox (RULEBOOK §11)', () => {
  it('the open-sourcer gains influence and developers (RULEBOOK §11)', () => {
    const state = newGame();
    const { influenceGain, developersGainM } = state.params.openSource;
    const { influence, developersM } = state.sides.china;
    openSourceModel(state, 'china');
    expect(state.sides.china.influence).toBe(influence + influenceGain);
    expect(state.sides.china.developersM).toBeCloseTo(developersM + developersGainM);
  });

  it('a rival behind catches up a whole level (RULEBOOK §11)', () => {
    const state = newGame();
    state.sides.china.efficiencyLevel = 3;
    state.sides.us.efficiencyLevel = 1;
    openSourceModel(state, 'china');
    expect(state.sides.us.efficiencyLevel).toBe(2);
  });

  it('a rival not behind still learns progress (RULEBOOK §11)', () => {
    const state = newGame();
    state.sides.us.efficiencyLevel = 2;
    state.sides.china.efficiencyLevel = 2;
    state.sides.china.efficiencyProgress = 0;
    openSourceModel(state, 'us');
    expect(state.sides.china.efficiencyLevel).toBe(2);
    expect(state.sides.china.efficiencyProgress).toBe(state.params.openSource.rivalProgressGain);
  });

  it('needs something efficient to release and works once a round as an action (RULEBOOK §3, §11)', () => {
    const state = newGame();
    const card = findCard((c) => c.owner !== 'china' && c.ops >= 3, 'a 3-ops card the US can play');
    setHand(state, 'us', [card.id]);
    toActionPhase(state, 'us');
    const played = applyMove(state, { type: 'playCard', side: 'us', cardId: card.id, use: 'ops' });
    if (!played.ok) throw new Error(played.rejection.message);
    const first = applyMove(played.state, { type: 'takeAction', side: 'us', action: 'openSourceModel' });
    if (!first.ok) throw new Error(first.rejection.message);
    expect(first.state.sides.us.openSourcedInRound).toBe(state.round);
    const second = applyMove(first.state, { type: 'takeAction', side: 'us', action: 'openSourceModel' });
    expect(second.ok ? 'ok' : second.rejection.code).toBe('actionUnavailable');

    const zero = newGame();
    zero.sides.us.efficiencyLevel = 0;
    setHand(zero, 'us', [card.id]);
    toActionPhase(zero, 'us');
    const again = applyMove(zero, { type: 'playCard', side: 'us', cardId: card.id, use: 'ops' });
    if (!again.ok) throw new Error(again.rejection.message);
    const none = applyMove(again.state, { type: 'takeAction', side: 'us', action: 'openSourceModel' });
    expect(none.ok ? 'ok' : none.rejection.code).toBe('actionUnavailable');
  });
});
