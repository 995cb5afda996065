import { z } from 'zod';
import type { KeyValueStore } from '../lobby/credentials.ts';
import type { TutorialAction } from './tutorial-actions.ts';
import { tutorialActions } from './tutorial-actions.ts';

/**
 * The tutorial's step machine: which step the coach shows, what moves it on, and where it stands in this
 * tab's session storage so a reload resumes at the same step. Pure apart from the two storage calls;
 * tested in test/src/tutorial/tutorial-machine.test.ts.
 */

/** A step moves on when the player does its action, or on "Next" when it only explains. */
export type AdvanceWhen = TutorialAction | 'next';

export interface StepRule {
  id: string;
  advanceWhen: AdvanceWhen;
}

export type TutorialProgress =
  | {
      status: 'active';
      stepIndex: number;
      /** Actions of later steps the player has already done: those steps are passed when reached. */
      doneAhead: TutorialAction[];
    }
  | { status: 'finished' }
  | { status: 'skipped' };

export const startProgress: TutorialProgress = { status: 'active', stepIndex: 0, doneAhead: [] };

/** From step `index` on: the first step not already done, or the end. */
function settle(steps: readonly StepRule[], index: number, doneAhead: TutorialAction[]): TutorialProgress {
  let at = index;
  let pending = doneAhead;
  for (;;) {
    const step = steps[at];
    if (step === undefined) return { status: 'finished' };
    const advanceWhen = step.advanceWhen;
    if (advanceWhen === 'next' || !pending.includes(advanceWhen))
      return { status: 'active', stepIndex: at, doneAhead: pending };
    pending = pending.filter((action) => action !== advanceWhen);
    at += 1;
  }
}

/** "Next" (or "Done" on the last step): the step after this one, whatever it asks. */
export function afterNext(steps: readonly StepRule[], progress: TutorialProgress): TutorialProgress {
  if (progress.status !== 'active') return progress;
  return settle(steps, progress.stepIndex + 1, progress.doneAhead);
}

/**
 * The player did `action`: the step asking for it is done. Any other action leaves the step where it is,
 * though an action a later step asks for is remembered, so that step is passed when the coach gets there
 * (a player who ran ahead is not asked for a headline the round has already had).
 */
export function afterAction(
  steps: readonly StepRule[],
  progress: TutorialProgress,
  action: TutorialAction,
): TutorialProgress {
  if (progress.status !== 'active') return progress;
  const current = steps[progress.stepIndex];
  if (current?.advanceWhen === action) return settle(steps, progress.stepIndex + 1, progress.doneAhead);
  const askedLater = steps.slice(progress.stepIndex + 1).some((step) => step.advanceWhen === action);
  if (!askedLater || progress.doneAhead.includes(action)) return progress;
  return { ...progress, doneAhead: [...progress.doneAhead, action] };
}

export const skipTutorial = (): TutorialProgress => ({ status: 'skipped' });

export const tutorialKey = (matchID: string): string => `silicon-curtain:tutorial:${matchID}`;

/** What is stored: the step's id, not its index, so a changed step list never resumes mid-way elsewhere. */
const storedSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('active'), stepId: z.string(), doneAhead: z.array(z.enum(tutorialActions)) }),
  z.object({ status: z.enum(['finished', 'skipped']) }),
]);
type Stored = z.infer<typeof storedSchema>;

export function saveProgress(
  store: KeyValueStore,
  matchID: string,
  steps: readonly StepRule[],
  progress: TutorialProgress,
): void {
  const stored: Stored =
    progress.status === 'active'
      ? { status: 'active', stepId: steps[progress.stepIndex]?.id ?? '', doneAhead: progress.doneAhead }
      : { status: progress.status };
  try {
    store.setItem(tutorialKey(matchID), JSON.stringify(stored));
  } catch {
    // Storage full or disabled: the coach still works until the page is reloaded.
  }
}

/** This match's tutorial as stored, or its first step when nothing (readable) is stored. */
export function loadProgress(
  store: KeyValueStore,
  matchID: string,
  steps: readonly StepRule[],
): TutorialProgress {
  let raw: unknown;
  try {
    raw = JSON.parse(store.getItem(tutorialKey(matchID)) ?? 'null');
  } catch {
    return startProgress;
  }
  const parsed = storedSchema.safeParse(raw);
  if (!parsed.success) return startProgress;
  const stored = parsed.data;
  if (stored.status !== 'active') return { status: stored.status };
  const stepIndex = steps.findIndex((step) => step.id === stored.stepId);
  return stepIndex < 0 ? startProgress : { status: 'active', stepIndex, doneAhead: stored.doneAhead };
}
