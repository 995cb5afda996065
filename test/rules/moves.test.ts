import { describe, expect, it, test } from 'vitest';
import type { GameState, RejectionCode } from '../../rules/index.ts';
import {
  applyMove,
  applyMoveInPlace,
  cloneState,
  fingerprint,
  legalMoves,
  parseMove,
  rejectionCodes,
  standsAfterRivalsHeadline,
} from '../../rules/index.ts';
import { findCard, newGame, setHand, toActionPhase } from './helpers.ts';

const usCard = findCard((c) => c.owner === 'us' && c.ops === 2, '2-ops US card');
const usCard3 = findCard((c) => c.owner === 'us' && c.ops === 3, '3-ops US card');
const chinaCard = findCard((c) => c.owner === 'china' && c.ops >= 2, 'China card');

/** Headline phase, each side holding one known card. */
function headlineState(): GameState {
  const state = newGame('moves');
  setHand(state, 'us', [usCard.id, usCard3.id]);
  setHand(state, 'china', [chinaCard.id]);
  return state;
}

/** China's action round, China holding `chinaCard`, the US `usCard`. */
function actionState(): GameState {
  const state = headlineState();
  toActionPhase(state, 'china');
  return state;
}

/** The US in its action round with `points` operations points left of a card in play. */
function opsState(points = 2): GameState {
  const state = headlineState();
  toActionPhase(state, 'us');
  const played = applyMoveInPlace(state, { type: 'playCard', side: 'us', cardId: usCard.id, use: 'ops' });
  if (played) throw new Error(played.message);
  if (state.ops) state.ops.opsRemaining = points;
  return state;
}

