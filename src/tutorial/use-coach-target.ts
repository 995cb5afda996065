import type { RefObject } from 'react';
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { CoachPlacement } from './coach-placement.ts';
import { coachPlacement } from './coach-placement.ts';

/**
 * The coach's pointer: it outlines the step's target on the real board (an attribute the stylesheet
 * draws, the element itself untouched), scrolls it into view once per step, and places the panel where
 * it does not cover it. On a phone the panel is a bottom sheet: the page reserves its height below the
 * board and scrolls targets above it.
 */

export const targetAttribute = 'data-coach-target';

const isShown = (element: Element): boolean => element.getClientRects().length > 0;

/** The first of `selectors` with an element on screen (a phone shows one tab of the board at a time). */
export function findTarget(selectors: readonly string[]): HTMLElement | undefined {
  for (const selector of selectors) {
    const found = [...document.querySelectorAll<HTMLElement>(selector)].find(isShown);
    if (found) return found;
  }
  return undefined;
}

export const prefersReducedMotion = (): boolean =>
  window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/** `instantly`: when the layout itself moved the target away, a glide would only add to the jump. */
export function scrollToTarget(element: HTMLElement, instantly = false): void {
  element.scrollIntoView({
    block: 'nearest',
    behavior: instantly || prefersReducedMotion() ? 'auto' : 'smooth',
  });
}

const phoneTabsHeight = (): number => {
  const tabs = document.querySelector('.phone-tabs');
  return tabs && isShown(tabs) ? tabs.getBoundingClientRect().height : 0;
};

export interface CoachPosition {
  placement: CoachPlacement;
  /** A sheet's distance from the window's bottom: it sits on the phone's tab bar. */
  sheetBottomPx: number;
}

export function useCoachTarget(
  selectors: readonly string[],
  stepId: string,
  panel: RefObject<HTMLElement | null>,
): CoachPosition {
  const [position, setPosition] = useState<CoachPosition>({ placement: 'bottom-right', sheetBottomPx: 0 });
  const marked = useRef<HTMLElement | undefined>(undefined);
  const scrolledFor = useRef<{ stepId: string; element: HTMLElement } | undefined>(undefined);

  const place = useCallback(() => {
    const box = panel.current?.getBoundingClientRect();
    // No panel (the tutorial is over): the page gets its room back.
    if (!box) {
      document.documentElement.style.removeProperty('--coach-space');
      return;
    }
    const viewport = { width: window.innerWidth, height: window.innerHeight };
    const target = marked.current?.getBoundingClientRect();
    const placement = coachPlacement(
      target && { left: target.left, top: target.top, width: target.width, height: target.height },
      { width: box.width, height: box.height },
      viewport,
    );
    const sheetBottomPx = placement === 'sheet' ? phoneTabsHeight() : 0;
    // What the page keeps free below the board for the sheet, and what a target keeps clear of it.
    document.documentElement.style.setProperty(
      '--coach-space',
      placement === 'sheet' ? `${Math.ceil(box.height + sheetBottomPx)}px` : '0px',
    );
    setPosition((current) =>
      current.placement === placement && current.sheetBottomPx === sheetBottomPx
        ? current
        : { placement, sheetBottomPx },
    );
  }, [panel]);

  // After every render: the board may have redrawn the target, or a tab switch shown it.
  useLayoutEffect(() => {
    const element = findTarget(selectors);
    if (marked.current !== element) {
      marked.current?.removeAttribute(targetAttribute);
      element?.setAttribute(targetAttribute, '');
      marked.current = element;
    }
    place();
    if (element && (scrolledFor.current?.stepId !== stepId || scrolledFor.current.element !== element)) {
      scrolledFor.current = { stepId, element };
      scrollToTarget(element);
    }
  });

  useEffect(() => {
    let frame = 0;
    let width = window.innerWidth;
    const onScroll = (): void => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(place);
    };
    const onResize = (): void => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        // A new width is a new layout (phone, tablet, desktop): find the target again. A new height
        // alone is a phone's address bar coming and going, and must not pull the page back.
        if (marked.current && window.innerWidth !== width) scrollToTarget(marked.current, true);
        width = window.innerWidth;
        place();
      });
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('resize', onResize);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('resize', onResize);
      marked.current?.removeAttribute(targetAttribute);
      marked.current = undefined;
      document.documentElement.style.removeProperty('--coach-space');
    };
  }, [place]);

  return position;
}
