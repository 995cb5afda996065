import type { ActionShape, Game, State } from 'boardgame.io';
import { CreateGameReducer, InitializeGame, ProcessGameConfig } from 'boardgame.io/internal';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { GameState } from '../../rules/index.ts';
import { legalMoves, playerIdBySide, SiliconCurtain, sidesToMove } from '../../rules/index.ts';
import type { RngState } from '../../rules/rng.ts';
import { nextInt, seedRng } from '../../rules/rng.ts';
import { encodeState } from '../../server/storage/state-codec.ts';
import { StateEncoder } from '../../server/storage/state-encoder.ts';

// The server's way: boardgame.io's reducer holds the state, so G's unchanged entries are shared.
const game = ProcessGameConfig(SiliconCurtain as Game);
const reduce = CreateGameReducer({ game, isClient: false });

const startMatch = (seed: string): State => InitializeGame({ game, numPlayers: 2, setupData: { seed } });

/** The state after one random legal move of one of the sides to move; undefined once the game is over. */
function step(state: State, rng: RngState): State | undefined {
  if (state.ctx.gameover !== undefined) return undefined;
  const G = state.G as GameState;
  const side = sidesToMove(G)[nextInt(rng, sidesToMove(G).length)];
  if (!side) return undefined;
  const moves = legalMoves(G, side);
  const move = moves[nextInt(rng, moves.length)];
  if (!move) return undefined;
  const { type, side: _side, ...fields } = move;
  const action: ActionShape.MakeMove = {
    type: 'MAKE_MOVE',
    payload: { type, args: [fields], playerID: playerIdBySide[side] },
  };
  const next = reduce(state, action);
  if (next.transients?.error) throw new Error(`boardgame.io refused ${type}`);
  return next;
}

const withG = (G: unknown, stateID: number): State =>
  ({ G, ctx: { turn: 1 }, plugins: {}, _stateID: stateID, deltalog: [] }) as unknown as State;

describe('StateEncoder', () => {
  it('writes exactly what encodeState writes, move after move, for interleaved matches it keeps or evicts', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 ** 31 - 1 }),
        fc.integer({ min: 1, max: 3 }),
        (seed, capacity) => {
          const rng = seedRng(String(seed));
          const encoder = new StateEncoder(capacity);
          const states = new Map(['a', 'b', 'c'].map((id) => [id, startMatch(`${seed}:${id}`)]));
          let compared = 0;
          while (states.size > 0) {
            const ids = [...states.keys()];
            const id = ids[nextInt(rng, ids.length)] ?? 'a';
            const next = step(states.get(id) as State, rng);
            if (next === undefined) {
              states.delete(id);
              continue;
            }
            states.set(id, next);
            expect(encoder.encode(id, next)).toBe(encodeState(next));
            compared++;
          }
          // Whole games: the log and history grew over many moves, and the last states hold gameover.
          expect(compared).toBeGreaterThan(150);
        },
      ),
      { numRuns: 4 },
    );
  });

  it('encodes arrays that did not just grow (an entry replaced, fewer entries, no base) in full', () => {
    const encoder = new StateEncoder();
    const first = { round: 1, text: 'one' };
    const second = { round: 1, text: 'two' };
    const sequence = [
      { params: {}, log: [first], history: [] },
      { params: {}, log: [first, second], history: [] },
      { params: {}, log: [first, { round: 1, text: 'edited' }], history: [first] },
      { params: {}, log: [first], history: [first] },
      { params: {}, log: [], history: [first, second], extra: undefined },
      { params: {}, log: 'not an array', history: [first, second, second] },
    ];
    sequence.forEach((G, index) => {
      const state = withG(G, index + 1);
      expect(encoder.encode('m', state)).toBe(encodeState(state));
    });
    // The same array object again, and then with an entry pushed onto it in place.
    const log = [first, second];
    expect(encoder.encode('n', withG({ params: {}, log }, 1))).toBe(
      encodeState(withG({ params: {}, log }, 1)),
    );
    expect(encoder.encode('n', withG({ params: {}, log }, 2))).toBe(
      encodeState(withG({ params: {}, log }, 2)),
    );
    log.push({ round: 2, text: 'three' });
    expect(encoder.encode('n', withG({ params: {}, log }, 3))).toBe(
      encodeState(withG({ params: {}, log }, 3)),
    );
  });

  it('leaves states it does not know the shape of to encodeState', () => {
    const encoder = new StateEncoder();
    for (const G of [[1, 2], { round: 2 }, null])
      expect(encoder.encode('m', withG(G, 1))).toBe(encodeState(withG(G, 1)));
  });
});
