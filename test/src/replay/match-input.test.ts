import { describe, expect, it } from 'vitest';
import { cards, createGame, migrateFrom2_0 } from '../../../rules/index.ts';
import type { GameStateV2_0 } from '../../../rules/index.ts';
import { matchRulesPlan } from '../../../src/replay/rules-plan.ts';
import {
  initialGameState,
  matchSteps,
  parseMatchReplay,
  seatNames,
} from '../../../src/replay/match-input.ts';

const cardId = cards[0]?.id ?? '';

function answer(moves: unknown[], initialState: unknown = createGame({ seed: 'm' })) {
  return {
    matchID: 'm1',
    createdRulesVersion: '2.1.0',
    rulesVersion: '2.1.0',
    setupData: { scenarioId: 'baseline-2025', botSeat: '1' },
    players: { '0': 'Ada', '1': 'Bot (greedy)' },
    initialState,
    moves,
    gameover: { winner: '0', reason: 'computeLead' },
    final: { stateID: moves.length, rulesVersion: '2.1.0', fingerprint: 'f', log: [] },
  };
}

function parsed(body: unknown) {
  const result = parseMatchReplay(body);
  if ('error' in result) throw new Error(result.error);
  return result;
}

describe("the server's replay of a finished match, read at the boundary", () => {
  it('turns journal rows into moves and facilitator events', () => {
    const read = parsed(
      answer([
        { stateID: 1, by: 'us', move: { type: 'chooseHeadline', side: 'us', cardId } },
        { stateID: 2, by: 'facilitator', move: { type: 'facilitatorInject', cardId, atRound: 3 } },
        { stateID: 3, by: 'facilitator', move: { type: 'facilitatorInject', cardId } },
        { stateID: 4, by: 'china', move: { type: 'endTurn', side: 'china' } },
      ]),
    );
    expect(matchSteps(read)).toEqual([
      { by: 'us', move: { type: 'chooseHeadline', side: 'us', cardId } },
      { by: 'facilitator', request: { cardId, atRound: 3 } },
      { by: 'facilitator', request: { cardId } },
      { by: 'china', move: { type: 'endTurn', side: 'china' } },
    ]);
    expect(seatNames(read)).toEqual({ us: 'Ada', china: 'Bot (greedy)' });
  });

  it.each([
    [
      'a move of another side than its row',
      { stateID: 5, by: 'china', move: { type: 'endTurn', side: 'us' } },
    ],
    ['a move type it does not know', { stateID: 5, by: 'us', move: { type: 'undo', side: 'us' } }],
    ['a seat that is no side', { stateID: 5, by: '7', move: { type: 'endTurn', side: 'us' } }],
    ['a facilitator row that is no event', { stateID: 5, by: 'facilitator', move: { type: 'pause' } }],
  ])('refuses %s, naming its state', (_title, row) => {
    expect(matchSteps(parsed(answer([row])))).toEqual({
      error: expect.stringContaining('state 5') as unknown,
    });
  });

  it('refuses an answer of another shape', () => {
    expect(parseMatchReplay({ matchID: 'm1' })).toEqual({
      error: expect.stringContaining('not readable') as unknown,
    });
  });

  it('takes a first state of these rules as it is, and one of 2.0.0 through its migration', () => {
    const current = createGame({ seed: 'm' });
    expect(initialGameState(parsed(answer([], current)), [])).toEqual(current);
    const { pendingInjections: _none, ...older } = createGame({ seed: 'm' });
    const plan = matchRulesPlan('2.0.0', '2.1.0');
    if (plan.kind !== 'replay') throw new Error('no migration');
    const v2 = older as unknown as GameStateV2_0;
    expect(initialGameState(parsed(answer([], v2)), plan.chain)).toEqual(migrateFrom2_0(v2));
    expect(initialGameState(parsed(answer([], { round: 1 })), [])).toEqual({
      error: "the match's first state is not readable",
    });
  });
});
