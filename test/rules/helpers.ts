import type { Card } from '../../rules/content/card-types.ts';
import { cards, cardsOfEra } from '../../rules/content/catalog.ts';
import type { GameOptions } from '../../rules/setup.ts';
import type { GameState, Move, Side } from '../../rules/index.ts';
import { applyMoveInPlace, createGame, legalMoves, sidesToMove } from '../../rules/index.ts';
import { yieldCapFraction } from '../../rules/mechanics/fabs.ts';
import { maxEfficiencyLevel } from '../../rules/mechanics/efficiency.ts';
import type { RngState } from '../../rules/rng.ts';
import { nextInt, seedRng } from '../../rules/rng.ts';
import { eras, sides } from '../../rules/vocabulary.ts';

/** Test helpers: build states, pick cards from the catalog by what they are, play random games. */

export function newGame(seed: string | number = 'test', options: Omit<GameOptions, 'seed'> = {}): GameState {
  return createGame({ seed, ...options });
}

/** The first catalog card matching `predicate`; fails the test when there is none. */
export function findCard(predicate: (card: Card) => boolean, what = 'a matching card'): Card {
  const card = cards.find(predicate);
  if (!card) throw new Error(`the catalog has no ${what}`);
  return card;
}

/** Gives `side` exactly `cardIds` in hand, taking them from wherever they are (deck, discard, rival). */
export function setHand(state: GameState, side: Side, cardIds: readonly string[]): void {
  const taken = new Set(cardIds);
  const without = (list: string[]): string[] => list.filter((id) => !taken.has(id));
  const previous = state.hands[side].filter((id) => !taken.has(id));
  state.deck = without(state.deck);
  state.discard = without(state.discard);
  state.removed = without(state.removed);
  state.hands[sideOther(side)] = without(state.hands[sideOther(side)]);
  state.hands[side] = [...cardIds];
  // Cards pushed out of the hand go to the bottom of the deck, so the card count is unchanged.
  state.deck.unshift(...previous);
}

const sideOther = (side: Side): Side => (side === 'us' ? 'china' : 'us');

/** Moves the game to China's first action round with the given hands (headlines skipped). */
export function toActionPhase(state: GameState, active: Side = 'china'): void {
  state.phase = 'action';
  state.activeSide = active;
  const rounds = state.params.calendar.actionRoundsPerSide;
  state.actionRoundsLeft = { us: rounds, china: rounds };
}

/** A seeded chooser picking uniformly among `options`. */
export function pick<T>(rng: RngState, options: readonly T[]): T {
  const choice = options[nextInt(rng, options.length)];
  if (choice === undefined) throw new Error('nothing to choose from');
  return choice;
}

/** Plays one random legal move in place; returns it (undefined when the game is over). */
export function playRandomMove(state: GameState, rng: RngState): Move | undefined {
  const side = sidesToMove(state)[0];
  if (side === undefined) return undefined;
  const move = pick(rng, legalMoves(state, side));
  const rejection = applyMoveInPlace(state, move);
  if (rejection) throw new Error(`a legal move was rejected: ${rejection.code} ${rejection.message}`);
  return move;
}

/** Plays random legal moves until the game ends (or `maxMoves`), calling `each` after every move. */
export function playRandomGame(
  state: GameState,
  chooserSeed: string,
  each: (state: GameState, move: Move) => void = () => undefined,
  maxMoves = 5000,
): number {
  const rng = seedRng(chooserSeed);
  let moves = 0;
  while (!state.result && moves < maxMoves) {
    const move = playRandomMove(state, rng);
    if (!move) break;
    each(state, move);
    moves++;
  }
  return moves;
}

/** The ids of every card whose era has joined the deck by the state's round. */
export function joinedCardIds(state: GameState): string[] {
  const { era2StartRound, era3StartRound } = state.params.calendar;
  const joined = eras.filter(
    (era) =>
      era === 1 ||
      (era === 2 && state.round >= era2StartRound) ||
      (era === 3 && state.round >= era3StartRound),
  );
  return joined.flatMap((era) => cardsOfEra(era).map((card) => card.id));
}

/** Every card the state holds anywhere: hands, deck, discard, removed and chosen headlines. */
export function cardsInPlay(state: GameState): string[] {
  const headlines = [state.headlines.us, state.headlines.china].filter((id): id is string => id !== null);
  return [
    ...state.hands.us,
    ...state.hands.china,
    ...state.deck,
    ...state.discard,
    ...state.removed,
    ...headlines,
  ];
}

