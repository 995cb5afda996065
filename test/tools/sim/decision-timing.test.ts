import { describe, expect, it } from 'vitest';
import { createGame, legalMoves, sidesToMove } from '../../../rules/index.ts';
import { timeDecisions } from '../../../tools/sim/decision-timing.ts';

describe("the bench's decision timing", () => {
  it("times only the named bot's real choices and plays the game to its end", () => {
    const setup = { scenarioId: 'baseline-2025', seed: 'timing:0', us: 'mcts:5', china: 'random' };
    const timing = timeDecisions([setup], 'mcts:5');
    expect(timing).toMatchObject({ bot: 'mcts:5', games: 1 });
    expect(timing.decisions).toBeGreaterThan(10);
    expect(timing.medianMs).toBeGreaterThan(0);
    expect(timing.p95Ms).toBeGreaterThanOrEqual(timing.medianMs);
    // The US has a real choice at its first headline: at least that one is timed, and a game has
    // fewer real choices for one side than moves in all.
    const state = createGame({ scenarioId: setup.scenarioId, seed: setup.seed });
    expect(legalMoves(state, sidesToMove(state)[0] ?? 'us').length).toBeGreaterThan(1);
    expect(timeDecisions([setup], 'greedy').decisions).toBe(0);
  });
});
