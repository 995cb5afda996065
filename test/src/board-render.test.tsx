import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { BoardProps } from 'boardgame.io/react';
import type { Ctx } from 'boardgame.io';
import type { GameState, PlayerView, Viewer } from '../../rules/index.ts';
import { applyMoveInPlace, createGame, legalMoves, observe } from '../../rules/index.ts';
import { RULES_VERSION } from '../../rules/version.ts';
import { Board } from '../../src/board/board.tsx';

/** Server-side rendering in node (no DOM needed): the board renders every kind of view without throwing. */
function props(view: PlayerView, playerID: string | null): BoardProps<PlayerView> {
  const ctx = {
    numPlayers: 2,
    turn: 1,
    currentPlayer: '0',
    playOrder: ['0', '1'],
    playOrderPos: 0,
    phase: 'headline',
    activePlayers: null,
  } as unknown as Ctx;
  const noop = (): void => undefined;
  return {
    G: view,
    ctx,
    moves: {},
    events: {},
    log: [],
    plugins: {},
    _undo: [],
    _redo: [],
    _stateID: 1,
    deltalog: [],
    isActive: true,
    isConnected: true,
    isMultiplayer: true,
    matchID: 'm1',
    playerID,
    credentials: undefined,
    matchData: [
      { id: 0, name: 'Ada', isConnected: true },
      { id: 1, name: 'Bo', isConnected: false },
    ],
    sendChatMessage: noop,
    chatMessages: [],
    reset: noop,
    undo: noop,
    redo: noop,
  } as unknown as BoardProps<PlayerView>;
}

/** What the board gate hands the board for a match of these rules with no clock and no bot seat. */
const currentRulesSetup = {
  answered: true,
  setupData: null,
  rulesVersion: RULES_VERSION,
  closedReason: undefined,
};

const render = (state: GameState, viewer: Viewer): string =>
  renderToString(
    <Board
      {...props(observe(state, viewer), viewer === 'us' ? '0' : viewer === 'china' ? '1' : null)}
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
