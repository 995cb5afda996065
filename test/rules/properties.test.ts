import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FigureChange, GameState, Move, Side, Viewer } from '../../rules/index.ts';
import {
  actionIds,
  applyMove,
  applyMoveInPlace,
  cards,
  cloneState,
  createGame,
  figureChangesBetween,
  figureIds,
  fingerprint,
  legalMoves,
  moveTypes,
  nodes,
  observe,
  rejectionCodes,
  researchTracks,
  rivalOf,
  scenarios,
  sidesToMove,
} from '../../rules/index.ts';
import { seedRng } from '../../rules/rng.ts';
import { checkInvariants, pick, playRandomGame, playRandomMove } from './helpers.ts';

/** Property tests over random games (RULEBOOK §2, §3, §15). */

const gameSeed = fc.oneof(fc.string({ maxLength: 12 }), fc.integer());
const chooserSeed = fc.string({ maxLength: 12 });
const scenarioId = fc.constantFrom(...scenarios.map((s) => s.id));
const cardIds = cards.map((card) => card.id);

/** Random junk and near-misses: wrong types, unknown values, extra fields, real cards for the wrong side. */
const junkMove: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything(),
  fc.record(
    {
      type: fc.constantFrom(...moveTypes, 'resign', ''),
      side: fc.constantFrom('us', 'china', 'spectator', 0),
      cardId: fc.oneof(fc.constantFrom(...cardIds), fc.string()),
      use: fc.constantFrom('event', 'ops', 'both'),
      action: fc.constantFrom(...actionIds, 'win'),
      node: fc.constantFrom(...nodes, 'n1'),
      track: fc.constantFrom(...researchTracks, 'fusion'),
      extra: fc.anything(),
    },
    { requiredKeys: ['type', 'side'] },
  ),
);

function playChoices(seed: string | number, chooser: string, scenario = 'baseline-2025'): string[] {
  const state = createGame({ seed, scenarioId: scenario });
  const prints = [fingerprint(state)];
  playRandomGame(state, chooser, (s) => prints.push(fingerprint(s)));
  return prints;
}

describe('determinism (RULEBOOK §2)', () => {
  it('the same seed and the same choices give the same game, move by move (RULEBOOK §2)', () => {
    fc.assert(
      fc.property(gameSeed, chooserSeed, scenarioId, (seed, chooser, scenario) => {
        expect(playChoices(seed, chooser, scenario)).toEqual(playChoices(seed, chooser, scenario));
      }),
      { numRuns: 15 },
    );
  });

  it('the immutable applyMove and the in-place kernel play the same game (RULEBOOK §3)', () => {
    fc.assert(
      fc.property(gameSeed, chooserSeed, (seed, chooser) => {
        let immutable = createGame({ seed });
        const inPlace = createGame({ seed });
        const rng = seedRng(chooser);
        while (!inPlace.result) {
          const side = sidesToMove(inPlace)[0];
          if (side === undefined) break;
          const move = pick(rng, legalMoves(inPlace, side));
          expect(applyMoveInPlace(inPlace, move)).toBeUndefined();
          const next = applyMove(immutable, move);
          if (!next.ok) throw new Error(next.rejection.message);
          immutable = next.state;
        }
        expect(fingerprint(immutable)).toBe(fingerprint(inPlace));
      }),
      { numRuns: 5 },
    );
  });

  it('different seeds deal different decks (RULEBOOK §2)', () => {
    const decks = new Set(['a', 'b', 'c', 'd'].map((seed) => createGame({ seed }).deck.join()));
    expect(decks.size).toBe(4);
  });
});

