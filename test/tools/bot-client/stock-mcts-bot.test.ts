import { describe, expect, it } from 'vitest';
import type { Move } from '../../../rules/index.ts';
import {
  applyMoveInPlace,
  createGame,
  legalMovesFromView,
  observe,
  sidesToMove,
  whyIllegal,
} from '../../../rules/index.ts';
import { loadDecider } from '../../../tools/bot-client/decider.ts';

/**
 * docs/examples/stock-mcts-bot.ts: boardgame.io's own MCTSBot deciding from a seat's view (docs/BOTS.md,
 * RULEBOOK §15: a seat sees its own hand, never the rival's). Loaded as `--bot` loads it and played
 * against the rules here, so the example cannot rot; issue 14's tournament plays it through a server.
 */

const examplePath = './docs/examples/stock-mcts-bot.ts';

describe('the stock MCTSBot example bot', () => {
  it('plays a whole game on both seats from their views, every move one the rules accept', async () => {
    const { decide } = await loadDecider(examplePath, 'unused');
    const state = createGame({ scenarioId: 'baseline-2025', seed: 'stock-mcts' });
    let notFirst = 0;
    const sidesMoved = new Set<string>();
    for (let made = 0; made < 2000 && !state.result; made++) {
      const side = sidesToMove(state)[0];
      if (!side) throw new Error('no side to move before the game is over');
      const view = observe(state, side);
      const legal = legalMovesFromView(view);
      const move: Move = await decide(view, legal);
      expect(legal, `decision ${made}`).toContain(move);
      expect(whyIllegal(state, move), `decision ${made}: ${JSON.stringify(move)}`).toBeUndefined();
      if (move !== legal[0]) notFirst++;
      sidesMoved.add(side);
      // The same view gets the same move: the search is seeded from the position.
      if (made % 10 === 0) expect(await decide(observe(state, side), legalMovesFromView(view))).toEqual(move);
      expect(applyMoveInPlace(state, move)).toBeUndefined();
    }
    expect(state.result).not.toBeNull();
    expect([...sidesMoved].sort()).toEqual(['china', 'us']);
    // It searches: a bot that fell back to the first legal move every time would not pass.
    expect(notFirst).toBeGreaterThan(0);
  });
});
