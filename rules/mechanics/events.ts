import type { Card } from '../content/card-types.ts';
import type { Effect, EffectTarget, EventHandlerName } from '../content/effects.ts';
import { recordEffects, snapshotFigures } from '../effects-log.ts';
import type { GameState, LogEntry } from '../state.ts';
import type { Side } from '../vocabulary.ts';
import { rivalOf } from '../vocabulary.ts';
import { changeExportControls, changeRetaliation } from './controls.ts';
import { addMaturity } from './ecosystem.ts';
import { addEfficiencyProgress } from './efficiency.ts';
import { changeEscalation } from './escalation.ts';
import { clampYield } from './fabs.ts';
import { addChips } from './production.ts';
import { addResearchProgress } from './research.ts';
import { changeComputeLead } from './scoring.ts';
import { addToolGroups, addToolWear } from './tools.ts';

/**
 * Card events (RULEBOOK §4): a card's effects are data, applied here. `beneficiary` is the side the event
 * works for; `actor` is the side that played the card, who answers for any escalation it causes, or null
 * for an event the facilitator brought in, which nobody answers for.
 */

export interface EventContext {
  beneficiary: Side;
  actor: Side | null;
}

export function targetSide(target: EffectTarget, beneficiary: Side): Side {
  switch (target) {
    case 'player':
      return beneficiary;
    case 'opponent':
      return rivalOf(beneficiary);
    case 'us':
    case 'china':
      return target;
  }
}

const handlers: Record<EventHandlerName, (state: GameState, context: EventContext) => void> = {
  taiwanStraitCrisis(state, { actor }) {
    const { events } = state.params;
    for (const fab of state.sides.us.fabs) {
      fab.capacityKWafersPerRound = Math.max(
        0,
        fab.capacityKWafersPerRound * (1 + events.straitCrisisUsCapacityShare),
      );
    }
    for (const side of ['us', 'china'] as const) {
      state.sides[side].budgetBn = Math.max(0, state.sides[side].budgetBn - events.straitCrisisBudgetLossBn);
    }
    changeEscalation(state, actor, events.straitCrisisEscalation);
  },
  stockpileRush(state, { actor }) {
    const { events, controls } = state.params;
    const china = state.sides.china;
    china.hbmStockKChips += events.stockpileHbmKChips;
    addChips(china, events.stockpileChipsK, controls.downgradedChipPerformancePflops);
    changeExportControls(state, actor, events.stockpileControlLevels);
  },
  talentExchange(state) {
    const { events } = state.params;
    addEfficiencyProgress(state, 'china', events.talentEfficiencyPoints);
    state.sides.china.developersM += events.talentDevelopersM;
    state.sides.us.influence = Math.max(0, state.sides.us.influence - events.talentUsInfluenceLoss);
  },
};

