import { describe, expect, it } from 'vitest';
import type { GameState, Move, Side } from '../../../rules/index.ts';
import { applyMove, createGame, legalMoves, observe } from '../../../rules/index.ts';
import type { TutorialAction } from '../../../src/tutorial/tutorial-actions.ts';
import { actionsBetween } from '../../../src/tutorial/tutorial-actions.ts';
import type { StepRule, TutorialProgress } from '../../../src/tutorial/tutorial-machine.ts';
import {
  afterAction,
  afterNext,
  loadProgress,
  saveProgress,
  skipTutorial,
  startProgress,
  tutorialKey,
} from '../../../src/tutorial/tutorial-machine.ts';
import { tutorialSteps } from '../../../src/tutorial/tutorial-steps.ts';
import { memoryStore } from '../memory-store.ts';

const steps: readonly StepRule[] = [
  { id: 'welcome', advanceWhen: 'next' },
  { id: 'headline', advanceWhen: 'headlineChosen' },
  { id: 'ops', advanceWhen: 'cardPlayedForOps' },
  { id: 'action', advanceWhen: 'actionTaken' },
  { id: 'report', advanceWhen: 'next' },
];

const at = (stepIndex: number, doneAhead: TutorialAction[] = []): TutorialProgress => ({
  status: 'active',
  stepIndex,
  doneAhead,
});

describe('the tutorial step machine', () => {
  it('moves an action step on with its own action only', () => {
    expect(afterAction(steps, at(2), 'cardPlayedWithoutOps')).toEqual(at(2));
    expect(afterAction(steps, at(2), 'turnEnded')).toEqual(at(2));
    expect(afterAction(steps, at(2), 'cardPlayedForOps')).toEqual(at(3));
  });

  it('moves an explaining step on with Next, not with an action', () => {
    expect(afterAction(steps, at(4), 'actionTaken')).toEqual(at(4));
    expect(afterNext(steps, at(0))).toEqual(at(1));
  });

  it('finishes after the last step', () => {
    expect(afterNext(steps, at(4))).toEqual({ status: 'finished' });
  });

  it('passes a step whose action the player did while the coach was still explaining', () => {
    const ranAhead = afterAction(steps, at(0), 'headlineChosen');
    expect(ranAhead).toEqual(at(0, ['headlineChosen']));
    // Next goes straight past the headline step, which would otherwise wait a whole round.
    expect(afterNext(steps, ranAhead)).toEqual(at(2));
  });

  it('forgets an action no later step asks for', () => {
    expect(afterAction(steps, at(3), 'headlineChosen')).toEqual(at(3));
  });

  it('stops for good when skipped', () => {
    const skipped = skipTutorial();
    expect(afterNext(steps, skipped)).toEqual(skipped);
    expect(afterAction(steps, skipped, 'headlineChosen')).toEqual(skipped);
  });

  it('resumes after a reload at the stored step, with what was done ahead', () => {
    const store = memoryStore();
    saveProgress(store, 'm1', steps, at(2, ['actionTaken']));
    expect(loadProgress(store, 'm1', steps)).toEqual(at(2, ['actionTaken']));
    // Another match's tutorial starts at the beginning.
    expect(loadProgress(store, 'm2', steps)).toEqual(startProgress);
    saveProgress(store, 'm1', steps, skipTutorial());
    expect(loadProgress(store, 'm1', steps)).toEqual({ status: 'skipped' });
  });

  it('starts again from a stored step that no longer exists or a garbled entry', () => {
    const store = memoryStore();
    store.setItem(tutorialKey('m1'), JSON.stringify({ status: 'active', stepId: 'gone', doneAhead: [] }));
    expect(loadProgress(store, 'm1', steps)).toEqual(startProgress);
    store.setItem(tutorialKey('m1'), '{not json');
    expect(loadProgress(store, 'm1', steps)).toEqual(startProgress);
    store.setItem(tutorialKey('m1'), JSON.stringify({ status: 'active', stepId: 'ops', doneAhead: ['fly'] }));
    expect(loadProgress(store, 'm1', steps)).toEqual(startProgress);
  });
});

describe('the guided first round', () => {
  it('has steps with unique ids, each pointing somewhere and saying something', () => {
    expect(new Set(tutorialSteps.map((step) => step.id)).size).toBe(tutorialSteps.length);
    const view = observe(createGame({ seed: 'coach-text' }), 'china');
    for (const step of tutorialSteps) {
      expect(step.target.length).toBeGreaterThan(0);
      expect(step.text(view, 'china').length).toBeGreaterThan(10);
    }
  });

  it('reads the lead to win and the round count from the match, not from the text (RULEBOOK §14)', () => {
    const state = createGame({ seed: 'coach-figures' });
    state.params = {
      ...state.params,
      scoring: { ...state.params.scoring, leadToWin: 5 },
      calendar: { ...state.params.calendar, roundCount: 3 },
    };
    const view = observe(state, 'us');
    const text = (id: string): string => tutorialSteps.find((step) => step.id === id)?.text(view, 'us') ?? '';
    expect(text('lead')).toContain('+5');
    expect(text('lead')).toContain('−5');
    expect(text('next')).toContain('3 rounds');
  });

  it.each(['china', 'us'] as const)(
    'reaches the round-end report when %s does what the coach asks through round 1 (RULEBOOK §2)',
    (player: Side) => {
      let state: GameState = createGame({ seed: `coach-${player}` });
      let progress: TutorialProgress = startProgress;
      const stepId = (): string =>
        progress.status === 'active' ? (tutorialSteps[progress.stepIndex]?.id ?? '') : progress.status;
      const apply = (move: Move): void => {
        const result = applyMove(state, move);
        if (!result.ok) throw new Error(result.rejection.message);
        for (const action of actionsBetween(observe(state, player), observe(result.state, player), player))
          progress = afterAction(tutorialSteps, progress, action);
        state = result.state;
      };
      const pick = (side: Side, wanted: (move: Move) => boolean): Move => {
        const moves = legalMoves(state, side);
        const move = moves.find(wanted) ?? moves[0];
        if (!move) throw new Error(`${side} has no move`);
        return move;
      };
      const visited: string[] = [];
      while (state.history.length === 0 && !state.result) {
        const id = stepId();
        if (visited.at(-1) !== id) visited.push(id);
        const step = tutorialSteps.find((candidate) => candidate.id === id);
        // The explaining steps: the player reads and presses Next.
        if (step?.advanceWhen === 'next') {
          progress = afterNext(tutorialSteps, progress);
          continue;
        }
        const mover =
          state.phase === 'headline' ? (state.headlines.china === null ? 'china' : 'us') : state.activeSide;
        if (mover !== player) {
          apply(pick(mover, (move) => move.type !== 'takeAction'));
          continue;
        }
        // The player: a headline, a card for operations, one action, then the end of the turn.
        if (state.phase === 'headline') apply(pick(player, (move) => move.type === 'chooseHeadline'));
        else if (!state.ops) apply(pick(player, (move) => move.type === 'playCard' && move.use === 'ops'));
        else if (id === 'take-action') apply(pick(player, (move) => move.type === 'takeAction'));
        else apply({ type: 'endTurn', side: player });
      }
      expect(stepId()).toBe('round-report');
      expect(visited).toEqual(
        expect.arrayContaining(['headline', 'play-for-ops', 'take-action', 'finish-round']),
      );
    },
  );
});
