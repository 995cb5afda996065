import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { GameState, InjectionRequest } from '../../rules/index.ts';
import {
  applyMoveInPlace,
  cardById,
  cards,
  cloneState,
  createGame,
  fingerprint,
  injectEvent,
  injectEventInPlace,
  injectionRejectionCodes,
  legalMoves,
  maxPendingInjections,
  observe,
  scenarios,
  sidesToMove,
} from '../../rules/index.ts';
import { seedRng } from '../../rules/rng.ts';
import { cardsInPlay, checkInvariants, newGame, pick, playRandomMove, toActionPhase } from './helpers.ts';

/** Events a facilitator brings in (RULEBOOK §4, "Brought in by the facilitator"; §12; §15). */

function injected(state: GameState, request: InjectionRequest): GameState {
  const result = injectEvent(state, request);
  if (!result.ok) throw new Error(`${result.rejection.code}: ${result.rejection.message}`);
  return result.state;
}

const logTexts = (state: GameState): string[] => state.log.map((entry) => entry.text);

/** The result, read through a call: the compiler's narrowing does not see an in-place change. */
const resultOf = (state: GameState): GameState['result'] => state.result;

/** Plays random moves until the game reaches `round` (or ends). */
function playUntilRound(state: GameState, round: number, chooser: string): void {
  const rng = seedRng(chooser);
  while (state.round < round && !state.result) playRandomMove(state, rng);
}

describe('bringing an event in now (RULEBOOK §4)', () => {
  it("works for the card's owner, is logged as the facilitator's, and leaves every card where it was", () => {
    const state = newGame('inject-owner');
    const before = cloneState(state);
    const card = cardById('chips-and-science-act');
    const after = injected(state, { cardId: card.id });
    expect(after.sides.us.budgetBn).toBeCloseTo(before.sides.us.budgetBn + 8);
    expect(after.sides.us.dependency).toBe(before.sides.us.dependency + 1);
    expect(after.sides.china.budgetBn).toBe(before.sides.china.budgetBn);
    expect(after.log.at(-1)).toEqual({
      round: 1,
      side: null,
      text: 'Brought in by the facilitator: CHIPS and Science Act.',
      effects: [
        {
          side: 'us',
          figure: 'budget',
          before: before.sides.us.budgetBn,
          after: after.sides.us.budgetBn,
        },
        {
          side: 'us',
          figure: 'dependency',
          before: before.sides.us.dependency,
          after: after.sides.us.dependency,
        },
      ],
    });
    // Only the event happens: no hand, deck, discard or removed pile changes, even for a starred card.
    expect(card.removeAfterEvent).toBe(true);
    expect(cardsInPlay(after)).toEqual(cardsInPlay(before));
    expect(after.hands).toEqual(before.hands);
    // The given state is untouched.
    expect(fingerprint(state)).toBe(fingerprint(before));
  });

  it('a neutral card works for both sides alike: what it gives the player or takes from the opponent, it does to each', () => {
    const state = newGame('inject-neutral');
    const shortage = injected(state, { cardId: 'transformer-shortage' });
    expect(shortage.sides.us.powerGw).toBeCloseTo(state.sides.us.powerGw - 1.5);
    expect(shortage.sides.china.powerGw).toBeCloseTo(state.sides.china.powerGw - 1.5);
    const truce = injected(state, { cardId: 'busan-truce' });
    expect(truce.sides.us.influence).toBe(state.sides.us.influence + 1);
    expect(truce.sides.china.influence).toBe(state.sides.china.influence + 1);
    // An effect with no side (escalation) happens once.
    expect(truce.escalation).toBe(Math.max(0, state.escalation - 1));
  });

  it('nobody answers for its escalation: it stops one step short of the limit, and the next push loses (RULEBOOK §12)', () => {
    const state = newGame('inject-brink');
    const { limit } = state.params.escalation;
    state.escalation = limit - 2;
    // Strait Crisis adds 2: a side playing it would lose; brought in, it stops at the brink.
    const crisis = injected(state, { cardId: 'strait-crisis' });
    expect(crisis.result).toBeNull();
    expect(crisis.escalation).toBe(limit - 1);
    expect(crisis.escalatedThisRound).toBe(true);
    // Already at the brink, a control-tightening event changes the controls but not the escalation.
    const licence = injected(crisis, { cardId: 'h20-licence-requirement' });
    expect(licence.exportControlLevel).toBe(
      Math.min(crisis.params.controls.maxLevel, crisis.exportControlLevel + 1),
    );
    expect(licence.escalation).toBe(limit - 1);
    expect(licence.result).toBeNull();
    // A side that pushes it now loses, as always.
    toActionPhase(licence, 'us');
    licence.hands.us = ['h20-licence-requirement'];
    licence.exportControlLevel = 0;
    expect(
      applyMoveInPlace(licence, {
        type: 'playCard',
        side: 'us',
        cardId: 'h20-licence-requirement',
        use: 'event',
      }),
    ).toBeUndefined();
    expect(licence.result).toEqual({ winner: 'china', reason: 'escalation', round: 1 });
  });

  it('an event that moves the compute-lead track to its end ends the game as any event would (RULEBOOK §14)', () => {
    const state = newGame('inject-lead');
    state.computeLead = state.params.scoring.leadToWin - 1;
    const after = injected(state, { cardId: 'n2-volume' });
    expect(after.result).toEqual({ winner: 'us', reason: 'computeLead', round: 1 });
    expect(after.phase).toBe('over');
    expect(injectEvent(after, { cardId: 'busan-truce' })).toEqual({
      ok: false,
      rejection: { code: 'gameOver', message: 'the game is over' },
    });
  });
});

