import { describe, expect, it } from 'vitest';
import type { GameState, Move } from '../../../rules/index.ts';
import {
  cards,
  createGame,
  fingerprint,
  injectEvent,
  legalMoves,
  performMove,
  sidesToMove,
  whyNotInjectable,
} from '../../../rules/index.ts';
import type { ReplayStep } from '../../../src/replay/timeline.ts';
import { buildTimeline, extendTimeline, startTimeline, timelineDone } from '../../../src/replay/timeline.ts';

/** A whole game of first legal moves, recorded as steps, with its final state. */
function firstMoveGame(): { initial: GameState; steps: ReplayStep[]; final: GameState } {
  const initial = createGame({ scenarioId: 'compressed-2027', seed: 'timeline' });
  const final = createGame({ scenarioId: 'compressed-2027', seed: 'timeline' });
  const steps: ReplayStep[] = [];
  while (!final.result) {
    const side = sidesToMove(final)[0];
    const move: Move | undefined = side ? legalMoves(final, side)[0] : undefined;
    if (!side || !move) throw new Error('stuck');
    performMove(final, move);
    steps.push({ by: side, move });
  }
  return { initial, steps, final };
}

describe('the timeline of a replay', () => {
  it('holds the state before the first move and after every move, ending on the final state', () => {
    const { initial, steps, final } = firstMoveGame();
    const timeline = buildTimeline(initial, steps);
    expect(timeline.stopped).toBeUndefined();
    expect(timeline.states).toHaveLength(steps.length + 1);
    expect(fingerprint(timeline.states[0])).toBe(fingerprint(initial));
    expect(fingerprint(timeline.states.at(-1))).toBe(fingerprint(final));
    // Each state is its own: the log grows move by move, never shared.
    expect(timeline.states[1]?.log).not.toBe(timeline.states[2]?.log);
  });

  it('leaves the initial state it was given as it was', () => {
    const { initial, steps } = firstMoveGame();
    const before = fingerprint(initial);
    buildTimeline(initial, steps);
    expect(fingerprint(initial)).toBe(before);
  });

  it('built a slice at a time, ends where it ends built at once', () => {
    const { initial, steps } = firstMoveGame();
    const sliced = startTimeline(initial, steps);
    let slices = 0;
    while (!timelineDone(sliced)) {
      extendTimeline(sliced, 7);
      slices++;
    }
    expect(slices).toBe(Math.ceil(steps.length / 7));
    expect(sliced.states.map((state) => fingerprint(state))).toEqual(
      buildTimeline(initial, steps).states.map((state) => fingerprint(state)),
    );
  });

  it('stops before a step the rules refuse, and says which and why', () => {
    const { initial, steps } = firstMoveGame();
    const wrong: ReplayStep = {
      by: 'us',
      move: { type: 'chooseHeadline', side: 'us', cardId: 'no-such-card' },
    };
    const timeline = buildTimeline(initial, [...steps.slice(0, 3), wrong, ...steps.slice(3)]);
    expect(timeline.states).toHaveLength(4);
    expect(timeline.stopped).toEqual({ step: 3, message: expect.any(String) as unknown });
    expect(timelineDone(timeline)).toBe(true);
  });

  it('applies an event a facilitator brought in with the rules’ own injection, and stops at one refused', () => {
    const { initial, steps } = firstMoveGame();
    const request = { cardId: cards[0]?.id ?? '', atRound: 2 };
    const injected = injectEvent(initial, request);
    if (!injected.ok) throw new Error(injected.rejection.message);
    const timeline = buildTimeline(initial, [{ by: 'facilitator', request }]);
    expect(fingerprint(timeline.states[1])).toBe(fingerprint(injected.state));
    const unknown = { cardId: 'no-such-card' };
    const refused = buildTimeline(initial, [{ by: 'facilitator', request: unknown }, ...steps]);
    expect(refused.stopped).toEqual({ step: 0, message: whyNotInjectable(initial, unknown)?.message });
  });
});
