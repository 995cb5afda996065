import { describe, expect, it } from 'vitest';
import type { FigureChange, GameState, LogEntry, SideFigureId, SideState } from '../../rules/index.ts';
import {
  applyMoveInPlace,
  cloneState,
  figureChangesBetween,
  roundEndText,
  sideFigureIds,
} from '../../rules/index.ts';
import { figureChangesSince, recordEffects, snapshotFigures } from '../../rules/effects-log.ts';
import { researchActionCostBn } from '../../rules/mechanics/research.ts';
import { endRound } from '../../rules/round.ts';
import { findCard, newGame, setHand, toActionPhase } from './helpers.ts';

/** The log's effects (issue 12): each event, action and round end records the public figures it changed. */

/** What the log keeps of a figure: six significant digits (the sync's size). */
const logged = (value: number): number => Number(value.toPrecision(6));

function play(state: GameState, move: Parameters<typeof applyMoveInPlace>[1]): void {
  const rejection = applyMoveInPlace(state, move);
  if (rejection) throw new Error(`${rejection.code}: ${rejection.message}`);
}

const entryWithText = (state: GameState, text: string) => {
  const entry = state.log.find((candidate) => candidate.text === text);
  if (!entry) throw new Error(`no log entry "${text}"`);
  return entry;
};

describe('the effects a log entry records (RULEBOOK §15)', () => {
  it('an event records each figure its card changed, before and after (RULEBOOK §4)', () => {
    const stargate = findCard((card) => card.title === 'Stargate', 'Stargate');
    const state = newGame('effects-event');
    setHand(state, 'us', [stargate.id]);
    toActionPhase(state, 'us');
    const budgetBn = state.sides.us.budgetBn;
    const powerGw = state.sides.us.powerGw;
    play(state, { type: 'playCard', side: 'us', cardId: stargate.id, use: 'event' });
    expect(entryWithText(state, 'US plays Stargate for its event.').effects).toBeUndefined();
    expect(entryWithText(state, 'Event: Stargate.').effects).toEqual([
      { side: 'us', figure: 'budget', before: logged(budgetBn), after: logged(budgetBn + 2) },
      { side: 'us', figure: 'power', before: logged(powerGw), after: logged(powerGw + 2) },
    ]);
  });

  it("a rival's event names the side it hit (RULEBOOK §4)", () => {
    const december = findCard((card) => card.title === 'The December Package', 'The December Package');
    const china = findCard((card) => card.owner === 'china' && card.ops >= 1, 'a China card');
    const state = newGame('effects-rival');
    setHand(state, 'china', [china.id]);
    setHand(state, 'us', [december.id]);
    toActionPhase(state, 'us');
    const hbm = state.sides.china.hbmStockKChips;
    play(state, { type: 'playCard', side: 'us', cardId: december.id, use: 'event' });
    const effects = entryWithText(state, 'Event: The December Package.').effects ?? [];
    expect(effects.map((change) => [change.side, change.figure])).toEqual([
      ['china', 'toolWear'],
      ['china', 'hbmStock'],
    ]);
    expect(effects[1]).toMatchObject({ before: logged(hbm), after: logged(hbm - 200) });
  });

  it('an action records its cost and what it did (RULEBOOK §3, §13)', () => {
    const card = findCard((candidate) => candidate.owner === 'china' && candidate.ops >= 2, 'a China card');
    const state = newGame('effects-action');
    setHand(state, 'china', [card.id]);
    toActionPhase(state, 'china');
    play(state, { type: 'playCard', side: 'china', cardId: card.id, use: 'ops' });
    const budgetBn = state.sides.china.budgetBn;
    const costBn = researchActionCostBn(state, 'domesticHbm');
    const progress = state.sides.china.researchProgress.domesticHbm;
    play(state, { type: 'takeAction', side: 'china', action: 'researchDomestic', track: 'domesticHbm' });
    expect(entryWithText(state, 'China: Domestic research (domesticHbm).').effects).toEqual([
      { side: 'china', figure: 'budget', before: logged(budgetBn), after: logged(budgetBn - costBn) },
      {
        side: 'china',
        figure: 'research',
        track: 'domesticHbm',
        before: logged(progress),
        after: logged(progress + state.params.research.trackPointsPerAction),
      },
    ]);
  });

  it('a round end has its own entry with what production, upkeep and scoring changed (RULEBOOK §2)', () => {
    const state = newGame('effects-round');
    toActionPhase(state);
    const before = cloneState(state);
    endRound(state);
    const entry = entryWithText(state, roundEndText(1, 2025));
    const changeOf = (side: FigureChange['side'], figure: FigureChange['figure']) =>
      entry.effects?.find((change) => change.side === side && change.figure === figure);
    for (const side of ['us', 'china'] as const) {
      expect(changeOf(side, 'chips')).toMatchObject({
        before: logged(before.sides[side].chipsK),
        after: logged(state.sides[side].chipsK),
      });
      expect(changeOf(side, 'budget')).toMatchObject({
        before: logged(before.sides[side].budgetBn),
        after: logged(state.sides[side].budgetBn),
      });
    }
    const lead = state.history[0]?.computeLead;
    if (lead !== undefined && logged(lead) !== logged(before.computeLead))
      expect(changeOf(null, 'computeLead')).toEqual({
        side: null,
        figure: 'computeLead',
        before: logged(before.computeLead),
        after: logged(lead),
      });
    const texts = state.log.map((candidate) => candidate.text);
    expect(texts.indexOf('2026 begins.')).toBe(texts.indexOf(roundEndText(1, 2025)) + 1);
  });

  it('a verdict at a round end comes after that round’s entry (RULEBOOK §14)', () => {
    const state = newGame('effects-verdict');
    toActionPhase(state);
    state.round = state.params.calendar.roundCount;
    state.year = 2032;
    endRound(state);
    expect(state.result?.reason).toBe('finalScore');
    expect(state.log.at(-2)?.text).toBe(roundEndText(state.round, 2032));
    expect(state.log.at(-1)?.text).toMatch(/wins|drawn/);
  });

  it('records six significant digits, and a change that rounds away is none (RULEBOOK §15)', () => {
    const state = newGame('effects-rounded');
    const before = snapshotFigures(state);
    state.sides.us.budgetBn = 14.147272812659372;
    state.sides.china.budgetBn += 1e-7;
    state.sides.china.developersM = 2.5058000000000002;
    const entry: LogEntry = { round: 1, side: null, text: 'A step.' };
    recordEffects(entry, before, state);
    expect(entry.effects?.map(({ side, figure, after }) => [side, figure, after])).toEqual([
      ['us', 'budget', 14.1473],
      ['china', 'developers', 2.5058],
    ]);
    // The client's fallback compares views exactly: it still sees the step's every change.
    expect(figureChangesSince(before, state).map(({ side, figure }) => [side, figure])).toEqual([
      ['us', 'budget'],
      ['china', 'budget'],
      ['china', 'developers'],
    ]);
  });

  it('a play for operations and a change of nothing record no effects (RULEBOOK §3)', () => {
    const card = findCard((candidate) => candidate.owner === 'china' && candidate.ops >= 2, 'a China card');
    const state = newGame('effects-none');
    setHand(state, 'china', [card.id]);
    toActionPhase(state, 'china');
    play(state, { type: 'playCard', side: 'china', cardId: card.id, use: 'ops' });
    expect(state.log.at(-1)?.effects).toBeUndefined();
    expect(figureChangesBetween(cloneState(state), state)).toEqual([]);
  });
});

