import type { PlayerView, Side } from '../../rules/index.ts';
import { rivalOf } from '../../rules/index.ts';
import type { PhoneTab } from '../board/phone-tabs.tsx';
import { describeLead, sideShort } from '../board/format.ts';
import type { StepRule } from './tutorial-machine.ts';

/**
 * The guided first round as data: each step points at a real part of the board (the first of its CSS
 * selectors found), says in a sentence or two what it is, and moves on when the player does what it
 * asks, or on "Next". Figures come from the match's own view and parameters, never from here: the rules
 * may change them.
 */

export interface TutorialStep extends StepRule {
  /** Where the coach points, best first: a later selector stands in while the first is not on screen. */
  target: readonly string[];
  /** The phone's tab that shows the target. */
  tab: PhoneTab;
  text: (view: PlayerView, side: Side) => string;
  /** A rulebook section ("14" opens `#rules-14`) for whoever wants the whole rule. */
  rulebookSection?: string;
}

const availableOpsButton = '.hand .option[data-option="ops"]:not(.unavailable) button';

export const tutorialSteps: readonly TutorialStep[] = [
  {
    id: 'welcome',
    target: ['.status'],
    tab: 'play',
    advanceWhen: 'next',
    text: (view, side) =>
      `You play ${sideShort(side)} against a bot. I’ll show you round ${view.round} one part at a time: do what I ask, or press Next.`,
  },
  {
    id: 'lead',
    target: ['.track-lead'],
    tab: 'board',
    advanceWhen: 'next',
    text: (view) => {
      const lead = view.params.scoring.leadToWin;
      return `The compute lead. Each round end scores four contests (the frontier race, frontier class, adoption and the ecosystem) and moves this marker. The US wins at +${lead}, China at −${lead}. Now: ${describeLead(view.computeLead)}.`;
    },
  },
  {
    id: 'how-to-win',
    target: ['.win-panel'],
    tab: 'goals',
    advanceWhen: 'next',
    rulebookSection: '14',
    text: (_view, side) =>
      `How to win: every way the game can end, and how near ${sideShort(side)} and ${sideShort(rivalOf(side))} are to each. The bars fill as a side gets closer.`,
  },
  {
    id: 'card',
    target: ['.hand .cards .card'],
    tab: 'play',
    advanceWhen: 'next',
    rulebookSection: '4',
    text: () =>
      'A card. The number in the circle is its operations points (ops); the text is its event. A rival’s card played for ops fires its event for them first.',
  },
  {
    id: 'headline',
    target: ['.hand .option[data-option="headline"]:not(.unavailable) button', '.hand .cards .card'],
    tab: 'play',
    advanceWhen: 'headlineChosen',
    text: () =>
      'First, the headline: both sides pick a card in secret and both events happen. Press Headline on a card.',
  },
  {
    id: 'play-for-ops',
    target: [availableOpsButton, '.status'],
    tab: 'play',
    advanceWhen: 'cardPlayedForOps',
    text: (view, side) =>
      view.phase === 'action' && view.activeSide === side
        ? 'Your turn. Play a card for its operations: press Ops on a card.'
        : `Now the action rounds. When ${sideShort(rivalOf(side))} has moved it is your turn: then press Ops on a card.`,
  },
  {
    id: 'unavailable',
    target: ['.ops .option.unavailable', '.ops .actions li'],
    tab: 'play',
    advanceWhen: 'next',
    rulebookSection: '3',
    text: () => 'These are your actions. A greyed one cannot be taken now, and the words beside it say why.',
  },
  {
    id: 'take-action',
    target: ['.ops .option:not(.unavailable) button', '.ops'],
    tab: 'play',
    advanceWhen: 'actionTaken',
    text: (view) =>
      `Pick an action: its ops cost is beside its name, a money cost on the button.${view.ops ? ` You have ${view.ops.opsRemaining} ops to spend.` : ''}`,
  },
  {
    id: 'end-turn',
    target: ['.ops-head .end-turn button', '.status'],
    tab: 'play',
    advanceWhen: 'turnEnded',
    text: () => 'Spend more, or press End turn. Points you leave unspent are lost.',
  },
  {
    id: 'finish-round',
    target: ['.status'],
    tab: 'play',
    advanceWhen: 'roundEnded',
    text: (view) =>
      `Play on: each side has ${view.params.calendar.actionRoundsPerSide} turns a round, for an event or for ops. When all are played the round ends: fabs make chips, chips become compute, and the round is scored.`,
  },
  {
    id: 'round-report',
    target: ['.log-report', '.log'],
    tab: 'log',
    advanceWhen: 'next',
    rulebookSection: '14',
    text: () =>
      'The round-end report: what each contest scored, the lead after it, and the chips each side made.',
  },
  {
    id: 'next',
    target: ['.status'],
    tab: 'play',
    advanceWhen: 'next',
    rulebookSection: 'quick-start',
    text: (view) =>
      `That was a round. Play the match to its end: ${view.params.calendar.roundCount} rounds, unless a side wins sooner. Watch “How to win”, and read the rulebook’s quick start for the rest.`,
  },
];
