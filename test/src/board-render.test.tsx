import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { GameState, Viewer } from '../../rules/index.ts';
import { applyMoveInPlace, createGame, legalMoves, observe } from '../../rules/index.ts';
import { Board } from '../../src/board/board.tsx';
import { boardProps, matchSetupWith } from './board-props.ts';

/** Server-side rendering in node (no DOM needed): the board renders every kind of view without throwing. */
const currentRulesSetup = matchSetupWith(null);

const render = (state: GameState, viewer: Viewer): string =>
  renderToString(
    <Board
      {...boardProps(observe(state, viewer), viewer === 'us' ? '0' : viewer === 'china' ? '1' : null)}
      matchSetup={currentRulesSetup}
    />,
  );

describe('board rendering', () => {
  it('shows a seat its hand and headline buttons, a spectator no hand', () => {
    const state = createGame({ seed: 'render' });
    const us = render(state, 'us');
    expect(us).toContain('Your hand');
    expect(us).toContain('Headline');
    expect(us).toContain('Compute lead');
    expect(us).toContain('How to win');
    expect(us).toContain('supply chain');
    const spectator = render(state, 'spectator');
    expect(spectator).not.toContain('Your hand');
    expect(spectator).toContain('Watching');
    expect(spectator).toContain('Domestic EUV');
  });

  it('shows the ops menu and the result banner', () => {
    const state = createGame({ seed: 'render-ops' });
    for (const side of ['us', 'china'] as const) {
      const headline = legalMoves(state, side)[0];
      if (headline) applyMoveInPlace(state, headline);
    }
    const side = state.activeSide;
    const opsMove = legalMoves(state, side).find((move) => move.type === 'playCard' && move.use === 'ops');
    expect(opsMove).toBeDefined();
    if (opsMove) applyMoveInPlace(state, opsMove);
    if (!state.result) expect(render(state, side)).toContain('End turn');
    state.result = { winner: 'china', reason: 'selfReliance', round: state.round };
    expect(render(state, 'spectator')).toContain('China wins in round');
  });
});