describe('every legal move keeps the state valid (RULEBOOK §2–§14)', () => {
  it('random legal play never breaks an invariant (RULEBOOK §2)', () => {
    fc.assert(
      fc.property(gameSeed, chooserSeed, scenarioId, (seed, chooser, scenario) => {
        const state = createGame({ seed, scenarioId: scenario });
        expect(checkInvariants(state)).toEqual([]);
        playRandomGame(state, chooser, (s, move) => {
          const problems = checkInvariants(s);
          if (problems.length > 0) throw new Error(`after ${JSON.stringify(move)}: ${problems.join('; ')}`);
        });
      }),
      { numRuns: 40 },
    );
  });

  it('random play always ends with a result by the last round, in every scenario (RULEBOOK §14)', () => {
    fc.assert(
      fc.property(gameSeed, chooserSeed, scenarioId, (seed, chooser, scenario) => {
        const state = createGame({ seed, scenarioId: scenario });
        const paramsAtStart = JSON.stringify(state.params);
        playRandomGame(state, chooser);
        // The parameters are fixed at set-up: the server stores them once, with the initial state.
        expect(JSON.stringify(state.params)).toBe(paramsAtStart);
        expect(state.result).not.toBeNull();
        expect(state.result?.round).toBeLessThanOrEqual(state.params.calendar.roundCount);
        expect(state.round).toBeLessThanOrEqual(state.params.calendar.roundCount);
        expect(state.phase).toBe('over');
        expect(sidesToMove(state)).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });

  it.each(scenarios.map((s) => s.id))(
    'scenario %s reaches a result under random play (RULEBOOK §14)',
    (id) => {
      for (const chooser of ['x', 'y', 'z']) {
        const state = createGame({ seed: `${id}-${chooser}`, scenarioId: id });
        playRandomGame(state, chooser);
        expect(state.result).not.toBeNull();
        expect(state.round).toBeLessThanOrEqual(state.params.calendar.roundCount);
      }
    },
  );
});

/** Plays `steps` random legal moves from a new game. */
function midGame(seed: string | number, chooser: string, steps: number): GameState {
  const state = createGame({ seed });
  const rng = seedRng(chooser);
  for (let i = 0; i < steps && !state.result; i++) playRandomMove(state, rng);
  return state;
}

function expectRejectedUntouched(state: GameState, input: unknown): void {
  const before = fingerprint(state);
  const probe = cloneState(state);
  let result: ReturnType<typeof applyMove> | undefined;
  expect(() => (result = applyMove(probe, input))).not.toThrow();
  if (result && !result.ok) {
    expect(rejectionCodes).toContain(result.rejection.code);
    expect(fingerprint(probe)).toBe(before);
    const inPlace = cloneState(state);
    expect(applyMoveInPlace(inPlace, input)?.code).toBe(result.rejection.code);
    expect(fingerprint(inPlace)).toBe(before);
  } else {
    // The junk happened to be a legal move: then it must be one the kernel offers.
    const side = (input as { side: Side }).side;
    expect(legalMoves(state, side).map((m) => fingerprint(m))).toContain(fingerprint(input));
  }
}

describe('illegal and malformed moves (RULEBOOK §3)', () => {
  it('junk is rejected with a known code, never throws, and changes nothing (RULEBOOK §3)', () => {
    fc.assert(
      fc.property(
        gameSeed,
        chooserSeed,
        fc.nat({ max: 250 }),
        fc.array(junkMove, { minLength: 1, maxLength: 25 }),
        (seed, chooser, steps, junk) => {
          const state = midGame(seed, chooser, steps);
          for (const input of junk) expectRejectedUntouched(state, input);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('a legal move for the wrong side or with a card not in hand is rejected (RULEBOOK §3)', () => {
    fc.assert(
      fc.property(gameSeed, chooserSeed, fc.nat({ max: 250 }), (seed, chooser, steps) => {
        const state = midGame(seed, chooser, steps);
        const side = sidesToMove(state)[0];
        if (side === undefined) return;
        const notHeld = cardIds.filter((id) => !state.hands[side].includes(id));
        for (const move of legalMoves(state, side)) {
          if (state.phase === 'action') {
            const wrongSide: Move = { ...move, side: rivalOf(side) };
            const result = applyMove(cloneState(state), wrongSide);
            expect(result.ok ? 'ok' : result.rejection.code).toBe('notYourTurn');
          }
          if (move.type === 'chooseHeadline' || move.type === 'playCard') {
            for (const cardId of notHeld.slice(0, 3)) {
              const result = applyMove(cloneState(state), { ...move, cardId });
              expect(result.ok ? 'ok' : result.rejection.code).toBe('cardNotInHand');
            }
          }
        }
      }),
      { numRuns: 40 },
    );
  });
});

/** The ids a viewer must not see: the rival's hand and unrevealed headline, the deck, and for a spectator both hands. */
function secretIds(state: GameState, viewer: Viewer): string[] {
  const hidden: string[] = [...state.deck];
  for (const side of ['us', 'china'] as const) {
    if (side === viewer) continue;
    hidden.push(...state.hands[side]);
    const headline = state.headlines[side];
    if (headline !== null) hidden.push(headline);
  }
  return hidden;
}

describe('hidden information (RULEBOOK §15)', () => {
  it('a view never shows the rival’s cards, the deck or the PRNG (RULEBOOK §15)', () => {
    fc.assert(
      fc.property(gameSeed, chooserSeed, (seed, chooser) => {
        const state = createGame({ seed });
        const check = (s: GameState): void => {
          for (const viewer of ['us', 'china', 'spectator'] as const) {
            const view = observe(s, viewer);
            const json = JSON.stringify(view);
            for (const id of secretIds(s, viewer)) expect(json).not.toContain(`"${id}"`);
            expect(json).not.toContain('"rng"');
            expect(json).not.toContain('"deck"');
            expect(view.deckCount).toBe(s.deck.length);
            expect(view.handCounts).toEqual({ us: s.hands.us.length, china: s.hands.china.length });
            if (viewer === 'spectator') {
              expect(view.hand).toEqual([]);
              expect(view.ownHeadline).toBeNull();
            } else {
              expect(view.hand).toEqual(s.hands[viewer]);
              expect(view.ownHeadline).toBe(s.headlines[viewer]);
            }
          }
        };
        check(state);
        playRandomGame(state, chooser, check);
      }),
      { numRuns: 15 },
    );
  });

  it('the log’s effects hold public figures only, each step’s taking every figure from view to view (RULEBOOK §15)', () => {
    fc.assert(
      fc.property(gameSeed, chooserSeed, (seed, chooser) => {
        const state = createGame({ seed });
        let previous = cloneState(state);
        playRandomGame(state, chooser, (s) => {
          const added = s.log.slice(previous.log.length).flatMap((entry) => entry.effects ?? []);
          for (const change of added) {
            expect(Object.keys(change).every((key) => effectKeys.has(key))).toBe(true);
            expect(figureIds).toContain(change.figure);
          }
          // Chained in order, the step's effects explain exactly the change between the two public views,
          // as the log keeps figures (six significant digits): nothing in them could come from a hand, the
          // deck or the PRNG.
          const composed = new Map<string, { before: number; after: number }>();
          for (const change of added) {
            const seen = composed.get(changeKey(change));
            if (seen) {
              expect(change.before).toBe(seen.after);
              seen.after = change.after;
            } else composed.set(changeKey(change), { before: change.before, after: change.after });
          }
          const direct = figureChangesBetween(observe(previous, 'spectator'), observe(s, 'spectator'));
          for (const change of direct) {
            const recorded = composed.get(changeKey(change));
            if (logged(change.before) !== logged(change.after))
              expect(recorded, `${changeKey(change)} changed unrecorded`).toBeDefined();
            if (recorded) {
              expect(recorded.before).toBe(logged(change.before));
              expect(recorded.after).toBe(logged(change.after));
            }
            composed.delete(changeKey(change));
          }
          for (const net of composed.values()) expect(net.after).toBe(net.before);
          previous = cloneState(s);
        });
      }),
      { numRuns: 15 },
    );
  });
});

/** What the log keeps of a figure. */
const logged = (value: number): number => Number(value.toPrecision(6));
const effectKeys = new Set(['side', 'figure', 'before', 'after', 'fabId', 'node', 'track']);
const changeKey = (change: FigureChange): string =>
  `${String(change.side)}:${change.figure}:${String(change.fabId ?? '')}:${change.track ?? ''}`;