export function applyEffect(state: GameState, effect: Effect, context: EventContext): void {
  const sideOf = (target: EffectTarget): Side => targetSide(target, context.beneficiary);
  switch (effect.kind) {
    case 'budget': {
      const own = state.sides[sideOf(effect.target)];
      own.budgetBn = Math.max(0, own.budgetBn + effect.amountBn);
      return;
    }
    case 'influence': {
      const own = state.sides[sideOf(effect.target)];
      own.influence = Math.max(0, own.influence + effect.amount);
      return;
    }
    case 'developers': {
      const own = state.sides[sideOf(effect.target)];
      own.developersM = Math.max(0, own.developersM + effect.amountM);
      return;
    }
    case 'maturity':
      addMaturity(state, sideOf(effect.target), effect.amount);
      return;
    case 'efficiencyProgress':
      addEfficiencyProgress(state, sideOf(effect.target), effect.points);
      return;
    case 'researchProgress':
      if (sideOf(effect.target) === 'china') addResearchProgress(state, effect.track, effect.points);
      return;
    case 'yield':
      for (const fab of state.sides[sideOf(effect.target)].fabs) {
        fab.yieldFraction += effect.deltaFraction;
        clampYield(state.params, fab, sideOf(effect.target));
      }
      return;
    case 'capacity':
      for (const fab of state.sides[sideOf(effect.target)].fabs) {
        fab.capacityKWafersPerRound = Math.max(0, fab.capacityKWafersPerRound * (1 + effect.share));
      }
      return;
    case 'toolWear':
      if (sideOf(effect.target) === 'china')
        addToolWear(state, effect.delta, state.sides.china.toolGroupWear.length);
      return;
    case 'toolGroups':
      if (sideOf(effect.target) === 'china') addToolGroups(state, effect.count);
      return;
    case 'chips':
      addChips(state.sides[sideOf(effect.target)], effect.amountK, effect.performancePflops);
      return;
    case 'power': {
      const own = state.sides[sideOf(effect.target)];
      own.powerGw = Math.max(0, own.powerGw + effect.amountGw);
      return;
    }
    case 'hbm': {
      const own = state.sides[sideOf(effect.target)];
      if (sideOf(effect.target) === 'china')
        own.hbmStockKChips = Math.max(0, own.hbmStockKChips + effect.amountKChips);
      return;
    }
    case 'interconnect': {
      const own = state.sides[sideOf(effect.target)];
      own.interconnectLevel = Math.max(
        1,
        Math.min(state.params.interconnect.maxLevel, own.interconnectLevel + effect.levels),
      );
      return;
    }
    case 'dependency': {
      const own = state.sides[sideOf(effect.target)];
      own.dependency = Math.max(0, own.dependency + effect.amount);
      return;
    }
    case 'exportControls':
      changeExportControls(state, context.actor, effect.levels);
      return;
    case 'retaliation':
      changeRetaliation(state, context.actor, effect.levels);
      return;
    case 'escalation':
      changeEscalation(state, context.actor, effect.delta);
      return;
    case 'computeLead':
      changeComputeLead(state, effect.delta);
      return;
    case 'handler':
      handlers[effect.name](state, context);
      return;
  }
}

export function resolveEvent(state: GameState, card: Card, context: EventContext): void {
  const before = snapshotFigures(state);
  const entry: LogEntry = { round: state.round, side: context.actor, text: `Event: ${card.title}.` };
  state.log.push(entry);
  for (const effect of card.effects) {
    if (state.result) break;
    applyEffect(state, effect, context);
  }
  recordEffects(entry, before, state);
}

const sideTargets: readonly EffectTarget[] = ['us', 'china'];

/** The effects as they work for both sides alike: one aimed at the player or the opponent hits each side once. */
function forBothSides(effect: Effect): Effect[] {
  if (!('target' in effect) || (effect.target !== 'player' && effect.target !== 'opponent')) return [effect];
  return sideTargets.map((target) => ({ ...effect, target }));
}

/**
 * An event the facilitator brings in (RULEBOOK §4): it works for the card's owner, and a neutral card's
 * works for both sides alike. Nobody played it, so nobody answers for its escalation (`actor` null). The
 * card itself stays wherever it is: only its event happens.
 */
export function resolveBroughtInEvent(state: GameState, card: Card): void {
  const before = snapshotFigures(state);
  const entry: LogEntry = {
    round: state.round,
    side: null,
    text: `Brought in by the facilitator: ${card.title}.`,
  };
  state.log.push(entry);
  applyBroughtInEffects(state, card);
  recordEffects(entry, before, state);
}

function applyBroughtInEffects(state: GameState, card: Card): void {
  const owner = card.owner;
  for (const effect of card.effects) {
    if (owner !== 'neutral') {
      if (state.result) return;
      applyEffect(state, effect, { beneficiary: owner, actor: null });
      continue;
    }
    // Every relative target is fixed to a side here, so the beneficiary is never read.
    for (const fixed of forBothSides(effect)) {
      if (state.result) return;
      applyEffect(state, fixed, { beneficiary: 'us', actor: null });
    }
  }
}
