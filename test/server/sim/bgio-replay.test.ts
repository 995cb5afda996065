import { describe, expect, it } from 'vitest';
import { fingerprint } from '../../../rules/index.ts';
import { replayThroughBgio } from '../../../server/sim/bgio-replay.ts';
import { playGame } from '../../../server/sim/play-game.ts';

describe("the bench's boardgame.io baseline", () => {
  it("reaches the kernel's final state through boardgame.io's reducer", () => {
    for (const seed of ['bgio:0', 'bgio:1']) {
      const setup = { scenarioId: 'baseline-2025', seed, us: 'random', china: 'random' };
      const played = playGame(setup, { recordMoves: true });
      const finalG = replayThroughBgio({ scenarioId: setup.scenarioId, seed, moves: played.moves ?? [] });
      expect(fingerprint(finalG)).toBe(fingerprint(played.state));
    }
  });
});