describe('bringing an event in at a later round (RULEBOOK §4, §15)', () => {
  it('waits, secret from both seats and spectators, and resolves at the start of its round before the deal', () => {
    const state = newGame('inject-later');
    const scheduled = injected(state, { cardId: 'transformer-shortage', atRound: 2 });
    expect(scheduled.pendingInjections).toEqual([{ cardId: 'transformer-shortage', atRound: 2 }]);
    expect(scheduled.sides.us.powerGw).toBe(state.sides.us.powerGw);
    expect(logTexts(scheduled)).toEqual(logTexts(state));
    for (const viewer of ['us', 'china', 'spectator'] as const)
      expect(JSON.stringify(observe(scheduled, viewer))).not.toContain('transformer-shortage');
    playUntilRound(scheduled, 2, 'later-chooser');
    expect(scheduled.round).toBe(2);
    expect(scheduled.pendingInjections).toEqual([]);
    const roundTwo = scheduled.log.filter((entry) => entry.round === 2).map((entry) => entry.text);
    expect(roundTwo).toContain('Brought in by the facilitator: Transformer Shortage.');
    // After the year begins, before anything of the round is played.
    expect(roundTwo.indexOf('Brought in by the facilitator: Transformer Shortage.')).toBe(1);
  });

  it('several for the same round resolve in the order they were brought in; a later one waits on', () => {
    let state = newGame('inject-order');
    state = injected(state, { cardId: 'busan-truce', atRound: 3 });
    state = injected(state, { cardId: 'transformer-shortage', atRound: 2 });
    state = injected(state, { cardId: 'open-weights-race', atRound: 2 });
    playUntilRound(state, 2, 'order-chooser');
    const brought = state.log
      .filter((entry) => entry.text.startsWith('Brought in by the facilitator'))
      .map((entry) => `${entry.round}: ${entry.text}`);
    expect(brought).toEqual([
      '2: Brought in by the facilitator: Transformer Shortage.',
      '2: Brought in by the facilitator: Open Weights Race.',
    ]);
    expect(state.pendingInjections).toEqual([{ cardId: 'busan-truce', atRound: 3 }]);
  });
});

describe('what cannot be brought in (RULEBOOK §4)', () => {
  const lastRound = createGame({ seed: 'x' }).params.calendar.roundCount;
  it.each<[string, InjectionRequest, string]>([
    ['an unknown card', { cardId: 'moon-landing' }, 'unknownCard'],
    ['a round that has begun', { cardId: 'busan-truce', atRound: 1 }, 'roundNotAhead'],
    ['a past round', { cardId: 'busan-truce', atRound: 0 }, 'roundNotAhead'],
    ['a round after the last', { cardId: 'busan-truce', atRound: lastRound + 1 }, 'beyondLastRound'],
    ['a round that is not a whole number', { cardId: 'busan-truce', atRound: 2.5 }, 'badRound'],
  ])('%s is refused with a reason, and the state is untouched', (_what, request, code) => {
    const state = newGame('inject-refused');
    const before = fingerprint(state);
    const result = injectEvent(state, request);
    expect(result.ok ? 'ok' : result.rejection.code).toBe(code);
    expect(result.ok ? '' : result.rejection.message.length).toBeGreaterThan(10);
    expect(injectEventInPlace(state, request)?.code).toBe(code);
    expect(fingerprint(state)).toBe(before);
  });

  it(`at most ${maxPendingInjections} events wait at once`, () => {
    let state = newGame('inject-many');
    for (let i = 0; i < maxPendingInjections; i++)
      state = injected(state, { cardId: 'busan-truce', atRound: 2 });
    const refused = injectEvent(state, { cardId: 'busan-truce', atRound: 2 });
    expect(refused.ok ? 'ok' : refused.rejection.code).toBe('tooManyInjections');
    // Now is still possible.
    expect(injectEvent(state, { cardId: 'busan-truce' }).ok).toBe(true);
  });

  it('junk never throws: it is refused with a known code, or it is a real request', () => {
    const state = newGame('inject-junk');
    const before = fingerprint(state);
    fc.assert(
      fc.property(
        fc.oneof(fc.constantFrom(...cards.map((card) => card.id)), fc.anything()),
        fc.oneof(fc.integer({ min: -3, max: 12 }), fc.anything()),
        (cardId, atRound) => {
          const request = { cardId, atRound } as unknown as InjectionRequest;
          const result = injectEvent(state, request);
          if (!result.ok) expect(injectionRejectionCodes).toContain(result.rejection.code);
          else
            expect(typeof cardId === 'string' && (atRound === undefined || Number.isInteger(atRound))).toBe(
              true,
            );
        },
      ),
      { numRuns: 300 },
    );
    expect(fingerprint(state)).toBe(before);
  });
});

