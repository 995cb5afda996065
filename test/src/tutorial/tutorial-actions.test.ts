import { describe, expect, it } from 'vitest';
import type { GameState, Move, Side } from '../../../rules/index.ts';
import { applyMove, createGame, legalMoves, observe } from '../../../rules/index.ts';
import type { TutorialAction } from '../../../src/tutorial/tutorial-actions.ts';
import { actionsBetween } from '../../../src/tutorial/tutorial-actions.ts';

/** A move applied to a real game, and what each side's coach reads from the views before and after. */
function play(state: GameState, move: Move): { state: GameState; actions: Record<Side, TutorialAction[]> } {
  const result = applyMove(state, move);
  if (!result.ok) throw new Error(result.rejection.message);
  const actions = (side: Side): TutorialAction[] =>
    actionsBetween(observe(state, side), observe(result.state, side), side);
  return { state: result.state, actions: { us: actions('us'), china: actions('china') } };
}

function firstLegal(state: GameState, side: Side, wanted: (move: Move) => boolean): Move {
  const move = legalMoves(state, side).find(wanted);
  if (!move) throw new Error(`no such move for ${side}`);
  return move;
}

/** Both headlines chosen: China, first in the action rounds (RULEBOOK §2), is to move. */
function afterHeadlines(seed: string): GameState {
  let state = createGame({ seed });
  for (const side of ['us', 'china'] as const)
    state = play(
      state,
      firstLegal(state, side, (move) => move.type === 'chooseHeadline'),
    ).state;
  return state;
}

const playsForOps = (move: Move): boolean => move.type === 'playCard' && move.use === 'ops';

describe('what the coach reads a player did (RULEBOOK §2, §3)', () => {
  it('sees a headline chosen by its side only, also when it completes the reveal', () => {
    const start = createGame({ seed: 'coach-headline' });
    const usFirst = play(
      start,
      firstLegal(start, 'us', (move) => move.type === 'chooseHeadline'),
    );
    expect(usFirst.actions).toEqual({ us: ['headlineChosen'], china: [] });
    // China's headline reveals both and opens the action rounds.
    const china = play(
      usFirst.state,
      firstLegal(usFirst.state, 'china', (move) => move.type === 'chooseHeadline'),
    );
    expect(china.state.phase).toBe('action');
    expect(china.actions).toEqual({ us: [], china: ['headlineChosen'] });
  });

  it('tells a card played for operations from one played for its event, and an action from ending the turn', () => {
    const state = afterHeadlines('coach-ops');
    expect(state.activeSide).toBe('china');
    const forOps = play(state, firstLegal(state, 'china', playsForOps));
    expect(forOps.actions).toEqual({ us: [], china: ['cardPlayedForOps'] });
    const action = play(
      forOps.state,
      firstLegal(forOps.state, 'china', (move) => move.type === 'takeAction'),
    );
    const turnOver = action.state.ops === null;
    expect(action.actions.china).toEqual(turnOver ? ['actionTaken', 'turnEnded'] : ['actionTaken']);
    if (!turnOver) {
      const ended = play(action.state, { type: 'endTurn', side: 'china' });
      expect(ended.actions).toEqual({ us: [], china: ['turnEnded'] });
    }
    const forEvent = play(
      state,
      firstLegal(state, 'china', (move) => move.type === 'playCard' && move.use === 'event'),
    );
    expect(forEvent.actions).toEqual({ us: [], china: ['cardPlayedWithoutOps'] });
  });

  it('sees the round end once the last card is played', () => {
    let state = afterHeadlines('coach-round');
    const seen: Record<Side, TutorialAction[]> = { us: [], china: [] };
    while (state.round === 1 && !state.result) {
      const side = state.activeSide;
      const move = state.ops
        ? { type: 'endTurn' as const, side }
        : firstLegal(state, side, (candidate) => candidate.type === 'playCard' && candidate.use !== 'event');
      const next = play(state, move);
      seen.us.push(...next.actions.us);
      seen.china.push(...next.actions.china);
      state = next.state;
    }
    for (const side of ['us', 'china'] as const) {
      expect(seen[side].filter((action) => action === 'roundEnded')).toHaveLength(1);
      expect(seen[side]).not.toContain('actionTaken');
    }
  });

  it('sees nothing between a view and itself', () => {
    const view = observe(afterHeadlines('coach-still'), 'china');
    expect(actionsBetween(view, view, 'china')).toEqual([]);
  });
});
