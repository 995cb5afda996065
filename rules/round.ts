import type { Card } from './content/card-types.ts';
import { cardById } from './content/catalog.ts';
import { computeRound } from './mechanics/compute.ts';
import { collectIncome } from './mechanics/budget.ts';
import { growEcosystem } from './mechanics/ecosystem.ts';
import { coolEscalation } from './mechanics/escalation.ts';
import { resolveEvent } from './mechanics/events.ts';
import { advanceConstruction, learnYield } from './mechanics/fabs.ts';
import { roundIndicators } from './mechanics/indicators.ts';
import { resolveDueInjections } from './mechanics/injections.ts';
import { growPower } from './mechanics/power.ts';
import { produce } from './mechanics/production.ts';
import { landDomesticEuvIfDue } from './mechanics/research.ts';
import type { RoundPoints } from './mechanics/scoring.ts';
import { scoreRound } from './mechanics/scoring.ts';
import { recordEffects, snapshotFigures } from './effects-log.ts';
import { cardIdsOfEra, erasJoiningAt } from './eras.ts';
import { shuffleInPlace } from './rng.ts';
import type { GameState, LogEntry } from './state.ts';
import type { Side } from './vocabulary.ts';
import { rivalOf, sides } from './vocabulary.ts';

/** The round's sequence (RULEBOOK §2): headlines, action rounds, then production to scoring. */

export const sideName = (side: Side): string => (side === 'us' ? 'US' : 'China');

/** Who an event works for: its owner, or whoever played a neutral card. */
export function eventBeneficiary(card: Card, actor: Side): Side {
  return card.owner === 'neutral' ? actor : card.owner;
}

export function discardPlayed(state: GameState, card: Card, eventFired: boolean): void {
  if (eventFired && card.removeAfterEvent) state.removed.push(card.id);
  else state.discard.push(card.id);
}

function drawCard(state: GameState): string | undefined {
  if (state.deck.length === 0 && state.discard.length > 0) {
    state.deck = state.discard;
    state.discard = [];
    shuffleInPlace(state.rng, state.deck);
  }
  return state.deck.pop();
}

/** Deals both hands up to the hand size, China first, alternately. */
export function drawUpToHandSize(state: GameState): void {
  const handSize = state.params.calendar.handSize;
  let dealt = true;
  while (dealt) {
    dealt = false;
    for (const side of ['china', 'us'] as const) {
      if (state.hands[side].length >= handSize) continue;
      const card = drawCard(state);
      if (card === undefined) return;
      state.hands[side].push(card);
      dealt = true;
    }
  }
}

/** Both headlines are in: the higher operations value resolves first, the US on a tie. */
export function revealHeadlines(state: GameState): void {
  const usCard = state.headlines.us;
  const chinaCard = state.headlines.china;
  if (usCard === null || chinaCard === null) return;
  const us = cardById(usCard);
  const china = cardById(chinaCard);
  state.log.push({
    round: state.round,
    side: null,
    text: `Headlines: US ${us.title}, China ${china.title}.`,
  });
  const order: [Side, Card][] =
    china.ops > us.ops
      ? [
          ['china', china],
          ['us', us],
        ]
      : [
          ['us', us],
          ['china', china],
        ];
  state.headlines = { us: null, china: null };
  for (const [actor, card] of order) {
    discardPlayed(state, card, true);
    if (!state.result) resolveEvent(state, card, { beneficiary: eventBeneficiary(card, actor), actor });
  }
  if (state.result) return;
  state.phase = 'action';
  const rounds = state.params.calendar.actionRoundsPerSide;
  state.actionRoundsLeft = { us: rounds, china: rounds };
  state.activeSide = 'china';
  moveToNextActor(state, 'china');
}

function canAct(state: GameState, side: Side): boolean {
  return state.actionRoundsLeft[side] > 0 && state.hands[side].length > 0;
}

