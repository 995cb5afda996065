import { useEffect, useId, useRef, useState } from 'react';
import type { PlayerView, Side } from '../../rules/index.ts';
import type { PhoneTab } from '../board/phone-tabs.tsx';
import { tutorialSteps } from './tutorial-steps.ts';
import { findTarget, scrollToTarget, useCoachTarget } from './use-coach-target.ts';
import { useTutorialProgress } from './use-tutorial-progress.ts';
import './coach.css';

export interface CoachProps {
  view: PlayerView;
  side: Side;
  matchID: string;
  /** Shows a tab of the phone's board (the one with the step's target). */
  onTab: (tab: PhoneTab) => void;
}

const isFocusable = (element: HTMLElement): boolean =>
  element.matches('button:not(:disabled), a[href], [tabindex]');

/**
 * The tutorial's coach: one step at a time, a sentence beside the part of the board it outlines, with
 * Next, Skip and "Show me". Loaded with the board only in a tutorial match (src/board/board.tsx).
 */
export default function Coach({ view, side, matchID, onTab }: CoachProps) {
  const { progress, next, skip } = useTutorialProgress(tutorialSteps, matchID, view, side);
  const [folded, setFolded] = useState(false);
  const panel = useRef<HTMLElement>(null);
  const headingId = useId();
  const step = progress.status === 'active' ? tutorialSteps[progress.stepIndex] : undefined;
  const position = useCoachTarget(step?.target ?? [], step?.id ?? '', panel);

  // Each step opens on the phone's tab that shows its target (once: the player may look elsewhere).
  const stepTab = step?.tab;
  useEffect(() => {
    if (stepTab) onTab(stepTab);
  }, [step?.id, stepTab, onTab]);

  if (!step || progress.status !== 'active') return null;
  const number = progress.stepIndex + 1;
  const last = number === tutorialSteps.length;
  const showMe = (): void => {
    onTab(step.tab);
    // After the tab's areas are drawn.
    requestAnimationFrame(() => {
      const target = findTarget(step.target);
      if (!target) return;
      scrollToTarget(target);
      if (isFocusable(target)) target.focus({ preventScroll: true });
    });
  };

  if (folded)
    return (
      <section
        ref={panel}
        className={`coach coach-${position.placement} folded`}
        style={position.placement === 'sheet' ? { bottom: position.sheetBottomPx } : undefined}
        aria-label="Tutorial"
      >
        <button
          type="button"
          onClick={() => {
            setFolded(false);
          }}
        >
          Show the coach (step {number} of {tutorialSteps.length})
        </button>
      </section>
    );

  return (
    <section
      ref={panel}
      className={`coach coach-${position.placement}`}
      style={position.placement === 'sheet' ? { bottom: position.sheetBottomPx } : undefined}
      aria-labelledby={headingId}
      data-step={step.id}
    >
      <header className="coach-head">
        <h2 id={headingId}>
          Learn to play{' '}
          <span className="quiet">
            · step {number} of {tutorialSteps.length}
          </span>
        </h2>
        <button
          type="button"
          className="link"
          onClick={() => {
            setFolded(true);
          }}
        >
          Hide
        </button>
      </header>
      <p className="coach-text" aria-live="polite">
        {step.text(view, side)}
        {step.rulebookSection ? (
          <>
            {' '}
            <a href={`#rules-${step.rulebookSection}`}>
              {step.rulebookSection === 'quick-start' ? 'Quick start' : `Rulebook §${step.rulebookSection}`}
            </a>
          </>
        ) : null}
      </p>
      <div className="coach-buttons">
        <button type="button" className={step.advanceWhen === 'next' ? 'primary' : undefined} onClick={next}>
          {last ? 'Done' : 'Next'}
        </button>
        <button type="button" onClick={showMe}>
          Show me
        </button>
        {last ? null : (
          <button type="button" className="link" onClick={skip}>
            Skip tutorial
          </button>
        )}
      </div>
    </section>
  );
}
