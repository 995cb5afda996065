import { describe, expect, it } from 'vitest';
import type { Card } from '../../rules/content/card-types.ts';
import { cardsOfEra } from '../../rules/content/catalog.ts';
import type { GameState, Move } from '../../rules/index.ts';
import { applyMoveInPlace, legalMoves } from '../../rules/index.ts';
import { drawUpToHandSize, endRound } from '../../rules/round.ts';
import { cardsInPlay, findCard, newGame, setHand, toActionPhase } from './helpers.ts';

function play(state: GameState, move: Move): void {
  const rejection = applyMoveInPlace(state, move);
  if (rejection) throw new Error(`${rejection.code}: ${rejection.message}`);
}

/** The sides whose events fired, in order, from the log since `from`. */
function eventOrder(state: GameState, from: number): (string | null)[] {
  return state.log
    .slice(from)
    .filter((entry) => entry.text.startsWith('Event:'))
    .map((entry) => entry.side);
}

const escalates = (card: Card): boolean =>
  card.effects.some(
    (e) =>
      (e.kind === 'escalation' && e.delta > 0) ||
      (e.kind === 'retaliation' && e.levels > 0) ||
      (e.kind === 'exportControls' && e.levels > 0),
  );
const harmless = (card: Card): boolean => !escalates(card) && !card.effects.some((e) => e.kind === 'handler');

describe('headlines (RULEBOOK §2)', () => {
  it('the higher-ops headline resolves first (RULEBOOK §2)', () => {
    const high = findCard(
      (c) => c.owner === 'china' && c.ops === 4 && harmless(c),
      'harmless 4-ops China card',
    );
    const low = findCard((c) => c.owner === 'us' && c.ops === 2 && harmless(c), 'harmless 2-ops US card');
    const state = newGame();
    setHand(state, 'us', [low.id]);
    setHand(state, 'china', [high.id]);
    const from = state.log.length;
    play(state, { type: 'chooseHeadline', side: 'us', cardId: low.id });
    expect(eventOrder(state, from)).toEqual([]);
    play(state, { type: 'chooseHeadline', side: 'china', cardId: high.id });
    expect(eventOrder(state, from)).toEqual(['china', 'us']);
    expect([...state.discard, ...state.removed]).toEqual(expect.arrayContaining([high.id, low.id]));
    expect(state.headlines).toEqual({ us: null, china: null });
  });

  it('on a tie the US headline resolves first (RULEBOOK §2)', () => {
    const china = findCard(
      (c) => c.owner === 'china' && c.ops === 3 && harmless(c),
      'harmless 3-ops China card',
    );
    const us = findCard((c) => c.owner === 'us' && c.ops === 3 && harmless(c), 'harmless 3-ops US card');
    const state = newGame();
    setHand(state, 'us', [us.id]);
    setHand(state, 'china', [china.id]);
    const from = state.log.length;
    play(state, { type: 'chooseHeadline', side: 'china', cardId: china.id });
    play(state, { type: 'chooseHeadline', side: 'us', cardId: us.id });
    expect(eventOrder(state, from)).toEqual(['us', 'china']);
  });

  it('after the headlines China takes the first action round (RULEBOOK §2)', () => {
    const state = newGame();
    const [us, china] = [state.hands.us[0], state.hands.china[0]];
    if (us === undefined || china === undefined) throw new Error('empty hands');
    play(state, { type: 'chooseHeadline', side: 'us', cardId: us });
    expect(state.phase).toBe('headline');
    play(state, { type: 'chooseHeadline', side: 'china', cardId: china });
    if (state.result) return;
    expect(state.phase).toBe('action');
    expect(state.activeSide).toBe('china');
    expect(state.actionRoundsLeft).toEqual({
      us: state.params.calendar.actionRoundsPerSide,
      china: state.params.calendar.actionRoundsPerSide,
    });
  });
});

