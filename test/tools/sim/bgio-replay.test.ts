import { describe, expect, it } from 'vitest';
import { fingerprint } from '../../../rules/index.ts';
import { createEngine } from '../../../tools/sim/bench-engines.ts';
import { playThroughBgio, replayThroughBgio } from '../../../tools/sim/bgio-replay.ts';
import { playGame } from '../../../server/games/play-game.ts';

describe("the bench's boardgame.io baseline", () => {
  it("reaches the kernel's final state through boardgame.io's reducer", () => {
    for (const seed of ['bgio:0', 'bgio:1']) {
      const setup = { scenarioId: 'baseline-2025', seed, us: 'random', china: 'random' };
      const played = playGame(setup, { recordMoves: true });
      const finalG = replayThroughBgio({ scenarioId: setup.scenarioId, seed, moves: played.moves ?? [] });
      expect(fingerprint(finalG)).toBe(fingerprint(played.state));
    }
  });

  it('plays the same random game on boardgame.io as on the kernel, move for move', () => {
    for (const seed of ['bgio:2', 'bgio:3']) {
      const setup = { scenarioId: 'taiwan-crisis', seed, us: 'random', china: 'random' };
      const played = playGame(setup);
      const throughBgio = playThroughBgio(setup);
      expect(throughBgio.moveCount).toBe(played.moveCount);
      expect(fingerprint(throughBgio.G)).toBe(fingerprint(played.state));
    }
  });

  it("times both engines on the kernel's recorded games and checks boardgame.io's end states", () => {
    const kernel = createEngine('kernel');
    const bgio = createEngine('bgio');
    const setups = [0, 1, 2].map((i) => ({
      scenarioId: 'baseline-2025',
      seed: `engines:${i}`,
      us: 'random',
      china: 'random',
    }));
    const recorded = kernel({ kind: 'record', setups });
    if (recorded.kind !== 'recorded') throw new Error(`unexpected reply ${recorded.kind}`);
    expect(bgio({ kind: 'load', games: recorded.games }).kind).toBe('ready');
    const moves = recorded.games.reduce((sum, game) => sum + game.moves.length, 0);
    for (const engine of [kernel, bgio]) {
      const reply = engine({ kind: 'games', indices: [0, 1, 2] });
      if (reply.kind !== 'timing') throw new Error(`unexpected reply ${reply.kind}`);
      expect(reply.timing).toMatchObject({ playMoves: moves, replayMoves: moves, matches: true });
    }
    const tampered = recorded.games.map((game) => ({ ...game, fingerprint: '0000000000000000' }));
    bgio({ kind: 'load', games: tampered });
    const reply = bgio({ kind: 'games', indices: [0] });
    expect(reply.kind === 'timing' && reply.timing.matches).toBe(false);
  });
});