const cases: [RejectionCode, string, () => { state: GameState; input: unknown }][] = [
  ['malformedMove', 'a move that is not an object', () => ({ state: headlineState(), input: 'endTurn' })],
  ['malformedMove', 'null', () => ({ state: headlineState(), input: null })],
  ['malformedMove', 'an array', () => ({ state: headlineState(), input: [] })],
  [
    'malformedMove',
    'an unknown move type',
    () => ({ state: headlineState(), input: { type: 'cheat', side: 'us' } }),
  ],
  [
    'malformedMove',
    'an unknown side',
    () => ({ state: headlineState(), input: { type: 'endTurn', side: 'eu' } }),
  ],
  [
    'malformedMove',
    'an unexpected field',
    () => ({ state: headlineState(), input: { type: 'endTurn', side: 'us', budgetBn: 1e9 } }),
  ],
  [
    'malformedMove',
    'an unknown card',
    () => ({ state: headlineState(), input: { type: 'chooseHeadline', side: 'us', cardId: 'no-such-card' } }),
  ],
  [
    'malformedMove',
    'a card id that is not a string',
    () => ({ state: headlineState(), input: { type: 'chooseHeadline', side: 'us', cardId: 7 } }),
  ],
  [
    'malformedMove',
    'an unknown card use',
    () => ({
      state: actionState(),
      input: { type: 'playCard', side: 'china', cardId: chinaCard.id, use: 'both' },
    }),
  ],
  [
    'malformedMove',
    'an unknown action',
    () => ({ state: opsState(), input: { type: 'takeAction', side: 'us', action: 'winGame' } }),
  ],
  [
    'malformedMove',
    'an unknown node',
    () => ({ state: opsState(), input: { type: 'takeAction', side: 'us', action: 'buildFab', node: 'n1' } }),
  ],
  [
    'malformedMove',
    'an unknown research track',
    () => ({
      state: opsState(),
      input: { type: 'takeAction', side: 'us', action: 'researchDomestic', track: 'warpDrive' },
    }),
  ],
  [
    'gameOver',
    'any move after the game ended',
    () => {
      const state = headlineState();
      state.result = { winner: 'us', reason: 'chokehold', round: 1 };
      state.phase = 'over';
      return { state, input: { type: 'chooseHeadline', side: 'us', cardId: usCard.id } };
    },
  ],
  [
    'wrongPhase',
    'a headline during the action rounds',
    () => ({ state: actionState(), input: { type: 'chooseHeadline', side: 'china', cardId: chinaCard.id } }),
  ],
  [
    'wrongPhase',
    'a card played during the headline phase',
    () => ({
      state: headlineState(),
      input: { type: 'playCard', side: 'china', cardId: chinaCard.id, use: 'ops' },
    }),
  ],
  [
    'notYourTurn',
    'the US playing in China’s action round',
    () => ({ state: actionState(), input: { type: 'playCard', side: 'us', cardId: usCard.id, use: 'ops' } }),
  ],
  [
    'headlineAlreadyChosen',
    'a second headline',
    () => {
      const state = headlineState();
      applyMoveInPlace(state, { type: 'chooseHeadline', side: 'us', cardId: usCard.id });
      return { state, input: { type: 'chooseHeadline', side: 'us', cardId: usCard3.id } };
    },
  ],
  [
    'cardNotInHand',
    'a headline from the rival’s hand',
    () => ({ state: headlineState(), input: { type: 'chooseHeadline', side: 'us', cardId: chinaCard.id } }),
  ],
  [
    'cardNotInHand',
    'playing a card from the deck',
    () => {
      const state = actionState();
      const inDeck = state.deck[0] ?? '';
      return { state, input: { type: 'playCard', side: 'china', cardId: inDeck, use: 'ops' } };
    },
  ],
  [
    'rivalEventNotPlayable',
    'playing the rival’s card for its event',
    () => {
      const state = actionState();
      setHand(state, 'china', [usCard.id]);
      return { state, input: { type: 'playCard', side: 'china', cardId: usCard.id, use: 'event' } };
    },
  ],
  [
    'alreadyShelved',
    'shelving a second card in one round',
    () => {
      const state = actionState();
      setHand(state, 'china', [usCard.id, chinaCard.id]);
      state.sides.china.shelvedInRound = state.round;
      return { state, input: { type: 'playCard', side: 'china', cardId: chinaCard.id, use: 'shelve' } };
    },
  ],
  [
    'opsInProgress',
    'a second card while operations are being spent',
    () => ({ state: opsState(), input: { type: 'playCard', side: 'us', cardId: usCard3.id, use: 'ops' } }),
  ],
  [
    'noOpsInProgress',
    'an action without a card in play',
    () => ({ state: actionState(), input: { type: 'takeAction', side: 'china', action: 'takeSubsidy' } }),
  ],
  [
    'noOpsInProgress',
    'ending a turn without a card in play',
    () => ({ state: actionState(), input: { type: 'endTurn', side: 'china' } }),
  ],
  [
    'actionNotForSide',
    'the US buying DUV tools',
    () => ({ state: opsState(), input: { type: 'takeAction', side: 'us', action: 'buyToolGroup' } }),
  ],
  [
    'actionNotForSide',
    'the US mandating domestic chips',
    () => ({ state: opsState(), input: { type: 'takeAction', side: 'us', action: 'mandateDomesticChips' } }),
  ],
  [
    'notEnoughOps',
    'a two-point action with one point left',
    () => ({ state: opsState(1), input: { type: 'takeAction', side: 'us', action: 'upgradeInterconnect' } }),
  ],
  [
    'notEnoughBudget',
    'research with an empty treasury',
    () => {
      const state = opsState();
      state.sides.us.budgetBn = 0;
      return { state, input: { type: 'takeAction', side: 'us', action: 'researchEfficiency' } };
    },
  ],
  [
    'actionUnavailable',
    'a fab without a node',
    () => ({ state: opsState(), input: { type: 'takeAction', side: 'us', action: 'buildFab' } }),
  ],
  [
    'actionUnavailable',
    'loosening controls already at 0',
    () => {
      const state = opsState();
      state.exportControlLevel = 0;
      return { state, input: { type: 'takeAction', side: 'us', action: 'loosenControls' } };
    },
  ],
  [
    'actionUnavailable',
    'the US building 2nm before its first 2nm year',
    () => ({ state: opsState(), input: { type: 'takeAction', side: 'us', action: 'buildFab', node: 'n2' } }),
  ],
];

