import type { RefObject } from 'react';
import { useEffect, useRef } from 'react';

/**
 * After a move the clicked button is usually gone and focus falls to the page: put it on the next
 * control a player needs (an action, a card), or on the status line when there is nothing to do.
 */
const nextControlSelectors = [
  '.ops .actions button:not(:disabled)',
  '.hand button:not(:disabled)',
  '.ops-head button',
  '.status',
];

function focusNextControl(root: HTMLElement | null): void {
  if (!root) return;
  const active = document.activeElement;
  if (active && active !== document.body && root.contains(active)) return;
  const next = nextControlSelectors
    .map((selector) => root.querySelector<HTMLElement>(selector))
    .find((element) => element !== null);
  next?.focus({ preventScroll: true });
}

/** On each new state, though not on the first render: a page just opened keeps the browser's focus. */
export function useFocusAfterMove(root: RefObject<HTMLElement | null>, stateID: number): void {
  const focusedAt = useRef(stateID);
  useEffect(() => {
    if (focusedAt.current === stateID) return;
    focusedAt.current = stateID;
    focusNextControl(root.current);
  }, [root, stateID]);
}