describe('action rounds (RULEBOOK §2, §3)', () => {
  it('playing the rival’s card for operations fires the rival’s event (RULEBOOK §2, §4)', () => {
    const card = findCard(
      (c) =>
        c.owner === 'china' &&
        c.effects.some((e) => e.kind === 'budget' && e.target === 'player' && e.amountBn > 0),
      'China card that pays China',
    );
    const state = newGame();
    setHand(state, 'us', [card.id]);
    toActionPhase(state, 'us');
    const before = state.sides.china.budgetBn;
    play(state, { type: 'playCard', side: 'us', cardId: card.id, use: 'ops' });
    expect(state.sides.china.budgetBn).toBeGreaterThan(before);
    expect(state.ops).toEqual({ cardId: card.id, opsRemaining: card.ops });
  });

  it('escalation from the rival’s event is blamed on the player who played it for operations (RULEBOOK §2, §12)', () => {
    const card = findCard((c) => c.owner === 'china' && escalates(c), 'escalating China card');
    const state = newGame();
    state.escalation = state.params.escalation.limit - 1;
    state.retaliationLevel = 0;
    state.exportControlLevel = 0;
    setHand(state, 'us', [card.id]);
    toActionPhase(state, 'us');
    play(state, { type: 'playCard', side: 'us', cardId: card.id, use: 'ops' });
    expect(state.result).toMatchObject({ winner: 'china', reason: 'escalation' });
  });

  it('escalation from a headline is blamed on the side that headlined it (RULEBOOK §2, §12)', () => {
    const card = findCard((c) => c.owner === 'china' && escalates(c), 'escalating China card');
    const quiet = findCard(
      (c) => c.owner === 'china' && c.id !== card.id && harmless(c),
      'harmless China card',
    );
    const state = newGame();
    state.escalation = state.params.escalation.limit - 1;
    state.retaliationLevel = 0;
    state.exportControlLevel = 0;
    setHand(state, 'us', [card.id]);
    setHand(state, 'china', [quiet.id]);
    play(state, { type: 'chooseHeadline', side: 'us', cardId: card.id });
    play(state, { type: 'chooseHeadline', side: 'china', cardId: quiet.id });
    expect(state.result).toMatchObject({ winner: 'china', reason: 'escalation' });
  });

  it('one’s own card for operations fires no event (RULEBOOK §2)', () => {
    const card = findCard(
      (c) => c.owner === 'us' && c.effects.some((e) => e.kind === 'budget' && e.target === 'player'),
      'US card moving the US budget',
    );
    const state = newGame();
    setHand(state, 'us', [card.id]);
    toActionPhase(state, 'us');
    const budget = state.sides.us.budgetBn;
    play(state, { type: 'playCard', side: 'us', cardId: card.id, use: 'ops' });
    expect(state.sides.us.budgetBn).toBe(budget);
    expect(state.discard).toContain(card.id);
  });

  it('a starred card leaves the game after its event but not after operations alone (RULEBOOK §4)', () => {
    const starred = findCard((c) => c.owner === 'us' && c.removeAfterEvent && harmless(c), 'starred US card');
    const forEvent = newGame();
    setHand(forEvent, 'us', [starred.id]);
    toActionPhase(forEvent, 'us');
    play(forEvent, { type: 'playCard', side: 'us', cardId: starred.id, use: 'event' });
    expect(forEvent.removed).toContain(starred.id);
    expect(forEvent.discard).not.toContain(starred.id);

    const forOps = newGame();
    setHand(forOps, 'us', [starred.id]);
    toActionPhase(forOps, 'us');
    play(forOps, { type: 'playCard', side: 'us', cardId: starred.id, use: 'ops' });
    expect(forOps.discard).toContain(starred.id);
    expect(forOps.removed).not.toContain(starred.id);

    const byRival = newGame();
    setHand(byRival, 'china', [starred.id]);
    toActionPhase(byRival, 'china');
    play(byRival, { type: 'playCard', side: 'china', cardId: starred.id, use: 'ops' });
    expect(byRival.removed).toContain(starred.id);
  });

  it('an unstarred card goes to the discard pile after its event (RULEBOOK §4)', () => {
    const card = findCard((c) => c.owner === 'us' && !c.removeAfterEvent && harmless(c), 'unstarred US card');
    const state = newGame();
    setHand(state, 'us', [card.id]);
    toActionPhase(state, 'us');
    play(state, { type: 'playCard', side: 'us', cardId: card.id, use: 'event' });
    expect(state.discard).toContain(card.id);
    expect(state.removed).not.toContain(card.id);
  });

  it('sides alternate; an event, ending the turn or spending every point ends an action round (RULEBOOK §2, §3)', () => {
    const state = newGame();
    const chinaCard = findCard((c) => c.owner === 'china' && c.ops === 2 && harmless(c), '2-ops China card');
    const usCard = findCard((c) => c.owner === 'us' && c.ops >= 1 && harmless(c), 'US card');
    const neutral = findCard((c) => c.owner !== 'us' && c.id !== chinaCard.id && harmless(c), 'another card');
    setHand(state, 'china', [chinaCard.id, neutral.id]);
    setHand(state, 'us', [usCard.id]);
    toActionPhase(state, 'china');
    const rounds = state.params.calendar.actionRoundsPerSide;
    play(state, { type: 'playCard', side: 'china', cardId: chinaCard.id, use: 'ops' });
    play(state, { type: 'takeAction', side: 'china', action: 'mandateDomesticChips' });
    expect(state.activeSide).toBe('china');
    play(state, { type: 'takeAction', side: 'china', action: 'takeSubsidy' });
    expect(state.ops).toBeNull();
    expect(state.activeSide).toBe('us');
    expect(state.actionRoundsLeft.china).toBe(rounds - 1);
    play(state, { type: 'playCard', side: 'us', cardId: usCard.id, use: 'ops' });
    play(state, { type: 'endTurn', side: 'us' });
    // The US has no card left: China acts again.
    expect(state.actionRoundsLeft.us).toBe(0);
    expect(state.activeSide).toBe('china');
    const round = state.round;
    play(state, { type: 'playCard', side: 'china', cardId: neutral.id, use: 'event' });
    // Nobody can act: the round ends, the next begins with fresh hands and headlines.
    expect(state.round).toBe(round + 1);
    expect(state.year).toBe(state.params.calendar.startYear + 1);
    expect(state.phase).toBe('headline');
    expect(state.hands.us).toHaveLength(state.params.calendar.handSize);
    expect(state.hands.china).toHaveLength(state.params.calendar.handSize);
    expect(state.history).toHaveLength(1);
  });

  it('the action menu offers only what the side can take and afford (RULEBOOK §3)', () => {
    const state = newGame();
    const card = findCard((c) => c.owner === 'us' && c.ops === 2, '2-ops US card');
    setHand(state, 'us', [card.id]);
    toActionPhase(state, 'us');
    play(state, { type: 'playCard', side: 'us', cardId: card.id, use: 'ops' });
    state.sides.us.budgetBn = 0;
    const actions = legalMoves(state, 'us').map((m) => (m.type === 'takeAction' ? m.action : m.type));
    expect(actions).toEqual(expect.arrayContaining(['endTurn', 'takeSubsidy']));
    for (const costly of ['buildFab', 'upgradeInterconnect', 'researchEfficiency', 'buildPower'])
      expect(actions).not.toContain(costly);
    for (const chinaOnly of ['buyToolGroup', 'portWorkloads', 'mandateDomesticChips', 'retaliate'])
      expect(actions).not.toContain(chinaOnly);
  });
});

