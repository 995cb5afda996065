import type { BoardProps } from 'boardgame.io/react';
import type { Ctx } from 'boardgame.io';
import type { PlayerView } from '../../rules/index.ts';
import { RULES_VERSION } from '../../rules/version.ts';
import type { MatchSetup } from '../../src/board/use-match-setup.ts';

/** What boardgame.io hands the board of a seat (or a spectator: `playerID` null), for rendering in node. */
export function boardProps(view: PlayerView, playerID: string | null): BoardProps<PlayerView> {
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

/** What the board gate hands the board for a match of these rules, with the given public setup. */
export function matchSetupWith(setupData: unknown): MatchSetup {
  return {
    answered: true,
    setupData,
    rulesVersion: RULES_VERSION,
    closedReason: undefined,
  };
}
