import type { ActionShape, Game, State } from 'boardgame.io';
import { CreateGameReducer, ProcessGameConfig } from 'boardgame.io/internal';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { GameState } from '../../rules/index.ts';
import { legalMoves, playerIdBySide, SiliconCurtain, sidesToMove } from '../../rules/index.ts';
import { fastMakeMove } from '../../server/authority/fast-move.ts';
import { randomGameStates } from '../../tools/sim/bgio-replay.ts';
import { withoutDeltalog } from '../../server/storage/state-codec.ts';

const reduce = CreateGameReducer({ game: ProcessGameConfig(SiliconCurtain as Game), isClient: false });

/** boardgame.io's answer, the way the authority asks (its own ctx: the reducer counts moves in place). */
const stock = (state: State, action: ActionShape.MakeMove): State =>
  reduce({ ...state, ctx: structuredClone(state.ctx) }, action);

const makeMove = (type: string, fields: unknown, playerID: string): ActionShape.MakeMove => ({
  type: 'MAKE_MOVE',
  payload: { type, args: [fields], playerID },
});

describe('fastMakeMove: boardgame.io reducer, byte for byte', () => {
  it('every move of random whole games (both phases, turn passes, round ends, game ends)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), (seed) => {
        const states = randomGameStates(String(seed));
        for (let index = 1; index < states.length; index++) {
          const before = withoutDeltalog(states[index - 1] as State);
          const action = states[index]?.deltalog?.[0]?.action as ActionShape.MakeMove;
          const untouched = JSON.stringify(before);
          const fast = fastMakeMove(before, action);
          expect(fast, `move ${index} of game ${seed}`).toBeDefined();
          expect(JSON.stringify(fast)).toBe(JSON.stringify(stock(before, action)));
          // The state moved from is the state cache's entry and the base of patches: never changed.
          expect(JSON.stringify(before)).toBe(untouched);
        }
        expect(states.at(-1)?.ctx.gameover).toBeDefined();
      }),
      { numRuns: 40 },
    );
  });

  it('leaves to boardgame.io what it does not model: an inactive seat, a kernel refusal, an unknown move, a finished game', () => {
    const states = randomGameStates('refusals');
    const action = states.find((state) => state.ctx.phase === 'action' && state.ctx.numMoves === 0);
    if (!action) throw new Error('no action phase');
    const state = withoutDeltalog(action);
    const G = state.G as GameState;
    const side = sidesToMove(G)[0];
    if (!side) throw new Error('nobody to move');
    const { type, side: _side, ...fields } = legalMoves(G, side)[0] ?? { type: 'endTurn', side };
    const mover = playerIdBySide[side];
    const other = mover === '0' ? '1' : '0';
    expect(fastMakeMove(state, makeMove(type, fields, mover))).toBeDefined();
    expect(fastMakeMove(state, makeMove(type, fields, other))).toBeUndefined();
    expect(
      fastMakeMove(state, makeMove('chooseHeadline', { cardId: 'no-such-card' }, mover)),
    ).toBeUndefined();
    expect(fastMakeMove(state, makeMove('noSuchMove', {}, mover))).toBeUndefined();
    expect(fastMakeMove(state, makeMove(type, fields, '2'))).toBeUndefined();
    const over = withoutDeltalog(states.at(-1) as State);
    expect(fastMakeMove(over, makeMove(type, fields, mover))).toBeUndefined();
    const strange = { ...state, ctx: { ...state.ctx, _activePlayersMaxMoves: { '0': 1 } } };
    expect(fastMakeMove(strange, makeMove(type, fields, mover))).toBeUndefined();
  });
});