describe('move rejections (RULEBOOK §3)', () => {
  test.each(cases)('rejects with %s: %s (RULEBOOK §3)', (code, _what, build) => {
    const { state, input } = build();
    const before = fingerprint(state);
    const result = applyMove(state, input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.rejection.code).toBe(code);
      expect(result.rejection.message.length).toBeGreaterThan(0);
    }
    expect(fingerprint(state)).toBe(before);
    const copy = cloneState(state);
    expect(applyMoveInPlace(copy, input)?.code).toBe(code);
    expect(fingerprint(copy)).toBe(before);
  });

  it('every rejection code is produced by some input (RULEBOOK §3)', () => {
    expect(new Set(cases.map(([code]) => code))).toEqual(new Set(rejectionCodes));
  });

  it.each([
    ['a string', 'endTurn', 'a move is an object'],
    ['an array', [], 'a move is an object'],
    ['an unknown type', { type: 'cheat', side: 'us' }, 'unknown move type: cheat'],
    ['an unknown side', { type: 'endTurn', side: 'eu' }, 'side must be "us" or "china"'],
    ['an extra field', { type: 'endTurn', side: 'us', budgetBn: 1e9 }, 'unexpected field: budgetBn'],
    ['a card id that is a number', { type: 'chooseHeadline', side: 'us', cardId: 7 }, 'unknown card'],
    [
      'an unknown card use',
      { type: 'playCard', side: 'us', cardId: usCard.id, use: 'both' },
      'use must be "event", "ops" or "shelve"',
    ],
    ['an unknown action', { type: 'takeAction', side: 'us', action: 'winGame' }, 'unknown action: winGame'],
    ['no action', { type: 'takeAction', side: 'us' }, 'unknown action: undefined'],
    ['an unknown node', { type: 'takeAction', side: 'us', action: 'buildFab', node: 'n1' }, 'unknown node'],
    [
      'an unknown track',
      { type: 'takeAction', side: 'us', action: 'researchDomestic', track: 'x' },
      'unknown track',
    ],
  ])('refuses %s as a malformed move in words naming the fault (RULEBOOK §3)', (_what, input, message) => {
    expect(parseMove(input)).toEqual({ code: 'malformedMove', message });
  });

  it('drops a choice sent as undefined: an absent node is no node (RULEBOOK §3)', () => {
    const parsed = parseMove({ type: 'takeAction', side: 'us', action: 'buildFab', node: undefined });
    expect(parsed).toEqual({ type: 'takeAction', side: 'us', action: 'buildFab' });
    expect(parsed).not.toHaveProperty('node');
  });

  it('the move schema keeps only the fields a move has (RULEBOOK §3)', () => {
    expect(
      parseMove({ type: 'takeAction', side: 'china', action: 'researchDomestic', track: 'domesticEuv' }),
    ).toEqual({ type: 'takeAction', side: 'china', action: 'researchDomestic', track: 'domesticEuv' });
    expect(parseMove({ type: 'takeAction', side: 'us', action: 'buildFab', node: 'n3' })).toEqual({
      type: 'takeAction',
      side: 'us',
      action: 'buildFab',
      node: 'n3',
    });
  });
});