/** `preferred` acts next if it can, else the other side, else the round ends. */
function moveToNextActor(state: GameState, preferred: Side): void {
  for (const side of sides) if (state.hands[side].length === 0) state.actionRoundsLeft[side] = 0;
  if (canAct(state, preferred)) state.activeSide = preferred;
  else if (canAct(state, rivalOf(preferred))) state.activeSide = rivalOf(preferred);
  else endRound(state);
}

export function finishActionRound(state: GameState): void {
  state.ops = null;
  if (state.result) return;
  const side = state.activeSide;
  state.actionRoundsLeft[side] = Math.max(0, state.actionRoundsLeft[side] - 1);
  moveToNextActor(state, rivalOf(side));
}

function recordRound(state: GameState, points: RoundPoints): void {
  state.history.push({
    round: state.round,
    year: state.year,
    computeLead: state.computeLead,
    escalation: state.escalation,
    frontierPoints: points.frontier,
    frontierClassPoints: points.frontierClass,
    adoptionPoints: points.adoption,
    ecosystemPoints: points.ecosystem,
    figures: { us: { ...state.sides.us.last }, china: { ...state.sides.china.last } },
    indicators: { us: roundIndicators(state, 'us'), china: roundIndicators(state, 'china') },
  });
}

/** The log entry of a round's end: production, compute, upkeep and scoring. */
export const roundEndText = (round: number, year: number): string => `Round ${round} (${year}) ends.`;

/** Production, compute, upkeep and scoring; then the next round begins. */
export function endRound(state: GameState): void {
  state.phase = 'action';
  state.ops = null;
  // The round's end has its entry, before any verdict its scoring gives, with what it changed.
  const before = snapshotFigures(state);
  const entry: LogEntry = { round: state.round, side: null, text: roundEndText(state.round, state.year) };
  state.log.push(entry);
  // The grid grows through the year, so this year's new capacity powers this year's chips.
  for (const side of sides) growPower(state, side);
  for (const side of sides) {
    produce(state, side);
    computeRound(state, side);
    collectIncome(state, side);
  }
  for (const side of sides) {
    const own = state.sides[side];
    for (const fab of own.fabs)
      if (fab.roundsUntilOnline === 0)
        learnYield(state.params, fab, state.params.fabs.yieldLearningPerRound, side);
    advanceConstruction(state, side);
    growEcosystem(state, side);
  }
  coolEscalation(state);
  const points = scoreRound(state);
  recordRound(state, points);
  recordEffects(entry, before, state);
  if (state.result) return;
  startNextRound(state);
}

function startNextRound(state: GameState): void {
  const { calendar } = state.params;
  state.round += 1;
  state.year += 1;
  state.log.push({ round: state.round, side: null, text: `${state.year} begins.` });
  // Both later eras join when their start rounds coincide (a parameter sweep may set them so).
  const joining = erasJoiningAt(state.params, state.round);
  if (joining.length > 0) {
    for (const era of joining) for (const id of cardIdsOfEra(era)) state.deck.push(id);
    shuffleInPlace(state.rng, state.deck);
    for (const era of joining)
      state.log.push({ round: state.round, side: null, text: `Era ${era} cards join the deck.` });
  }
  landDomesticEuvIfDue(state);
  for (const side of sides)
    state.sides[side].researchActionsThisRound = { domesticEuv: 0, domesticHbm: 0, domesticSpares: 0 };
  // The facilitator's events for this round come before the deal, so a hand is dealt into their world.
  resolveDueInjections(state);
  if (state.result) return;
  drawUpToHandSize(state);
  state.phase = 'headline';
  state.actionRoundsLeft = { us: 0, china: 0 };
  for (const side of sides) {
    if (state.hands[side].length === 0)
      state.log.push({ round: state.round, side, text: `${sideName(side)} has no card to headline.` });
  }
  if (state.hands.us.length === 0 || state.hands.china.length === 0) {
    // A side with no cards cannot headline: skip straight to the action rounds.
    state.phase = 'action';
    const rounds = calendar.actionRoundsPerSide;
    state.actionRoundsLeft = { us: rounds, china: rounds };
    moveToNextActor(state, 'china');
  }
}
