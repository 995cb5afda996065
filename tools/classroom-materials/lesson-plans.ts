import { resolveParameters, scenarioById } from '../../rules/index.ts';
import { table } from '../rulebook/markdown.ts';

/**
 * The guide's lesson plans as data: fixed steps, play steps whose length follows from the scenario's
 * calendar and the seconds a turn (a round is a headline and each side's action rounds), and a debrief
 * that takes the minutes left. The generator prints each as a timed table; it throws if the play
 * leaves the debrief less than `minimumDebriefMinutes`.
 */

export type LessonStep =
  | { kind: 'fixed'; minutes: number; title: string; what: string }
  | { kind: 'play'; fromRound: number; toRound: number | 'last'; what: string }
  | { kind: 'debrief'; what: string };

export interface LessonPlan {
  minutes: number;
  scenarioId: string;
  turnSeconds: number;
  steps: readonly LessonStep[];
}

export const minimumDebriefMinutes = 12;

export const lessonPlans: Readonly<Record<'lesson50' | 'lesson90', LessonPlan>> = {
  lesson50: {
    minutes: 50,
    scenarioId: 'compressed-2027',
    turnSeconds: 35,
    steps: [
      {
        kind: 'fixed',
        minutes: 5,
        title: 'The question',
        what: 'Read the essay’s claim (rulebook §1) and the scenario’s policy question aloud. Each student writes down who will win and why, in one line.',
      },
      {
        kind: 'fixed',
        minutes: 7,
        title: 'Briefings and one turn shown',
        what: 'Teams read their side briefing. On the projector, play one turn of a demo table: a headline, a card for operations, an action.',
      },
      {
        kind: 'play',
        fromRound: 1,
        toRound: 'last',
        what: 'The timer is a ceiling; most turns are quicker. After round 2, pause all tables for a minute: each team says its plan in one sentence.',
      },
      {
        kind: 'debrief',
        what: 'The class comparison on the projector first (which tables ended how, and where they split); then each table answers the first prompt on its own page; end with a show of hands on the essay’s claim.',
      },
    ],
  },
  lesson90: {
    minutes: 90,
    scenarioId: 'baseline-2025',
    turnSeconds: 30,
    steps: [
      {
        kind: 'fixed',
        minutes: 10,
        title: 'The question',
        what: 'The essay’s argument in five minutes (rulebook §1), the policy question, and each student’s written prediction.',
      },
      {
        kind: 'fixed',
        minutes: 10,
        title: 'Briefings, glossary and one turn shown',
        what: 'Teams read their side briefing and the glossary; one demo turn on the projector.',
      },
      {
        kind: 'play',
        fromRound: 1,
        toRound: 4,
        what: 'Walk between tables; the overview shows who is falling behind on time.',
      },
      {
        kind: 'fixed',
        minutes: 5,
        title: 'Pause and inject',
        what: 'Pause all tables. Each team states its plan. Bring one event card into every table for the next round (for example {{card:december-package}} or {{card:servicing-licences-lapse}}) and resume.',
      },
      {
        kind: 'play',
        fromRound: 5,
        toRound: 'last',
        what: 'Tables that finish early open their own debrief page and start on its prompts.',
      },
      {
        kind: 'debrief',
        what: 'The class comparison (where did tables diverge, and which end reasons came up); two tables present their timeline; each table answers two prompts from its page; then the essay’s claims one by one: did play support them?',
      },
      {
        kind: 'fixed',
        minutes: 5,
        title: 'Exit ticket',
        what: 'One sentence each: which claim of the essay did your game support, and which did it not?',
      },
    ],
  },
};

/** The longest a round can take at this many seconds a turn: the headline, then each side's action rounds in turn. */
export function roundMinutes(scenarioId: string, turnSeconds: number): number {
  const { calendar } = resolveParameters(scenarioId);
  return ((1 + 2 * calendar.actionRoundsPerSide) * turnSeconds) / 60;
}

export interface TimedStep {
  from: number;
  to: number;
  title: string;
  what: string;
}

/** The plan's steps with their minutes: play from the calendar, the debrief from what is left. */
export function timedSteps(plan: LessonPlan): TimedStep[] {
  const { calendar } = resolveParameters(plan.scenarioId);
  const perRound = roundMinutes(plan.scenarioId, plan.turnSeconds);
  const lengths = plan.steps.map((step) => {
    switch (step.kind) {
      case 'fixed':
        return step.minutes;
      case 'play': {
        const last = step.toRound === 'last' ? calendar.roundCount : step.toRound;
        return Math.ceil((last - step.fromRound + 1) * perRound);
      }
      case 'debrief':
        return 0;
    }
  });
  const debriefMinutes = plan.minutes - lengths.reduce((sum, minutes) => sum + minutes, 0);
  if (debriefMinutes < minimumDebriefMinutes)
    throw new Error(`the ${plan.minutes}-minute plan leaves ${debriefMinutes} minutes for the debrief`);
  let clock = 0;
  return plan.steps.map((step, index) => {
    const minutes = step.kind === 'debrief' ? debriefMinutes : (lengths[index] ?? 0);
    const from = clock;
    clock += minutes;
    switch (step.kind) {
      case 'fixed':
        return { from, to: clock, title: step.title, what: step.what };
      case 'play': {
        const last = step.toRound === 'last' ? calendar.roundCount : step.toRound;
        const firstYear = calendar.startYear + step.fromRound - 1;
        const lastYear = calendar.startYear + last - 1;
        const rounds =
          step.fromRound === last
            ? `round ${last} (${firstYear})`
            : `rounds ${step.fromRound}–${last} (${firstYear}–${lastYear})`;
        return {
          from,
          to: clock,
          title: `Play ${rounds}`,
          what: `At most ${plan.turnSeconds} s a turn: a round takes up to ${Math.round(perRound * 10) / 10} minutes. ${step.what}`,
        };
      }
      case 'debrief':
        return { from, to: clock, title: 'Debrief', what: step.what };
    }
  });
}

export function lessonTable(plan: LessonPlan): string {
  const scenario = scenarioById(plan.scenarioId);
  if (!scenario) throw new Error(`the lesson plan names an unknown scenario: ${plan.scenarioId}`);
  const intro = `Scenario: **${scenario.title}** (\`${scenario.id}\`), ${String(plan.turnSeconds)} seconds a turn.`;
  return `${intro}\n\n${table(
    ['Minutes', 'Step', 'What to do'],
    timedSteps(plan).map((step) => [`${String(step.from)}–${String(step.to)}`, step.title, step.what]),
  )}`;
}
