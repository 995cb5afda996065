import type { GameState, InjectionRequest, Move, Side } from '../../rules/index.ts';
import { applyMoveInPlace, cloneState, injectEventInPlace } from '../../rules/index.ts';

/**
 * A finished game as the rules engine replays it: the state before the first step and after each one.
 * Every state comes from the kernel's own move functions (`applyMove`, and `injectEvent` for what a
 * facilitator brought in); nothing here knows a rule. Pure; tested in test/src/replay/timeline.test.ts.
 */

/** One step of a game: a side's move, or an event a facilitator brought in (classroom tables). */
export type ReplayStep = { by: Side; move: Move } | { by: 'facilitator'; request: InjectionRequest };

export interface Timeline {
  /** `states[0]` is the state before the first step, `states[i]` the state after `steps[i - 1]`. */
  states: GameState[];
  steps: ReplayStep[];
  /** Where the rules refused a step (the replay stops before it), and why; undefined when all applied. */
  stopped: { step: number; message: string } | undefined;
}

/** Applies one step in place; why the rules refused it, or undefined. */
export function applyStep(state: GameState, step: ReplayStep): string | undefined {
  if (step.by === 'facilitator') return injectEventInPlace(state, step.request)?.message;
  return applyMoveInPlace(state, step.move)?.message;
}

/** The start of a timeline: the initial state (copied: the caller's stays as it was), no step yet. */
export function startTimeline(initial: GameState, steps: readonly ReplayStep[]): Timeline {
  return { states: [cloneState(initial)], steps: [...steps], stopped: undefined };
}

/** Whether every step has been applied, or the replay stopped at one the rules refused. */
export const timelineDone = (timeline: Timeline): boolean =>
  timeline.stopped !== undefined || timeline.states.length > timeline.steps.length;

/**
 * Applies up to `count` more steps, each to a copy of the state before it (so the page can build a long
 * game a slice at a time, never holding a frame). Mutates and returns `timeline`.
 */
export function extendTimeline(timeline: Timeline, count: number): Timeline {
  for (let done = 0; done < count && !timelineDone(timeline); done++) {
    const index = timeline.states.length - 1;
    const step = timeline.steps[index];
    const before = timeline.states[index];
    if (!step || !before) break;
    const next = cloneState(before);
    const why = applyStep(next, step);
    if (why !== undefined) {
      timeline.stopped = { step: index, message: why };
      break;
    }
    timeline.states.push(next);
  }
  return timeline;
}

/** The whole timeline at once. */
export function buildTimeline(initial: GameState, steps: readonly ReplayStep[]): Timeline {
  return extendTimeline(startTimeline(initial, steps), steps.length);
}
