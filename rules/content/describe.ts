import { trackTitle } from '../mechanics/research.ts';
import type { CardOwner } from '../vocabulary.ts';
import type { Card } from './card-types.ts';
import type { Parameters } from './parameters.ts';
import { defaultParameters } from './parameters.ts';
import type { Effect, EffectTarget, EventHandlerName } from './effects.ts';

/**
 * Plain-English text for card effects (RULEBOOK §4, §17), shared by the rulebook and the UI. On a card,
 * "you" is the side the event works for (its owner, or whoever plays a neutral card); "your rival" is
 * the other side.
 */

interface Subject {
  name: string;
  /** "you" takes the plain verb ("you gain"); every other subject the third person ("China gains"). */
  thirdPerson: boolean;
  /** Before a plural noun: "your fabs", "Chinese fabs". */
  adjective: string;
  /** "each of your fabs", "each US fab". */
  each: (noun: string) => string;
}

const subjects: Record<EffectTarget, Subject> = {
  player: { name: 'you', thirdPerson: false, adjective: 'your', each: (noun) => `each of your ${noun}s` },
  opponent: {
    name: 'your rival',
    thirdPerson: true,
    adjective: "your rival's",
    each: (noun) => `each of your rival's ${noun}s`,
  },
  us: { name: 'the US', thirdPerson: true, adjective: 'US', each: (noun) => `each US ${noun}` },
  china: { name: 'China', thirdPerson: true, adjective: 'Chinese', each: (noun) => `each Chinese ${noun}` },
};

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

const words = ['zero', 'one', 'two', 'three', 'four', 'five', 'six'];

/** Small whole numbers as words ("two levels"), anything else as digits. */
function count(amount: number, unit: string, units = `${unit}s`): string {
  const size = Math.abs(amount);
  const word = Number.isInteger(size) ? words[size] : undefined;
  return `${word ?? formatNumber(size)} ${size === 1 ? unit : units}`;
}

/** Digits and a unit: "1 point", "2 points". */
export function plural(amount: number, unit: string, units = `${unit}s`): string {
  const size = Math.abs(amount);
  return `${formatNumber(size)} ${size === 1 ? unit : units}`;
}

/** Up to three decimals, no trailing zeros: 0.5, 1.25, 0.035, 200. */
export function formatNumber(value: number): string {
  return String(Math.round(value * 1000) / 1000);
}

/** "You gain 2 influence." / "Your rival loses $3Bn." */
function gainOrLose(target: EffectTarget, amount: number, what: (size: string) => string): string {
  const subject = subjects[target];
  const verb = amount >= 0 ? 'gain' : 'lose';
  const size = formatNumber(Math.abs(amount));
  return `${capitalise(subject.name)} ${verb}${subject.thirdPerson ? 's' : ''} ${what(size)}.`;
}

/** The side an effect lands on, when the target and the card's owner settle it. */
function landsOn(target: EffectTarget, owner: CardOwner | undefined): 'us' | 'china' | undefined {
  if (target === 'us' || target === 'china') return target;
  if (owner === undefined || owner === 'neutral') return undefined;
  return target === 'player' ? owner : owner === 'us' ? 'china' : 'us';
}

/** Effects the engine applies to China only (research, HBM, tools): say so when it may matter. */
function chinaOnly(text: string, target: EffectTarget, owner: CardOwner | undefined): string {
  const side = landsOn(target, owner);
  if (side === 'china') return text;
  const sentence = text.slice(0, -1);
  return side === 'us' ? `${sentence} (no effect: only China has this).` : `${sentence} (China only).`;
}

const rises = (amount: number): string => (amount >= 0 ? 'rises' : 'falls');

const percentOf = (share: number): string => `${Math.round(Math.abs(share) * 100)}%`;
const steps = (count: number): string =>
  count === 1 ? 'one step' : count === 2 ? 'two steps' : `${count} steps`;
const levels = (count: number): string => (count === 1 ? 'one level' : `${count} levels`);

/** What each named handler does, from the same parameters rules/mechanics/events.ts applies. */
export function describeHandler(name: EventHandlerName, params: Parameters = defaultParameters): string {
  const { events } = params;
  switch (name) {
    case 'taiwanStraitCrisis':
      return `Every US fab loses ${percentOf(events.straitCrisisUsCapacityShare)} of its capacity, the US and China each lose $${events.straitCrisisBudgetLossBn}Bn, and escalation rises ${steps(events.straitCrisisEscalation)} (the side that played the card answers for it).`;
    case 'stockpileRush':
      return `China gains ${events.stockpileHbmKChips}k HBM chip sets and ${events.stockpileChipsK}k imported chips at downgraded-chip performance; then export controls tighten ${levels(events.stockpileControlLevels)} (the side that played the card answers for the escalation).`;
    case 'talentExchange':
      return `China gains ${events.talentEfficiencyPoints} algorithmic-efficiency progress point${events.talentEfficiencyPoints === 1 ? '' : 's'} and ${events.talentDevelopersM}M developers; the US loses ${events.talentUsInfluenceLoss} influence.`;
  }
}

