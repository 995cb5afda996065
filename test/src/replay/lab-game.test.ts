import { describe, expect, it } from 'vitest';
import { fingerprint } from '../../../rules/index.ts';
import { playRow } from '../../../server/games/game-row.ts';
import { playGame } from '../../../server/games/play-game.ts';
import { playLabGame } from '../../../src/replay/lab-game.ts';
import { labInitialState } from '../../../src/replay/lab-setup.ts';
import { buildTimeline } from '../../../src/replay/timeline.ts';

/** The browser's copy of the lab's game loop must play the very games the lab recorded. */
describe("a balance-lab game played again in the browser's worker", () => {
  it.each([
    ['random', 'random', {}],
    ['greedy', 'random', { 'calendar.roundCount': 4 }],
  ] as const)('plays the moves the lab played (%s vs %s)', (us, china, overrides) => {
    const game = { scenarioId: 'baseline-2025', seed: 't:3', us, china, overrides };
    const lab = playGame({ ...game }, { recordMoves: true });
    expect(playLabGame(game)).toEqual(lab.moves);
  });

  it("replays to the fingerprint of the lab's games.jsonl row", () => {
    const options = { games: 1, seed: 'row', scenarioId: 'compressed-2027', us: 'greedy', china: 'greedy' };
    const row = playRow(options, 0);
    const game = {
      scenarioId: 'compressed-2027',
      seed: row.seed,
      us: row.us,
      china: row.china,
      overrides: {},
    };
    const moves = playLabGame(game);
    expect(moves).toHaveLength(row.moves);
    const timeline = buildTimeline(
      labInitialState(game),
      moves.map((move) => ({ by: move.side, move })),
    );
    expect(timeline.stopped).toBeUndefined();
    expect(fingerprint(timeline.states.at(-1))).toBe(row.fingerprint);
  });

  it('refuses a bot of the other side, or one it does not know, before playing', () => {
    const game = { scenarioId: 'baseline-2025', seed: 'x', us: 'greedy', china: 'greedy', overrides: {} };
    expect(() => playLabGame({ ...game, us: 'china-self-reliance' })).toThrow('plays China, not this side');
    expect(() => playLabGame({ ...game, china: 'clever' })).toThrow('unknown bot "clever"');
  });

  it('reports its progress while the bots play', () => {
    const seen: number[] = [];
    const moves = playLabGame(
      { scenarioId: 'baseline-2025', seed: 'p', us: 'random', china: 'random', overrides: {} },
      (count) => seen.push(count),
    );
    expect(seen.length).toBe(Math.floor(moves.length / 10));
    expect(seen.at(-1)).toBeLessThanOrEqual(moves.length);
  });
});
