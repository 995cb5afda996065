import { describe, expect, it } from 'vitest';
import type { GameState, Move, Side } from '../../rules/index.ts';
import {
  applyMoveInPlace,
  cardById,
  createGame,
  legalMoves,
  observe,
  sidesToMove,
} from '../../rules/index.ts';
import { legalMovesFromView } from '../../rules/index.ts';
import { actionMenu, cardUseHints } from '../../src/board/hints.ts';
import { isViewerToMove, turnStatus } from '../../src/board/status.ts';

const key = (move: Move): string => JSON.stringify(move);

/** Plays `steps` moves, always the `pick`-th legal move of the first side to move, calling `visit` before each. */
function walk(state: GameState, steps: number, visit: (state: GameState) => void): void {
  for (let step = 0; step < steps && !state.result; step += 1) {
    visit(state);
    const side = sidesToMove(state)[0];
    if (!side) return;
    const moves = legalMoves(state, side);
    const move = moves[(step * 7) % moves.length];
    if (!move) return;
    expect(applyMoveInPlace(state, move)).toBeUndefined();
  }
}

describe('client-side move hints from a seat view', () => {
  it('agree with the kernel on the full state, for both seats, through a game', () => {
    const state = createGame({ seed: 'client-hints' });
    let checked = 0;
    walk(state, 150, (current) => {
      for (const side of ['us', 'china'] as const) {
        const fromView = legalMovesFromView(observe(current, side)).map(key).sort();
        expect(fromView).toEqual(legalMoves(current, side).map(key).sort());
        checked += 1;
      }
      expect(legalMovesFromView(observe(current, 'spectator'))).toEqual([]);
    });
    expect(checked).toBeGreaterThan(100);
  });

  it('enables exactly the card buttons and ops options that are legal', () => {
    const state = createGame({ seed: 'client-buttons' });
    let sawRivalCard = false;
    let sawOps = false;
    walk(state, 150, (current) => {
      if (current.phase !== 'action') return;
      const side: Side = current.activeSide;
      const view = observe(current, side);
      const legal = new Set(legalMoves(current, side).map(key));
      if (!current.ops) {
        for (const cardId of view.hand) {
          for (const hint of cardUseHints(view, cardId)) {
            const move: Move = { type: 'playCard', side, cardId, use: hint.use };
            expect(hint.reason === '').toBe(legal.has(key(move)));
            if (
              hint.use === 'event' &&
              cardById(cardId).owner !== side &&
              cardById(cardId).owner !== 'neutral'
            ) {
              sawRivalCard = true;
              expect(hint.reason).not.toBe('');
            }
          }
        }
        return;
      }
      sawOps = true;
      for (const entry of actionMenu(view)) {
        for (const option of entry.options) {
          const move: Move = { type: 'takeAction', side, action: entry.action };
          if (option.node) move.node = option.node;
          if (option.track) move.track = option.track;
          expect(option.reason === '').toBe(legal.has(key(move)));
        }
      }
    });
    expect(sawRivalCard).toBe(true);
    expect(sawOps).toBe(true);
  });

  it('offers each side only its own menu', () => {
    const state = createGame({ seed: 'menus' });
    const us = actionMenu(observe(state, 'us')).map((entry) => entry.action);
    const china = actionMenu(observe(state, 'china')).map((entry) => entry.action);
    expect(us).toContain('tightenControls');
    expect(us).not.toContain('retaliate');
    expect(china).toContain('retaliate');
    expect(china).not.toContain('tightenControls');
    expect(actionMenu(observe(state, 'spectator'))).toEqual([]);
  });

  it('says whose move it is', () => {
    const state = createGame({ seed: 'status' });
    expect(turnStatus(observe(state, 'us'))).toMatch(/choose your headline/);
    expect(turnStatus(observe(state, 'spectator'))).toMatch(/waiting for US and China/);
    expect(isViewerToMove(observe(state, 'china'))).toBe(true);
    expect(isViewerToMove(observe(state, 'spectator'))).toBe(false);
  });
});