/** One sentence for one effect. `owner` (the card's owner), when given, drops needless caveats. */
export function describeEffect(effect: Effect, owner?: CardOwner): string {
  switch (effect.kind) {
    case 'budget':
      return gainOrLose(effect.target, effect.amountBn, (size) => `$${size}Bn`);
    case 'influence':
      return gainOrLose(effect.target, effect.amount, (size) => `${size} influence`);
    case 'developers':
      return gainOrLose(effect.target, effect.amountM, (size) => `${size}M developers`);
    case 'maturity':
      return gainOrLose(effect.target, effect.amount, (size) => `${size} library maturity`);
    case 'efficiencyProgress':
      return gainOrLose(effect.target, effect.points, () =>
        plural(effect.points, 'algorithmic-efficiency progress point'),
      );
    case 'researchProgress':
      return chinaOnly(
        gainOrLose(
          effect.target,
          effect.points,
          () => `${plural(effect.points, 'point')} on the ${trackTitle(effect.track)} track`,
        ),
        effect.target,
        owner,
      );
    case 'yield':
      return `Yield at ${subjects[effect.target].adjective} fabs ${rises(effect.deltaFraction)} by ${plural(effect.deltaFraction * 100, 'percentage point')} (kept between zero and each fab's cap).`;
    case 'capacity':
      return `${capitalise(subjects[effect.target].each('fab'))} ${effect.share >= 0 ? 'gains' : 'loses'} ${formatNumber(Math.abs(effect.share) * 100)}% of its capacity.`;
    case 'toolWear':
      return chinaOnly(
        effect.delta >= 0
          ? `${capitalise(subjects[effect.target].each('DUV tool group'))} gains ${formatNumber(effect.delta)} wear; any group worn to 1 is lost.`
          : `${capitalise(subjects[effect.target].each('DUV tool group'))} sheds ${formatNumber(-effect.delta)} wear.`,
        effect.target,
        owner,
      );
    case 'toolGroups':
      return chinaOnly(
        effect.count >= 0
          ? gainOrLose(effect.target, effect.count, () => plural(effect.count, 'new DUV tool group'))
          : gainOrLose(
              effect.target,
              effect.count,
              () => `${plural(effect.count, 'DUV tool group')}, the most worn first`,
            ),
        effect.target,
        owner,
      );
    case 'chips':
      return effect.amountK >= 0
        ? gainOrLose(
            effect.target,
            effect.amountK,
            (size) => `${size}k chips of ${formatNumber(effect.performancePflops)} PFLOPS each`,
          )
        : gainOrLose(effect.target, effect.amountK, (size) => `${size}k installed chips`);
    case 'power':
      return gainOrLose(effect.target, effect.amountGw, (size) => `${size} GW of power`);
    case 'hbm':
      return chinaOnly(
        gainOrLose(effect.target, effect.amountKChips, (size) => `${size}k HBM chip sets`),
        effect.target,
        owner,
      );
    case 'interconnect':
      return `${capitalise(subjects[effect.target].adjective)} interconnect ${rises(effect.levels)} ${count(effect.levels, 'level')} (within the track's limits).`;
    case 'dependency':
      return gainOrLose(effect.target, effect.amount, (size) => `${size} dependency`);
    case 'exportControls':
      return `Export controls ${effect.levels >= 0 ? 'tighten' : 'loosen'} ${count(effect.levels, 'level')}.`;
    case 'retaliation':
      return `China's retaliation ${rises(effect.levels)} ${count(effect.levels, 'level')}.`;
    case 'escalation':
      return `Escalation ${rises(effect.delta)} ${count(effect.delta, 'step')}.`;
    case 'computeLead':
      return `The compute-lead track moves ${count(effect.delta, 'space')} toward ${effect.delta >= 0 ? 'the US' : 'China'}.`;
    case 'handler':
      return describeHandler(effect.name);
  }
}

const ownerName: Record<CardOwner, string> = { us: 'US card', china: 'China card', neutral: 'Neutral card' };

/** The event's effects as one paragraph. */
export function describeEvent(card: Pick<Card, 'effects' | 'owner'>): string {
  return card.effects.map((effect) => describeEffect(effect, card.owner)).join(' ');
}

/** "US card, 3 ops. Event: Export controls tighten one level. You lose $2Bn." */
export function describeCard(card: Pick<Card, 'effects' | 'owner' | 'ops'>): string {
  return `${ownerName[card.owner]}, ${plural(card.ops, 'op')}. Event: ${describeEvent(card)}`;
}