/**
 * Random play with the facilitator's requests interleaved after random moves: returns the fingerprint
 * after every step, and checks every invariant on the way.
 */
function playWithInjections(
  seed: string,
  scenarioId: string,
  chooser: string,
  requests: readonly { afterMove: number; cardIndex: number; roundsAhead: number | null }[],
): string[] {
  const state = createGame({ seed, scenarioId });
  const rng = seedRng(chooser);
  const prints: string[] = [fingerprint(state)];
  let moves = 0;
  const pending = [...requests].sort((a, b) => a.afterMove - b.afterMove);
  while (!state.result && moves < 5000) {
    while (pending[0] !== undefined && pending[0].afterMove <= moves) {
      const request = pending.shift();
      const card = request ? cards[request.cardIndex] : undefined;
      if (!request || !card) continue;
      const atRound = request.roundsAhead === null ? undefined : state.round + request.roundsAhead;
      const rejection = injectEventInPlace(
        state,
        atRound === undefined ? { cardId: card.id } : { cardId: card.id, atRound },
      );
      if (rejection && rejection.code !== 'beyondLastRound' && rejection.code !== 'gameOver')
        throw new Error(`refused: ${rejection.code} ${rejection.message}`);
      const problems = checkInvariants(state);
      if (problems.length > 0) throw new Error(`after bringing in ${card.id}: ${problems.join('; ')}`);
      // Nobody answers for an injected event's escalation: it never ends the game that way.
      const result = resultOf(state);
      if (result?.reason === 'escalation') throw new Error('an injected event ended the game by escalation');
      prints.push(fingerprint(state));
      if (result) return prints;
    }
    const side = sidesToMove(state)[0];
    if (side === undefined) break;
    const move = pick(rng, legalMoves(state, side));
    expect(applyMoveInPlace(state, move)).toBeUndefined();
    const problems = checkInvariants(state);
    if (problems.length > 0) throw new Error(`after ${JSON.stringify(move)}: ${problems.join('; ')}`);
    prints.push(fingerprint(state));
    moves++;
  }
  expect(state.result).not.toBeNull();
  return prints;
}

const injectedGame = fc.record({
  seed: fc.string({ maxLength: 10 }),
  scenarioId: fc.constantFrom(...scenarios.map((scenario) => scenario.id)),
  chooser: fc.string({ maxLength: 10 }),
  requests: fc.array(
    // A card of the catalogue, after a random move, now (null) or some rounds ahead.
    fc.record({
      afterMove: fc.nat({ max: 160 }),
      cardIndex: fc.nat({ max: cards.length - 1 }),
      roundsAhead: fc.option(fc.integer({ min: 1, max: 4 })),
    }),
    { maxLength: 12 },
  ),
});

describe('properties with injections (RULEBOOK §2)', () => {
  it('no stock goes negative and every invariant holds with events brought in at random (RULEBOOK §2)', () => {
    fc.assert(
      fc.property(injectedGame, ({ seed, scenarioId, chooser, requests }) => {
        playWithInjections(seed, scenarioId, chooser, requests);
      }),
      { numRuns: 30 },
    );
  });

  it('the same seed, choices and injections give the same game, step by step (RULEBOOK §2)', () => {
    fc.assert(
      fc.property(injectedGame, ({ seed, scenarioId, chooser, requests }) => {
        expect(playWithInjections(seed, scenarioId, chooser, requests)).toEqual(
          playWithInjections(seed, scenarioId, chooser, requests),
        );
      }),
      { numRuns: 10 },
    );
  });
});
