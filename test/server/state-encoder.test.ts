import type { State } from 'boardgame.io';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nextInt, seedRng } from '../../rules/rng.ts';
import { randomGameStates } from '../../tools/sim/bgio-replay.ts';
import { encodeState } from '../../server/storage/state-codec.ts';
import { StateEncoder } from '../../server/storage/state-encoder.ts';

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
          // The server's states: boardgame.io's reducer holds them, so G's unchanged entries are shared.
          const games = ['a', 'b', 'c'].map((id) => ({
            id,
            states: randomGameStates(`${seed}:${id}`),
            next: 1,
          }));
          let compared = 0;
          for (
            let live = games;
            live.length > 0;
            live = live.filter((game) => game.next < game.states.length)
          ) {
            const game = live[nextInt(rng, live.length)];
            const state = game?.states[game.next];
            if (!game || !state) break;
            game.next++;
            expect(encoder.encode(game.id, state)).toBe(encodeState(state));
            compared++;
          }
          // Whole games: every state of each was encoded, the last ones holding the game's result.
          expect(compared).toBe(games.reduce((sum, game) => sum + game.states.length - 1, 0));
          for (const game of games)
            expect((game.states.at(-1)?.G as { result: unknown }).result).not.toBeNull();
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
    // A G that encodes itself (toJSON) has no placeholders to splice into: the plain encoding, twice
    // (the second time the match is known and the splicing path is tried).
    const selfEncoding = { params: {}, log: [1], history: [], toJSON: () => ({ round: 3 }) };
    for (const stateID of [1, 2])
      expect(encoder.encode('self', withG(selfEncoding, stateID))).toBe(
        encodeState(withG(selfEncoding, stateID)),
      );
  });
});