const EPS = 1e-9;

/** Every broken invariant of `state`, as readable lines (empty when the state is valid). */
export function checkInvariants(state: GameState): string[] {
  const problems: string[] = [];
  const { params } = state;
  const within = (name: string, value: number, low: number, high: number): void => {
    if (!Number.isFinite(value) || value < low - EPS || value > high + EPS)
      problems.push(`${name} = ${value} outside [${low}, ${high}]`);
  };
  const nonNegative = (name: string, value: number): void => {
    if (!Number.isFinite(value) || value < -EPS) problems.push(`${name} = ${value} is negative`);
  };

  for (const side of sides) {
    const own = state.sides[side];
    nonNegative(`${side}.budgetBn`, own.budgetBn);
    nonNegative(`${side}.chipsK`, own.chipsK);
    nonNegative(`${side}.chipPerformancePflops`, own.chipPerformancePflops);
    nonNegative(`${side}.powerGw`, own.powerGw);
    nonNegative(`${side}.developersM`, own.developersM);
    nonNegative(`${side}.hbmStockKChips`, own.hbmStockKChips);
    nonNegative(`${side}.influence`, own.influence);
    nonNegative(`${side}.dependency`, own.dependency);
    nonNegative(`${side}.efficiencyProgress`, own.efficiencyProgress);
    nonNegative(`${side}.portingRoundsLeft`, own.portingRoundsLeft);
    within(`${side}.maturity`, own.maturity, 0, params.ecosystem.maturityMax);
    within(`${side}.efficiencyLevel`, own.efficiencyLevel, 0, maxEfficiencyLevel(params));
    within(`${side}.interconnectLevel`, own.interconnectLevel, 1, params.interconnect.maxLevel);
    own.toolGroupWear.forEach((wear, i) => {
      if (!(wear >= 0 && wear < 1)) problems.push(`${side}.toolGroupWear[${i}] = ${wear} outside [0, 1)`);
    });
    for (const fab of own.fabs) {
      within(
        `${side} fab ${fab.id} yield`,
        fab.yieldFraction,
        0,
        yieldCapFraction(params, fab.route, fab.node),
      );
      nonNegative(`${side} fab ${fab.id} capacity`, fab.capacityKWafersPerRound);
      nonNegative(`${side} fab ${fab.id} roundsUntilOnline`, fab.roundsUntilOnline);
    }
    for (const [track, points] of Object.entries(own.researchProgress))
      nonNegative(`${side}.researchProgress.${track}`, points);
    if (state.hands[side].length > params.calendar.handSize)
      problems.push(`${side} holds ${state.hands[side].length} cards, more than the hand size`);
    within(`actionRoundsLeft.${side}`, state.actionRoundsLeft[side], 0, params.calendar.actionRoundsPerSide);
  }
  within('escalation', state.escalation, 0, params.escalation.limit);
  within('computeLead', state.computeLead, -params.scoring.leadToWin, params.scoring.leadToWin);
  within('exportControlLevel', state.exportControlLevel, 0, params.controls.maxLevel);
  within('retaliationLevel', state.retaliationLevel, 0, params.controls.retaliationMaxLevel);
  within('round', state.round, 1, params.calendar.roundCount);

  const held = cardsInPlay(state);
  const expected = joinedCardIds(state);
  if (new Set(held).size !== held.length) problems.push('a card is in two places at once');
  if ([...held].sort().join(',') !== [...expected].sort().join(','))
    problems.push(`cards not conserved: hold ${held.length}, expected ${expected.length}`);

  if (state.result) {
    if (state.phase !== 'over') problems.push('a finished game is not in the "over" phase');
  } else if (state.phase === 'over') {
    problems.push('the phase is "over" without a result');
  } else if (state.phase === 'action') {
    const active = state.activeSide;
    if (!state.ops && (state.actionRoundsLeft[active] <= 0 || state.hands[active].length === 0))
      problems.push(`${active} is to act without a card or an action round`);
  }
  if (!state.result) {
    const toMove = sidesToMove(state);
    if (toMove.length === 0) problems.push('nobody can move in a running game');
    for (const side of toMove)
      if (legalMoves(state, side).length === 0) problems.push(`${side} is to move but has no legal move`);
  }
  if (state.ops && !state.discard.includes(state.ops.cardId) && !state.removed.includes(state.ops.cardId))
    problems.push('the card played for operations is not in the discard pile');
  return problems;
}