describe('legal moves (RULEBOOK §3)', () => {
  it('applyMove returns a new state and leaves the old one untouched (RULEBOOK §3)', () => {
    const state = headlineState();
    const before = fingerprint(state);
    const result = applyMove(state, { type: 'chooseHeadline', side: 'us', cardId: usCard.id });
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.state).not.toBe(state);
      expect(result.state.headlines.us).toBe(usCard.id);
      expect(fingerprint(result.state)).not.toBe(before);
    }
    expect(fingerprint(state)).toBe(before);
  });

  it('every move legalMoves offers is accepted, and spending points costs budget and ops (RULEBOOK §3)', () => {
    const state = opsState(2);
    const budget = state.sides.us.budgetBn;
    for (const move of legalMoves(state, 'us')) expect(applyMove(state, move).ok).toBe(true);
    const result = applyMove(state, { type: 'takeAction', side: 'us', action: 'researchEfficiency' });
    if (!result.ok) throw new Error(result.rejection.message);
    expect(result.state.sides.us.budgetBn).toBeCloseTo(budget - state.params.efficiency.actionCostBn);
    expect(result.state.ops?.opsRemaining).toBe(1);
  });

  it('the side to move is the only side offered moves in the action rounds (RULEBOOK §2)', () => {
    const state = actionState();
    expect(legalMoves(state, 'us')).toEqual([]);
    expect(legalMoves(state, 'china').length).toBeGreaterThan(0);
  });

  it('the rival’s card is offered for operations or to shelve, never for its event (RULEBOOK §2, §4)', () => {
    const state = actionState();
    setHand(state, 'china', [usCard.id]);
    expect(legalMoves(state, 'china')).toEqual([
      { type: 'playCard', side: 'china', cardId: usCard.id, use: 'ops' },
      { type: 'playCard', side: 'china', cardId: usCard.id, use: 'shelve' },
    ]);
  });

  it('a shelved card fires no event, brings no operations and ends the action round (RULEBOOK §4)', () => {
    const state = actionState();
    setHand(state, 'china', [usCard.id, chinaCard.id]);
    const escalation = state.escalation;
    const budgets = { us: state.sides.us.budgetBn, china: state.sides.china.budgetBn };
    expect(
      applyMoveInPlace(state, { type: 'playCard', side: 'china', cardId: usCard.id, use: 'shelve' }),
    ).toBeUndefined();
    expect(state.discard).toContain(usCard.id);
    expect(state.ops).toBeNull();
    expect(state.activeSide).toBe('us');
    expect(state.escalation).toBe(escalation);
    expect({ us: state.sides.us.budgetBn, china: state.sides.china.budgetBn }).toEqual(budgets);
    expect(state.sides.china.shelvedInRound).toBe(state.round);
  });
});

describe('standsAfterRivalsHeadline (a headline chosen blind to the rival, one commit late)', () => {
  it('holds only while this side has not chosen and the rival has, in the headline phase', () => {
    const usHeadline = { type: 'chooseHeadline', side: 'us', cardId: usCard.id } as const;
    const state = headlineState();
    // Nobody has chosen: the one commit since was not the rival's headline.
    expect(standsAfterRivalsHeadline(state, usHeadline)).toBe(false);
    applyMoveInPlace(state, { type: 'chooseHeadline', side: 'china', cardId: chinaCard.id });
    expect(standsAfterRivalsHeadline(state, usHeadline)).toBe(true);
    // Not once the game is over, whatever the headlines.
    const over: GameState = { ...state, result: { winner: 'us', reason: 'escalation', round: state.round } };
    expect(standsAfterRivalsHeadline(over, usHeadline)).toBe(false);
    // China's own headline again: China has chosen.
    expect(
      standsAfterRivalsHeadline(state, { type: 'chooseHeadline', side: 'china', cardId: chinaCard.id }),
    ).toBe(false);
    applyMoveInPlace(state, usHeadline);
    expect(state.phase).toBe('action');
    expect(standsAfterRivalsHeadline(state, usHeadline)).toBe(false);
    // No other kind of move stands after any commit.
    const inAction = actionState();
    const [play] = legalMoves(inAction, 'china');
    expect(play && standsAfterRivalsHeadline(inAction, play)).toBe(false);
  });
});