describe('the deck (RULEBOOK §2, §4)', () => {
  it('era 2 and era 3 cards join at their start rounds (RULEBOOK §2)', () => {
    const state = newGame();
    const { era2StartRound, era3StartRound } = state.params.calendar;
    const has = (ids: string[]): boolean => ids.every((id) => cardsInPlay(state).includes(id));
    const era2 = cardsOfEra(2).map((c) => c.id);
    const era3 = cardsOfEra(3).map((c) => c.id);
    // Fresh tools and a level track each round keep the chokehold and lead wins away.
    const endQuietRound = (): void => {
      state.sides.china.toolGroupWear = Array.from({ length: 20 }, () => 0);
      state.computeLead = 0;
      endRound(state);
    };
    while (state.round < era2StartRound - 1) endQuietRound();
    expect(has(era2)).toBe(false);
    endQuietRound();
    expect(state.result).toBeNull();
    expect(state.round).toBe(era2StartRound);
    expect(has(era2)).toBe(true);
    expect(has(era3)).toBe(false);
    while (state.round < era3StartRound) endQuietRound();
    expect(state.result).toBeNull();
    expect(has(era3)).toBe(true);
    expect(state.log.some((entry) => entry.text === 'Era 3 cards join the deck.')).toBe(true);
  });

  it('both later eras join when their start rounds coincide (RULEBOOK §2)', () => {
    const state = newGame('eras', {
      overrides: { 'calendar.era2StartRound': 2, 'calendar.era3StartRound': 2 },
    });
    state.sides.china.toolGroupWear = Array.from({ length: 20 }, () => 0);
    endRound(state);
    expect(state.round).toBe(2);
    const held = cardsInPlay(state);
    for (const era of [2, 3] as const)
      for (const card of cardsOfEra(era)) expect(held, `era ${era}: ${card.id}`).toContain(card.id);
  });

  it('the discard pile is reshuffled into a new deck when the deck runs out (RULEBOOK §4)', () => {
    const state = newGame();
    state.discard = [...state.deck, ...state.hands.us];
    state.deck = [];
    state.hands.us = [];
    const rng = [...state.rng];
    drawUpToHandSize(state);
    expect(state.hands.us).toHaveLength(state.params.calendar.handSize);
    expect(state.discard).toEqual([]);
    expect(state.rng).not.toEqual(rng);
  });

  it('dealing stops when deck and discard are both empty (RULEBOOK §4)', () => {
    const state = newGame();
    state.deck = ['a-lone-card'];
    state.discard = [];
    state.hands.us = [];
    state.hands.china = [];
    drawUpToHandSize(state);
    expect(state.hands).toEqual({ us: [], china: ['a-lone-card'] });
  });

  it('the grid grows before compute is measured, so a year’s new power carries that year’s chips (RULEBOOK §2, §9)', () => {
    const state = newGame();
    const us = state.sides.us;
    us.chipsK = 100_000; // far more chips than any grid: compute is power-bound
    const powerBefore = us.powerGw;
    endRound(state);
    const grownGw = state.params.power.organicGrowthGwPerRound.us;
    expect(us.powerGw).toBe(powerBefore + grownGw);
    const poweredK = ((powerBefore + grownGw) * 1000) / state.params.power.chipPowerKw.us;
    const rawEflops = (poweredK * 1000 * us.chipPerformancePflops) / 1000;
    const { clusterEfficiency, memoryEfficiency, utilisation, algorithmicMultiplier } = us.last;
    expect(us.last.effectiveComputeEflops).toBeCloseTo(
      rawEflops * clusterEfficiency * memoryEfficiency * utilisation * algorithmicMultiplier,
    );
  });

  it('a full domestic EUV track lands at the first round start of its earliest year (RULEBOOK §13)', () => {
    const state = newGame();
    const { domesticEuvEarliestYear, domesticEuvPoints } = state.params.research;
    const certainYear = domesticEuvEarliestYear;
    state.sides.china.researchProgress.domesticEuv = domesticEuvPoints;
    while (state.year < certainYear && !state.result) {
      expect(state.sides.china.researchDone.domesticEuv && state.year < domesticEuvEarliestYear).toBe(false);
      state.sides.china.toolGroupWear = Array.from({ length: 20 }, () => 0);
      state.computeLead = 0;
      state.selfRelianceRoundsHeld = 0;
      endRound(state);
    }
    expect(state.year).toBe(certainYear);
    expect(state.sides.china.researchDone.domesticEuv).toBe(true);
  });
});