/** How to move each side figure: the change must come out under that figure's id and no other. */
const moveFigure: Record<SideFigureId, (own: SideState) => void> = {
  budget: (own) => (own.budgetBn += 1),
  influence: (own) => (own.influence += 1),
  dependency: (own) => (own.dependency += 1),
  fabs: (own) => {
    own.fabs.push({
      id: 99,
      node: 'n7',
      route: 'duv',
      capacityKWafersPerRound: 10,
      yieldFraction: 0.3,
      roundsUntilOnline: 2,
    });
  },
  capacity: (own) => {
    const fab = own.fabs[0];
    if (fab) fab.capacityKWafersPerRound += 5;
  },
  // A group as worn as the mean: the count changes and the mean wear does not.
  toolGroups: (own) => {
    const wear = own.toolGroupWear;
    wear.push(wear.reduce((total, each) => total + each, 0) / wear.length);
  },
  toolWear: (own) => {
    own.toolGroupWear[0] = (own.toolGroupWear[0] ?? 0) + 0.1;
  },
  hbmStock: (own) => (own.hbmStockKChips += 10),
  chips: (own) => (own.chipsK += 10),
  power: (own) => (own.powerGw += 1),
  interconnect: (own) => (own.interconnectLevel += 1),
  algorithmLevel: (own) => (own.efficiencyLevel += 1),
  algorithmProgress: (own) => (own.efficiencyProgress += 1),
  developers: (own) => (own.developersM += 0.5),
  maturity: (own) => (own.maturity += 1),
  porting: (own) => (own.portingRoundsLeft = 3),
  mandate: (own) => (own.domesticMandate = true),
};

describe('the public figures the effects read', () => {
  it.each(sideFigureIds)('%s is read from its own field', (figure) => {
    const state = newGame('effects-figures');
    const before = cloneState(state);
    // China: the side with tool groups, HBM stock and fabs of both kinds.
    moveFigure[figure](state.sides.china);
    const changes = figureChangesBetween(before, state);
    expect(changes.map((change) => [change.side, change.figure])).toEqual([['china', figure]]);
  });

  it('reads the tracks, each fab’s yield and each research track (RULEBOOK §5, §12, §13)', () => {
    const state = newGame('effects-shared');
    const before = cloneState(state);
    state.escalation += 1;
    state.retaliationLevel += 1;
    const fab = state.sides.us.fabs[1];
    if (!fab) throw new Error('the US starts with two fabs');
    fab.yieldFraction -= 0.05;
    state.sides.china.researchProgress.domesticEuv += 1;
    state.sides.china.sanctionsOnTrack.domesticSpares += 1;
    expect(figureChangesBetween(before, state)).toEqual([
      { side: null, figure: 'escalation', before: before.escalation, after: state.escalation },
      {
        side: null,
        figure: 'retaliation',
        before: before.retaliationLevel,
        after: state.retaliationLevel,
      },
      {
        side: 'us',
        figure: 'fabYield',
        fabId: fab.id,
        node: fab.node,
        before: before.sides.us.fabs[1]?.yieldFraction,
        after: fab.yieldFraction,
      },
      {
        side: 'china',
        figure: 'research',
        track: 'domesticEuv',
        before: before.sides.china.researchProgress.domesticEuv,
        after: state.sides.china.researchProgress.domesticEuv,
      },
      { side: 'china', figure: 'entityListings', track: 'domesticSpares', before: 0, after: 1 },
    ]);
  });
});
